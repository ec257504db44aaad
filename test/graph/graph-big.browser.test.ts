import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticLadder } from '../../scripts/bench/synthetic-ladder.ts';
import type { LadderGraph } from '../../src/lib/graph/graph.ts';
import { listLimit } from '../../src/lib/graph/overview.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/serve-static.ts';

// A synthetic ladder just over the size at which the overview stops listing skills (about 2,600 links).
// Built inside the project so Astro keeps its prerender bundle beside the output: an outDir elsewhere would share
// the project's .astro/.prerender with any other build running at the same time.
const skills = listLimit + 100;
const work = mkdtempSync(join(tmpdir(), 'rungs-graph-big-'));
const content = join(work, 'content');
const buildDir = mkdtempSync(join('node_modules', '.rungs-graph-big-'));
const siteDir = resolve(buildDir, 'dist');

let graph: LadderGraph;
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  writeSyntheticLadder(content, skills);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', siteDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: {
      ...process.env,
      RUNGS_CONTENT_DIR: content,
      RUNGS_CACHE_DIR: resolve(buildDir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  if (build.status !== 0)
    throw new Error(
      `Building the synthetic ladder failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`,
    );
  graph = JSON.parse(readFileSync(join(siteDir, 'graph.json'), 'utf8'));
  site = await serveStatic(siteDir);
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.url + path);
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
  return page;
}

describe(`the skill graph of a ladder of ${skills} skills`, () => {
  it('groups skills into skill sets, each with its count, rather than shrinking text, and draws their links in focus only', async () => {
    const page = await open('/graph/');
    const drawn = await page.evaluate(() => ({
      groups: document.querySelectorAll('.graph-group').length,
      counts: [...document.querySelectorAll('.graph-group-count')].map((t) => t.textContent),
      skills: document.querySelectorAll('.graph-svg a[data-skill]').length,
      links: document.querySelectorAll('.graph-svg .graph-edge').length,
      smallest: Math.min(
        ...[...document.querySelectorAll<SVGTextElement>('.graph-svg text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
        ),
      ),
    }));
    expect(drawn.groups).toBe(graph.skillSets.length);
    expect(drawn.counts.every((count) => /^\d+ skills?$/.test(count!))).toBe(true);
    expect(drawn).toMatchObject({ skills: 0, links: 0 });
    expect(drawn.smallest).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  it('keeps the page light enough for 5,000 skills to stay under 1 MB of HTML', () => {
    const bytesPerSkill = statSync(join(siteDir, 'graph', 'index.html')).size / skills;
    expect(bytesPerSkill * 5000).toBeLessThan(1_000_000);
  });

  it('finds any skill and shows its path, with no label over another and no sideways scroll', async () => {
    const target = graph.nodes[skills - 1];
    for (const width of [1280, 390]) {
      const page = await open('/graph/', width);
      await page.getByLabel('Find a skill').fill(target.title);
      await page.getByRole('button', { name: 'Show its path' }).click();
      await expect
        .poll(() => page.evaluate(() => document.querySelector('#graph-focus-title')?.textContent))
        .toBe(`Path of ${target.title}`);
      const overlaps = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.graph-focus h2, .graph-focus p, .graph-tree-item > *')]
          .filter((e) => e.checkVisibility())
          .map((e) => e.getBoundingClientRect());
        let count = 0;
        boxes.forEach((a, i) =>
          boxes
            .slice(i + 1)
            .forEach(
              (b) => (count += a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom ? 1 : 0),
            ),
        );
        return count;
      });
      expect(overlaps).toBe(0);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      await page.close();
    }
  });
});
