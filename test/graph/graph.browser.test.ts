import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LadderGraph } from '../../src/lib/graph/graph.ts';
import { focusPaths } from '../../src/lib/graph/focus.ts';
import type { Overview } from '../../src/lib/graph/overview.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/serve-static.ts';

const siteDir = inject('siteDir');
const graph: LadderGraph & { overview: Overview } = JSON.parse(readFileSync(join(siteDir, 'graph.json'), 'utf8'));
const pathOf = focusPaths(graph);
const title = (id: string) => graph.nodes.find((node) => node.id === id)!.title;

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

async function open(
  path: string,
  options: { javaScript?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  await page.goto(site.url + path);
  if (options.javaScript ?? true)
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
  return page;
}

/**
 * Pairs of shown labels (the drawing's text, the focus tree's entries, the list's titles) whose boxes overlap on screen,
 * named for the message. The drawing's labels are compared with each other whole (they move together), and with the
 * rest of the page as far as they show inside the drawing's frame.
 */
const overlappingLabels = (page: Page) =>
  page.evaluate(() => {
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;
    const frame = document.querySelector('[data-graph-frame]')!.getBoundingClientRect();
    const labels = [
      ...document.querySelectorAll(
        '.graph-svg text, .graph-focus h2, .graph-focus h3, .graph-focus p, .graph-tree-item > *, .graph-list h3, .graph-list h4, .graph-list li',
      ),
    ]
      .filter(shown)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const inDrawing = element.closest('.graph-svg') !== null;
        const clipped = inDrawing
          ? new DOMRect(
              Math.max(box.left, frame.left),
              Math.max(box.top, frame.top),
              Math.min(box.right, frame.right) - Math.max(box.left, frame.left),
              Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top),
            )
          : box;
        return { name: element.textContent!.trim().slice(0, 40), box, clipped, inDrawing };
      });
    const overlaps: string[] = [];
    const meet = (a: DOMRect, b: DOMRect) =>
      a.width > 0 &&
      a.height > 0 &&
      b.width > 0 &&
      b.height > 0 &&
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a.inDrawing && b.inDrawing ? meet(a.box, b.box) : meet(a.clipped, b.clipped))
          overlaps.push(`${a.name} / ${b.name}`);
      }
    }
    return { count: labels.length, overlaps };
  });

/** The drawing's zoom: its scale, whether it is zoomed out, and the text it shows (with its smallest size on screen). */
const zoomState = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-graph-svg]')!;
    const shown = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
      (t) => t.checkVisibility({ visibilityProperty: true }) && t.getClientRects().length > 0,
    );
    return {
      scale: Number(svg.dataset.scale),
      transform: svg.querySelector('[data-graph-viewport]')!.getAttribute('transform'),
      zoomedOut: svg.classList.contains('is-zoomed-out'),
      skills: shown.filter((t) => t.closest('.graph-skill')).length,
      summaries: shown
        .filter((t) => t.classList.contains('graph-group-summary'))
        .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
      smallest: Math.min(...shown.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a)),
    };
  });

/** The focus view's heading, once there is one. */
const focusTitle = (page: Page) =>
  page.evaluate(() => document.querySelector('#graph-focus-title')?.textContent ?? null);

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A skill that builds on others and is built on, so its path has both trees. */
const middle = graph.nodes.find(
  (node) => pathOf(node.id).buildsOn.length > 0 && pathOf(node.id).builtOnBy.length > 0,
)!.id;

