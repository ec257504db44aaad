import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphLayout } from '../src/lib/graph-layout.ts';
import type { PlacedReference } from '../src/lib/graph-references.ts';
import { targetKey } from '../src/lib/graph.ts';
import { launchChromium } from './helpers/browser.ts';
import { serveStatic, type StaticSite } from './helpers/serve-static.ts';

const siteDir = inject('siteDir');
const graph: GraphLayout = JSON.parse(readFileSync(join(siteDir, 'graph.json'), 'utf8'));
const edgeName = (e: { from: string; to: string; kind: string }) => `${e.from} ${e.kind} ${e.to}`;
const neighboursOf = (id: string) =>
  new Set(graph.edges.flatMap((e) => (e.from === id ? [targetKey(e.to)] : targetKey(e.to) === `skill:${id}` ? [`skill:${e.from}`] : [])));

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(siteDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: { javaScript?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', javaScriptEnabled: options.javaScript ?? true });
  await page.goto(site.url + path);
  if (options.javaScript ?? true) await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
  return page;
}

/** What the drawing shows now: skills and links that are rendered (not filtered out), with their positions. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const rendered = (element: Element) => element.getClientRects().length > 0;
    return {
      nodes: [...document.querySelectorAll<SVGAElement>('.graph-svg a[data-node]')].filter(rendered).map((a) => {
        const circle = a.querySelector('circle')!;
        return { id: a.dataset.node!, track: a.dataset.track!, x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
      }),
      edges: [...document.querySelectorAll<SVGLineElement>('.graph-svg line[data-kind]')].filter(rendered).map((l) => ({ from: l.dataset.from!, to: l.dataset.to!, kind: l.dataset.kind! })),
      lit: [...document.querySelectorAll<SVGAElement>('.graph-svg a[data-node].lit')].map((a) => `skill:${a.dataset.node}`),
      listed: [...document.querySelectorAll<HTMLElement>('#graph-list li[data-node]')].filter(rendered).map((li) => li.dataset.node!),
    };
  });

describe('the skill graph', () => {
  it('draws every skill and every link of /graph.json, where the build placed them', async () => {
    const page = await open('/graph/');
    const { nodes, edges } = await shown(page);
    expect(nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(nodes.map(({ id, x, y }) => ({ id, x, y })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      graph.nodes.map(({ id, x, y }) => ({ id, x, y })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(edges.map(edgeName).sort()).toEqual(graph.edges.map((e) => edgeName({ from: e.from, to: targetKey(e.to), kind: e.kind })).sort());
    expect(edges.length).toBeGreaterThan(200);
    await page.close();
  });

  it('opens a skill when it is clicked', async () => {
    const page = await open('/graph/');
    await page.locator('a[data-node="sociable-unit-tests"] circle').click();
    await page.waitForURL('**/skills/sociable-unit-tests/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sociable unit tests');
    await page.close();
  });

  it('lights up the links of the skill under the pointer and dims the rest', async () => {
    const page = await open('/graph/');
    await page.locator('a[data-node="basic-test-driven-development"] circle').hover();
    const { lit } = await shown(page);
    const expected = [...neighboursOf('basic-test-driven-development')].filter((key) => key.startsWith('skill:'));
    expect(lit.sort()).toEqual(['skill:basic-test-driven-development', ...expected].sort());
    await expect(page.locator('.graph-svg').getAttribute('class')).resolves.toContain('is-lit');
    const dimmed = await page.locator('a[data-node="work-ethic"]').evaluate((a) => Number(getComputedStyle(a).opacity));
    expect(dimmed).toBeLessThan(0.5);
    await page.close();
  });

  it('hides a track, a kind of link or all but one skill set when filtered, in the drawing and in the list alike', async () => {
    const page = await open('/graph/');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Management track').uncheck();
    let now = await shown(page);
    const engineering = graph.nodes.filter((n) => n.track === 'engineering').map((n) => n.id).sort();
    expect(now.nodes.map((n) => n.id).sort()).toEqual(engineering);
    expect(now.listed.sort()).toEqual(engineering);
    const engineeringKeys = new Set([...engineering.map((id) => `skill:${id}`), ...graph.skillSets.filter((s) => graph.levels.find((l) => l.id === s.level)!.track === 'engineering').map((s) => `skillSet:${s.id}`), 'level:specialties']);
    const expectedEdges = graph.edges.filter((e) => engineeringKeys.has(`skill:${e.from}`) && engineeringKeys.has(targetKey(e.to)));
    expect(now.edges.map(edgeName).sort()).toEqual(expectedEdges.map((e) => edgeName({ from: e.from, to: targetKey(e.to), kind: e.kind })).sort());
    await expect(page.locator('[data-graph-status]').textContent()).resolves.toBe(`Showing ${engineering.length} of ${graph.nodes.length} skills and ${expectedEdges.length} of ${graph.edges.length} links.`);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByLabel('Related', { exact: true }).uncheck();
    now = await shown(page);
    expect(now.nodes).toHaveLength(graph.nodes.length);
    expect(now.edges.some((e) => e.kind === 'related')).toBe(false);
    expect(now.edges).toHaveLength(graph.edges.filter((e) => e.kind !== 'related').length);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByLabel('Skill set').selectOption('basic-implementation');
    now = await shown(page);
    expect(now.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.filter((n) => n.skillSet === 'basic-implementation').map((n) => n.id).sort());
    expect(now.edges.every((e) => now.nodes.some((n) => n.id === e.from))).toBe(true);
    await page.close();
  });

  it('focuses the skill named by ?focus=: selected, its links lit, zoomed to, and described beside the drawing', async () => {
    const page = await open('/graph/?focus=basic-test-driven-development');
    const { lit } = await shown(page);
    expect(lit.sort()).toEqual(['skill:basic-test-driven-development', ...[...neighboursOf('basic-test-driven-development')].filter((k) => k.startsWith('skill:'))].sort());
    await expect(page.locator('a[data-node="basic-test-driven-development"]').getAttribute('class')).resolves.toContain('selected');
    const details = page.getByRole('complementary', { name: 'Basic test-driven development' });
    await expect(details.getByRole('link', { name: 'Basic test-driven development' }).getAttribute('href')).resolves.toBe('/skills/basic-test-driven-development/');
    await expect(details.getByRole('button', { name: 'Spike solutions' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-graph-world]').getAttribute('transform')).resolves.toMatch(/scale\((?!1\))/);
    const node = (await page.locator('a[data-node="basic-test-driven-development"] circle').boundingBox())!;
    const view = (await page.locator('[data-graph-viewport]').boundingBox())!;
    expect(node.x).toBeGreaterThan(view.x);
    expect(node.x + node.width).toBeLessThan(view.x + view.width);
    expect(node.y).toBeGreaterThan(view.y);
    expect(node.y + node.height).toBeLessThan(view.y + view.height);
    expect(node.width).toBeGreaterThan(10);

    await details.getByRole('button', { name: 'Spike solutions' }).click();
    expect(new URL(page.url()).search).toBe('?focus=spike-solutions');
    await expect(page.locator('a[data-node="spike-solutions"]').getAttribute('class')).resolves.toContain('selected');
    await page.close();
  });

  it('finds a skill by part of its title', async () => {
    const page = await open('/graph/');
    await page.getByRole('combobox', { name: 'Find a skill' }).fill('sociable unit');
    await page.getByRole('combobox', { name: 'Find a skill' }).press('Enter');
    await expect(page.locator('a[data-node="sociable-unit-tests"]').getAttribute('class')).resolves.toContain('selected');
    expect(new URL(page.url()).search).toBe('?focus=sociable-unit-tests');
    await expect(page.locator('[data-graph-status]').textContent()).resolves.toMatch(/^Sociable unit tests\. Software Engineers, Basic Implementation\./);
    await page.close();
  });

  it('lets the keyboard walk from skill to skill with the arrow keys and open one with Enter', async () => {
    const page = await open('/graph/?focus=basic-test-driven-development');
    const selected = () => page.locator('.graph-svg a.selected').getAttribute('data-node');
    const x = async () => Number(await page.locator('.graph-svg a.selected circle').getAttribute('cx'));
    await page.locator('[data-graph-viewport]').focus();
    const start = await x();
    await page.keyboard.press('ArrowRight');
    const right = await selected();
    expect(right).not.toBe('basic-test-driven-development');
    expect(await x()).toBeGreaterThan(start);
    await page.keyboard.press('ArrowLeft');
    expect(await x()).toBeLessThan(graph.nodes.find((n) => n.id === right)!.x);
    await page.keyboard.press('Escape');
    await expect(page.locator('.graph-svg a.selected').count()).resolves.toBe(0);
    await page.keyboard.press('ArrowDown');
    const chosen = await selected();
    expect(chosen).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/skills/${chosen}/`);
    await page.close();
  });

  it('without JavaScript shows the whole drawing, its legend and the list of each skill and its links, and no dead controls', async () => {
    const page = await open('/graph/', { javaScript: false });
    const { nodes, edges, listed } = await shown(page);
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    expect(listed.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    await expect(page.locator('[data-graph-controls]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Levels' }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Each skill and its links (list view)' }).click();
    expect(new URL(page.url()).hash).toBe('#graph-list');
    // Each link is listed at the skill that names it and, when it points at a skill, at that skill too.
    const listedLinks = await page.locator('#graph-list dd a[data-target]').count();
    expect(listedLinks).toBe(graph.edges.length + graph.edges.filter((e) => 'skill' in e.to).length);
    await page.close();
  });

  it('keeps other ladders hidden until "Other ladders" is ticked, then draws them with their similar links, and opens an item when clicked', async () => {
    const { references } = graph as GraphLayout & { references: PlacedReference[] };
    const page = await open('/graph/');
    const layer = () =>
      page.evaluate(() => {
        const rendered = (element: Element) => element.getClientRects().length > 0;
        return {
          items: [...document.querySelectorAll<SVGAElement>('.graph-svg a[data-reference-node]')].filter(rendered).map((a) => `${a.dataset.reference}/${a.dataset.referenceNode}`),
          similar: [...document.querySelectorAll<SVGLineElement>('.graph-svg line[data-kind="similar"]')].filter(rendered).length,
          listed: [...document.querySelectorAll<HTMLElement>('#graph-list li[data-reference-node]')].filter(rendered).length,
          legend: [...document.querySelectorAll('[data-graph-legend-similar]')].filter(rendered).length,
          viewBox: document.querySelector('.graph-svg')!.getAttribute('viewBox'),
        };
      });
    const before = await layer();
    expect(before).toMatchObject({ items: [], similar: 0, listed: 0, legend: 0 });
    const mainNodes = (await shown(page)).nodes;

    await page.getByLabel('Other ladders').check();
    const after = await layer();
    const allItems = references.flatMap((r) => r.nodes.map((n) => `${r.id}/${n.id}`));
    expect(after.items.sort()).toEqual(allItems.sort());
    expect(after.similar).toBe(references.flatMap((r) => r.edges).length);
    expect(after.listed).toBe(allItems.length);
    expect(after.legend).toBe(1);
    expect(after.viewBox).not.toBe(before.viewBox);
    // The main ladder stays where it was, and its links are unchanged.
    const now = await shown(page);
    expect(now.nodes).toEqual(mainNodes);
    expect(now.edges.filter((e) => e.kind !== 'similar')).toHaveLength(graph.edges.length);

    // Pointing at an item lights its similar skills.
    const linked = references.flatMap((r) => r.edges.map((e) => ({ reference: r.id, ...e })))[0];
    await page.locator(`a[data-reference="${linked.reference}"][data-reference-node="${linked.from}"] circle`).hover();
    await expect(page.locator(`a[data-node="${linked.to.skill}"]`).getAttribute('class')).resolves.toContain('lit-similar');

    const item = references[0].nodes[0];
    await page.locator(`a[data-reference="${references[0].id}"][data-reference-node="${item.id}"] circle`).click();
    await page.waitForURL(`**/ladders/${references[0].id}/skills/${item.id}/`);

    // Unticked, the layer goes again.
    await page.goBack();
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    await page.getByLabel('Other ladders').uncheck();
    expect(await layer()).toMatchObject({ items: [], similar: 0, listed: 0, legend: 0, viewBox: before.viewBox });
    await page.close();
  });

  it('gives screen readers the list rather than the drawing', async () => {
    const page = await open('/graph/');
    await expect(page.locator('.graph-svg').getAttribute('aria-hidden')).resolves.toBe('true');
    const list = page.getByRole('region', { name: 'Each skill and its links' });
    const item = list.locator('li[data-node="basic-test-driven-development"]');
    await expect(item.getByRole('link').first().textContent()).resolves.toBe('Basic test-driven development');
    await expect(item.locator('[data-kind="excluded"][data-direction="out"] dd').textContent()).resolves.toBe('Method and variable refactoring, Spike solutions');
    await expect(page.locator('[data-graph-viewport]').getAttribute('aria-describedby')).resolves.toBe('graph-keys');
    await page.close();
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('the graph page and a skill page in %s mode', (colorScheme) => {
  it.each(['/graph/', '/graph/?focus=basic-test-driven-development', '/skills/basic-test-driven-development/'])('%s have no serious accessibility violations', async (path) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the graph page under the Content-Security-Policy', () => {
  it('runs its script and styles with nothing refused, while zooming, filtering and focusing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`)));
    await page.goto(`${site.url}/graph/?focus=sociable-unit-tests`);
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Excluded', { exact: true }).uncheck();
    await page.locator('a[data-node="spike-solutions"] circle').hover();
    expect(refused).toEqual([]);
    await page.close();
  });
});
