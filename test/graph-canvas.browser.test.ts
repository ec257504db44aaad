import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticLadder } from '../scripts/lib/synthetic-ladder.ts';
import type { GraphLayout, PlacedNode } from '../src/lib/graph-layout.ts';
import { targetKey } from '../src/lib/graph.ts';
import { launchChromium } from './helpers/browser.ts';
import { serveStatic, type StaticSite } from './helpers/serve-static.ts';

// A synthetic ladder big enough (800 skills, about 1,900 links) that the graph page draws on a canvas.
// Built inside the project so Astro keeps its prerender bundle beside the output: an outDir elsewhere would share
// the project's .astro/.prerender with any other build running at the same time.
const work = mkdtempSync(join(tmpdir(), 'rungs-graph-canvas-'));
const content = join(work, 'content');
const buildDir = mkdtempSync(join('node_modules', '.rungs-graph-canvas-'));
const siteDir = resolve(buildDir, 'dist');

let graph: GraphLayout;
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  writeSyntheticLadder(content, 800);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', siteDir], {
    encoding: 'utf8',
    env: { ...process.env, RUNGS_CONTENT_DIR: content, RUNGS_CACHE_DIR: resolve(buildDir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (build.status !== 0) throw new Error(`Building the synthetic ladder failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  graph = JSON.parse(readFileSync(join(siteDir, 'graph.json'), 'utf8'));
  site = await serveStatic(siteDir);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(site.url + path);
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
  await settle(page);
  return page;
}

const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Where a skill is drawn on screen before any zoom: its build-time position through the drawing's viewBox. */
const onScreen = (page: Page, node: PlacedNode) =>
  page.evaluate(({ x, y }) => {
    const point = new DOMPoint(x, y).matrixTransform(document.querySelector<SVGSVGElement>('[data-graph-svg]')!.getScreenCTM()!);
    return { x: point.x, y: point.y };
  }, node);

/** The canvas pixel at a screen point, as [r, g, b, a]. */
const pixelAt = (page: Page, point: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.graph-canvas')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    return [...canvas.getContext('2d')!.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data];
  }, point);

const neighbours = (id: string) => new Set(graph.edges.flatMap((e) => (e.from === id ? [targetKey(e.to)] : targetKey(e.to) === `skill:${id}` ? [`skill:${e.from}`] : [])));
/** The biggest skills are the easiest to hit and to sample. */
const big = () => [...graph.nodes].sort((a, b) => b.r - a.r || a.id.localeCompare(b.id));

describe('the skill graph of a ladder too big for SVG', () => {
  it('draws on a canvas, every skill where the build placed it', async () => {
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(2500);
    const page = await open('/graph/');
    await expect(page.locator('.graph-canvas').count()).resolves.toBe(1);
    await expect(page.locator('[data-graph-world]').evaluate((g) => getComputedStyle(g).display)).resolves.toBe('none');
    for (const node of big().slice(0, 25)) {
      const pixel = await pixelAt(page, await onScreen(page, node));
      expect(pixel[3], node.id).toBeGreaterThan(200);
    }
    await page.close();
  });

  it('opens the skill clicked where it is drawn', async () => {
    const page = await open('/graph/');
    const node = big()[0];
    const point = await onScreen(page, node);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(`**${node.url}`);
    await page.close();
  });

  it('lights the links of the skill under the pointer and dims the others towards the (white) background', async () => {
    const page = await open('/graph/');
    const [pointed] = big();
    const far = big().find((n) => n.id !== pointed.id && !neighbours(pointed.id).has(`skill:${n.id}`))!;
    const farPoint = await onScreen(page, far);
    const before = await pixelAt(page, farPoint);
    const point = await onScreen(page, pointed);
    await page.mouse.move(point.x, point.y);
    await settle(page);
    const after = await pixelAt(page, farPoint);
    const lightness = (p: number[]) => p[0] + p[1] + p[2];
    expect(lightness(after)).toBeGreaterThan(lightness(before) + 150);
    await page.close();
  });

  it('focuses the skill named by ?focus=', async () => {
    const node = big()[3];
    const page = await open(`/graph/?focus=${node.id}`);
    await expect(page.getByRole('complementary', { name: node.title }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-graph-status]').textContent()).resolves.toMatch(new RegExp(`^${node.title}\\.`));
    await page.close();
  });

  it('hides the skills a filter leaves out', async () => {
    const page = await open('/graph/');
    const management = big().find((n) => n.track === 'management')!;
    const point = await onScreen(page, management);
    await expect(pixelAt(page, point).then((p) => p[3])).resolves.toBeGreaterThan(200);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Management track').uncheck();
    await settle(page);
    await expect(pixelAt(page, point).then((p) => p[3])).resolves.toBeLessThan(100);
    await expect(page.locator(`#graph-list li[data-node="${management.id}"]`).isVisible()).resolves.toBe(false);
    await page.close();
  });
});