describe('the skill graph', () => {
  it('draws every level as a layer, every skill set as a group listing its skills, and every Builds on and Raises link between skill sets', async () => {
    const page = await open('/graph/');
    const drawn = await page.evaluate(() => ({
      layers: [...document.querySelectorAll<SVGGElement>('.graph-layer')].map((g) => g.dataset.level!),
      groups: [...document.querySelectorAll<SVGGElement>('.graph-group')].map((g) => g.dataset.skillSet!),
      skills: [...document.querySelectorAll<SVGAElement>('.graph-group a[data-skill]')].map((a) => a.dataset.skill!),
      links: [...document.querySelectorAll<SVGElement>('.graph-edges .graph-edge')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => `${e.dataset.from} ${e.dataset.kind} ${e.dataset.to}`),
      others: [...document.querySelectorAll('.graph-other-edges .graph-edge')].filter(
        (e) => e.getClientRects().length > 0,
      ).length,
    }));
    expect(drawn.layers).toEqual(graph.overview.layers.map((layer) => layer.level));
    expect(drawn.groups.sort()).toEqual(graph.skillSets.map((s) => s.id).sort());
    expect(drawn.skills.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(drawn.links).toEqual(graph.overview.edges.map((e) => `${e.from} ${e.kind} ${e.to}`));
    expect(new Set(graph.overview.edges.map((e) => e.kind))).toEqual(new Set(['buildsOn', 'raises']));
    // Related and Excluded links only on request.
    expect(drawn.others).toBe(0);
    await page.getByLabel('Show all Related and Excluded links').check();
    const others = await page.evaluate(() =>
      [...document.querySelectorAll<SVGElement>('.graph-other-edges .graph-edge')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => e.dataset.kind!),
    );
    expect(new Set(others)).toEqual(new Set(['related', 'excluded']));
    await page.close();
  });

  it('draws skill-set and level titles whole, at 12 px or more, at the default zoom', async () => {
    const page = await open('/graph/');
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('.graph-layer-title, .graph-group-title, .graph-skill text')].map(
        (text) => ({
          text: text.textContent!,
          height: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1),
        }),
      ),
    );
    for (const level of graph.overview.layers) expect(titles.map((t) => t.text)).toContain(level.title);
    for (const group of graph.overview.groups) expect(titles.map((t) => t.text)).toContain(group.titleLines.join(''));
    expect(Math.min(...titles.map((t) => t.height))).toBeGreaterThanOrEqual(11);
    expect(titles.filter((t) => t.text.includes('…'))).toEqual([]);
    await page.close();
  });

  it('shows the path of a clicked skill, named on screen: what it builds on down to the baseline and what builds on it', async () => {
    const page = await open('/graph/');
    // Focusing a skill brings it into view in the frame; then a click chooses it.
    await page.locator(`a[data-skill="${middle}"]`).focus();
    await page.locator(`a[data-skill="${middle}"]`).click();
    await expect.poll(() => focusTitle(page)).toBe(`Path of ${title(middle)}`);
    await expect(page.getByRole('heading', { level: 2, name: `Path of ${title(middle)}` }).isVisible()).resolves.toBe(
      true,
    );
    expect(new URL(page.url()).search).toBe(`?focus=${middle}`);
    const path = pathOf(middle);
    const trees = await page.evaluate(() => ({
      buildsOn: [...document.querySelectorAll('[data-graph-tree="buildsOn"] .graph-tree-item > :first-child')].map(
        (e) => e.textContent,
      ),
      builtOnBy: [...document.querySelectorAll('[data-graph-tree="builtOnBy"] .graph-tree-item > :first-child')].map(
        (e) => e.textContent,
      ),
    }));
    const titles = (entries: typeof path.buildsOn): string[] =>
      entries.flatMap((e) => [e.title, ...titles(e.children)]);
    expect(trees.buildsOn.sort()).toEqual(titles(path.buildsOn).sort());
    expect(trees.builtOnBy.sort()).toEqual(titles(path.builtOnBy).sort());
    expect(trees.buildsOn.length).toBeGreaterThan(0);
    // The whole drawing gives way to the path, and Escape brings it back, the skill still chosen.
    await expect(page.locator('[data-graph-frame]').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-graph-frame]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-graph-focus]').isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.skill)).resolves.toBe(middle);
    await page.close();
  });

  it('lays each focus tree out as a tidy tree: depth in columns left to right, a parent centred on its children', async () => {
    const nested = (id: string) =>
      [...pathOf(id).builtOnBy, ...pathOf(id).buildsOn].filter((entry) => entry.children.length > 0).length;
    const deep = [...graph.nodes].sort((a, b) => nested(b.id) - nested(a.id))[0].id;
    const page = await open(`/graph/?focus=${deep}`);
    await page.locator('#graph-focus-title').waitFor();
    const families = await page.evaluate(() =>
      [...document.querySelectorAll('[data-graph-tree] li:has(> ul)')].map((li) => {
        const box = (element: Element) =>
          (element.querySelector(':scope > .graph-tree-item > button') ?? element).getBoundingClientRect();
        const parent = box(li);
        const children = [...li.querySelectorAll(':scope > ul > li')].map(box);
        return {
          parent: { left: parent.left, right: parent.right, middle: (parent.top + parent.bottom) / 2 },
          children: children.map((c) => ({ left: c.left, middle: (c.top + c.bottom) / 2 })),
        };
      }),
    );
    expect(families.length).toBeGreaterThan(0);
    for (const { parent, children } of families) {
      for (const child of children) expect(child.left).toBeGreaterThan(parent.right);
      const middles = children.map((c) => c.middle);
      expect(Math.abs(parent.middle - (Math.min(...middles) + Math.max(...middles)) / 2)).toBeLessThan(12);
    }
    await page.close();
  });

  it('focuses the skill named by ?focus= (an old id too), its Related and Excluded links in the words of the skill pages', async () => {
    const page = await open('/graph/?focus=basic-test-driven-development');
    await expect.poll(() => focusTitle(page)).toBe('Path of Basic test-driven development');
    const others = await page.evaluate(() =>
      [...document.querySelectorAll('.graph-focus-others > div')].map(
        (d) =>
          `${d.querySelector('h3')!.textContent}: ${[...d.querySelectorAll('button')].map((b) => b.textContent).join(', ')}`,
      ),
    );
    expect(others).toContain('Excluded: Method and variable refactoring, Spike solutions');
    const renamed = graph.nodes.find((node) => node.aliases?.length);
    if (renamed) {
      await page.goto(`${site.url}/graph/?focus=${renamed.aliases![0]}`);
      await expect.poll(() => focusTitle(page)).toBe(`Path of ${renamed.title}`);
      expect(new URL(page.url()).search).toBe(`?focus=${renamed.id}`);
    }
    await page.close();
  });

  it('finds a skill by part of its title, and moves along its path from the keyboard', async () => {
    const page = await open('/graph/');
    await page.getByLabel('Find a skill').fill(title(middle).slice(2, 14));
    await page.getByRole('button', { name: 'Show its path' }).click();
    await expect
      .poll(() => focusTitle(page))
      .toBe(
        `Path of ${graph.nodes.find((n) => n.title.toLowerCase().includes(title(middle).slice(2, 14).toLowerCase()))!.title}`,
      );
    // Down walks the trees' entries; Enter moves the focus to the one reached.
    await page.locator('.graph-focus button[data-focus-skill]').first().focus();
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.focusSkill);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.focusSkill);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusTitle(page)).toBe(`Path of ${title(second!)}`);
    await page.goBack();
    await expect.poll(() => focusTitle(page)).not.toBe(`Path of ${title(second!)}`);
    await page.close();
  });

  it('lets the keyboard walk the drawing: one tab stop, arrow keys from skill to skill, Enter shows the path', async () => {
    const page = await open('/graph/');
    const active = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.skill);
    await page.locator('a[data-skill]').first().focus();
    const start = await active();
    expect(start).toBe(graph.overview.groups[0].skills[0].id);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(graph.overview.groups[0].skills[1].id);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(start);
    // Across: the closest skill in the next group to the right, in the same layer when there is one.
    const across = graph.overview.groups.find(
      (g) => g.level === graph.overview.groups[0].level && g.x > graph.overview.groups[0].x,
    );
    await page.keyboard.press('ArrowRight');
    const moved = await active();
    expect(moved).not.toBe(start);
    if (across) expect(across.skills.map((s) => s.id)).toContain(moved);
    await expect(page.locator('[data-graph-status]').textContent()).resolves.toContain(title(moved!));
    await expect(page.locator('a[data-skill][tabindex="0"]').count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusTitle(page)).toBe(`Path of ${title(moved!)}`);
    await page.close();
  });

  it('zooms and pans: wheel, buttons and keys change the scale; zoomed out, skill sets with counts replace skill titles, never text under 11 px; Fit returns', async () => {
    const page = await open('/graph/');
    const start = await zoomState(page);
    expect(start.zoomedOut).toBe(false);
    expect(start.scale).toBeGreaterThanOrEqual(11 / 12);
    expect(start.skills).toBe(graph.nodes.length);
    expect(start.summaries).toEqual([]);
    expect(start.smallest).toBeGreaterThanOrEqual(11);

    // Zoom out as far as the view goes: the button is disabled once skill-set titles would fall under 11 px.
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 5 && !(await zoomOut.isDisabled()); i++) await zoomOut.click();
    const out = await zoomState(page);
    expect(out.scale).toBeLessThan(start.scale);
    expect(out.zoomedOut).toBe(true);
    expect(out.skills).toBe(0);
    expect(out.summaries).toHaveLength(graph.overview.groups.length);
    for (const group of graph.overview.groups)
      expect(out.summaries).toContain(
        `${group.title} ${group.skillCount === 1 ? '1 skill' : `${group.skillCount} skills`}`,
      );
    expect(out.smallest).toBeGreaterThanOrEqual(11);
    expect((await overlappingLabels(page)).overlaps).toEqual([]);
    await expect(page.getByRole('button', { name: 'Zoom out' }).isDisabled()).resolves.toBe(true);

    // The wheel over the drawing zooms in, back to the skills.
    const frame = (await page.locator('[data-graph-frame]').boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + 200);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await zoomState(page)).scale).toBeGreaterThan(out.scale);
    await expect.poll(async () => (await zoomState(page)).skills).toBeGreaterThan(0);

    // Fit returns to the default view; + and − on the keyboard zoom from a focused skill.
    // Fit fits the drawing's width to the frame as it is now, the top of the ladder first, and always the same view.
    await page.getByRole('button', { name: /^Fit/ }).click();
    const fitted = await zoomState(page);
    expect(fitted.scale).toBeGreaterThan(out.scale);
    expect(fitted.scale).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: /^Fit/ }).click();
    expect((await zoomState(page)).transform).toBe(fitted.transform);
    await page.locator('a[data-skill][tabindex="0"]').focus();
    const focused = (await zoomState(page)).scale;
    await page.keyboard.press('+');
    expect((await zoomState(page)).scale).toBeGreaterThan(focused);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect((await zoomState(page)).scale).toBeLessThan(focused);
    await page.close();
  });

  for (const width of [1280, 390]) {
    it(`overlaps no label with another and never scrolls sideways, in the default and focus views at ${width} px`, async () => {
      for (const path of ['/graph/', `/graph/?focus=${middle}`, '/graph/?focus=basic-test-driven-development']) {
        const page = await open(path, { width });
        if (path.includes('focus')) await page.locator('#graph-focus-title').waitFor();
        const { count, overlaps } = await overlappingLabels(page);
        expect(count).toBeGreaterThan(path.includes('focus') ? 5 : graph.nodes.length);
        expect(overlaps).toEqual([]);
        expect(await sideways(page)).toBe(0);
        await page.close();
      }
    });
  }

  it('shows the list on a phone, readable and without the drawing, and the path there too', async () => {
    const page = await open('/graph/', { width: 390 });
    await expect(page.locator('[data-graph-frame]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-graph-zoom]').isVisible()).resolves.toBe(false);
    await expect(
      page
        .getByRole('link', { name: title(middle), exact: true })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const size = await page
      .locator('#graph-list li a')
      .first()
      .evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
    expect(size).toBeGreaterThanOrEqual(14);
    await page.getByLabel('Find a skill').fill(title(middle));
    await page.getByRole('button', { name: 'Show its path' }).click();
    await expect.poll(() => focusTitle(page)).toBe(`Path of ${title(middle)}`);
    await expect(page.locator('#graph-focus-title').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('without JavaScript shows the whole drawing, its legend and the list of every skill, and no dead controls', async () => {
    const page = await open('/graph/', { javaScript: false });
    await expect(page.locator('.graph-svg a[data-skill]').count()).resolves.toBe(graph.nodes.length);
    await expect(page.locator('[data-graph-find]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Reading the graph' }).isVisible()).resolves.toBe(true);
    const listed = await page
      .locator('#graph-list li[data-node]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node!));
    expect(listed.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    await page.getByRole('link', { name: 'Every skill by level (list)' }).click();
    expect(new URL(page.url()).hash).toBe('#graph-list');
    await page.locator('a[data-skill="spike-solutions"]').click();
    await page.waitForURL('**/skills/spike-solutions/');
    await page.close();
  });

  it('keeps the other ladders in the list, each item with the skills of this ladder most like it', async () => {
    const { references } = graph as unknown as {
      references: { id: string; areas: { items: { id: string; similar: string[] }[] }[] }[];
    };
    const page = await open('/graph/');
    for (const reference of references) {
      const items = reference.areas.flatMap((a) => a.items);
      await expect(page.locator(`[data-reference="${reference.id}"] li[data-reference-node]`).count()).resolves.toBe(
        items.length,
      );
      await expect(page.locator(`[data-reference="${reference.id}"] a[data-similar-to]`).count()).resolves.toBe(
        items.flatMap((i) => i.similar).length,
      );
    }
    await page.close();
  });
});

describe("a skill page's local graph", () => {
  // The skills with the most neighbours, and one with a two-way link: where lines and titles are most crowded.
  const crowded = [...graph.nodes]
    .sort((a, b) => b.degree - a.degree)
    .slice(0, 6)
    .map((n) => n.id);

  it.each([...crowded, 'interpersonal-feedback'])(
    'on /skills/%s/ runs no line over a title, and no title over another',
    async (id) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}/skills/${id}/`);
      const { crossings, overlaps } = await page.evaluate(() => {
        const svg = document.querySelector('svg[data-local-graph]')!;
        const titles = [...svg.querySelectorAll('text:not(.local-graph-band-label)')].map((t) => ({
          name: t.textContent!,
          box: t.getBoundingClientRect(),
        }));
        const crossings: string[] = [];
        for (const path of svg.querySelectorAll<SVGPathElement>('path.graph-edge')) {
          const length = path.getTotalLength();
          const matrix = path.getScreenCTM()!;
          for (let at = 0; at <= length; at += 2) {
            const p = path.getPointAtLength(at).matrixTransform(matrix);
            const hit = titles.find(
              ({ box }) => p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1,
            );
            if (hit) crossings.push(`${path.dataset.from} → ${path.dataset.to} over ${hit.name}`);
          }
        }
        const overlaps: string[] = [];
        titles.forEach((a, i) =>
          titles.slice(i + 1).forEach((b) => {
            if (
              a.box.left < b.box.right &&
              b.box.left < a.box.right &&
              a.box.top < b.box.bottom &&
              b.box.top < a.box.bottom
            )
              overlaps.push(`${a.name} / ${b.name}`);
          }),
        );
        return { crossings: [...new Set(crossings)], overlaps };
      });
      expect(crossings).toEqual([]);
      expect(overlaps).toEqual([]);
      await page.close();
    },
  );
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each(['light', 'dark'] as const)('the graph page and a skill page in %s mode', (colorScheme) => {
  it.each(['/graph/', '/graph/?focus=basic-test-driven-development', '/skills/basic-test-driven-development/'])(
    '%s have no serious accessibility violations',
    async (path) => {
      const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      if (path.includes('focus')) await page.locator('#graph-focus-title').waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Document,
                options: object,
              ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} at ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});

describe('the graph page under the Content-Security-Policy', () => {
  it('runs its script and styles with nothing refused, while focusing, finding and showing every link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(`${site.url}/graph/?focus=sociable-unit-tests`);
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    await page.locator('#graph-focus-title').waitFor();
    await page.keyboard.press('Escape');
    await page.getByLabel('Show all Related and Excluded links').check();
    await page.getByLabel('Find a skill').fill('spike');
    await page.getByRole('button', { name: 'Show its path' }).click();
    await page.locator('#graph-focus-title').waitFor();
    expect(refused).toEqual([]);
    await page.close();
  });
});
