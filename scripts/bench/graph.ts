// The skill graph's costs and legibility, for this ladder and a synthetic one: npm run bench:graph [-- --skills 5000 --runs 5]
// Reuse earlier builds with --site <dist> and --synthetic-site <dist> (the synthetic one built from --synthetic-content).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildGraph } from '../../src/lib/graph/graph.ts';
import { orderLayers } from '../../src/lib/graph/order.ts';
import { countCrossings, layoutOverview } from '../../src/lib/graph/overview.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { launchChromium } from '../../test/helpers/browser.ts';
import { readContent } from '../../test/helpers/read-content.ts';
import { serveStatic } from '../../test/helpers/serve-static.ts';
import { writeSyntheticLadder } from './synthetic-ladder.ts';

const { values } = parseArgs({
  options: {
    skills: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    site: { type: 'string' },
    'synthetic-site': { type: 'string' },
    'synthetic-content': { type: 'string' },
  },
});
const runs = Number(values.runs);
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

// Inside the project, so Astro keeps its prerender bundle beside the output (an outDir elsewhere shares the
// project's .astro/.prerender with any other build running at the same time).
const builds = join('node_modules', '.rungs-bench-graph');

function build(contentDir: string, label: string): string {
  mkdirSync(builds, { recursive: true });
  const work = mkdtempSync(join(builds, `${label}-`));
  const outDir = resolve(work, 'dist');
  console.log(`Building ${label} into ${outDir} …`);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    // A build of thousands of pages logs a line for each.
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      RUNGS_CONTENT_DIR: resolve(contentDir),
      RUNGS_CACHE_DIR: resolve(work, 'cache'),
      NO_COLOR: '1',
    },
  });
  if (result.status !== 0)
    throw new Error(
      `Building ${label} failed: ${result.error ?? ''}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    );
  return outDir;
}

/** Graph data and the overview's layout (ELK's ordering), as the build computes them once: the first run (cold, as in a build) and the median of the rest. */
async function layoutCost(contentDir: string) {
  const ladder = buildLadderIndex(readContent(contentDir));
  const times: number[] = [];
  let size = { nodes: 0, edges: 0, crossings: 0 };
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now();
    const graph = buildGraph(ladder);
    const overview = await layoutOverview(graph, orderLayers);
    times.push(performance.now() - start);
    size = {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      crossings: countCrossings(overview.edges.map((edge) => edge.points)),
    };
  }
  return { ...size, cold: times[0], warm: median(times.slice(1)) };
}

interface Load {
  /** First contentful paint: the build-time drawing is in the HTML, so the graph shows with the page. */
  firstPaint: number;
  /** First render: the page script's own work, from its first line to the drawing set up, zoomable and interactive (performance.measure). */
  script: number;
  /** When the graph was interactive, from navigation start. */
  interactive: number;
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const timing = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    script: performance.getEntriesByName('graph:script')[0].duration,
    interactive: performance.getEntriesByName('graph:ready')[0].startTime,
  }));
  await page.close();
  return timing;
}

/**
 * How the default view reads at 1280×800: crossings between the drawn edges (each edge a line, polyline or path of
 * straight segments; segments that share an end don't count) and pairs of shown labels whose boxes overlap.
 */
async function readability(
  browser: Browser,
  url: string,
): Promise<{ crossings: number; overlaps: number; labels: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
  const figures = await page.evaluate(() => {
    type Point = { x: number; y: number };
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return (
        element.getClientRects().length > 0 &&
        rect.width + rect.height > 0 &&
        getComputedStyle(element).visibility !== 'hidden' &&
        Number(getComputedStyle(element).opacity) > 0.05
      );
    };
    const pointsOf = (element: SVGGraphicsElement): Point[] => {
      let raw: number[] = [];
      if (element instanceof SVGLineElement)
        raw = [element.x1, element.y1, element.x2, element.y2].map((a) => a.baseVal.value);
      else if (element instanceof SVGPolylineElement)
        raw = (element.getAttribute('points') ?? '')
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
      else if (element instanceof SVGPathElement)
        raw = (element.getAttribute('d')!.match(/-?[\d.]+/g) ?? []).map(Number);
      const matrix = element.getCTM() ?? new DOMMatrix();
      const points: Point[] = [];
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const p = new DOMPoint(raw[i], raw[i + 1]).matrixTransform(matrix);
        points.push({ x: p.x, y: p.y });
      }
      return points;
    };
    const edges = [...document.querySelectorAll<SVGGraphicsElement>('[data-graph-svg] .graph-edge')]
      .filter(visible)
      .map(pointsOf);
    const labels = [...document.querySelectorAll('[data-graph-svg] text, [data-graph-svg] .graph-label')]
      .filter(visible)
      .map((e) => e.getBoundingClientRect());
    let overlaps = 0;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          overlaps++;
      }
    }
    return { edges, overlaps, labels: labels.length };
  });
  await page.close();
  // The drawn links are counted by the same function the build's figures use.
  return { crossings: countCrossings(figures.edges), overlaps: figures.overlaps, labels: figures.labels };
}

async function measureSite(browser: Browser, siteDir: string) {
  const site = await serveStatic(siteDir);
  try {
    const url = `${site.url}/graph/`;
    await loadOnce(browser, url);
    const loads: Load[] = [];
    for (let run = 0; run < runs; run++) loads.push(await loadOnce(browser, url));
    const html = statSync(join(siteDir, 'graph', 'index.html')).size;
    const read = await readability(browser, url);
    const pick = <K extends keyof Load>(key: K) => median(loads.map((l) => l[key] as number));
    return {
      firstPaint: pick('firstPaint'),
      script: pick('script'),
      interactive: pick('interactive'),
      html,
      ...read,
    };
  } finally {
    await site.close();
  }
}

const skills = Number(values.skills);
const syntheticContent =
  values['synthetic-content'] ?? join(mkdtempSync(join(tmpdir(), `rungs-synthetic-${skills}-`)), 'content');
if (!values['synthetic-content']) writeSyntheticLadder(syntheticContent, skills);

const ladders = [
  { name: 'this ladder', content: 'content', site: values.site },
  { name: `synthetic ${skills}`, content: syntheticContent, site: values['synthetic-site'] },
];
const browser = await launchChromium();
try {
  const rows = [];
  for (const ladder of ladders) {
    const layout = await layoutCost(ladder.content);
    const site = await measureSite(browser, ladder.site ?? build(ladder.content, ladder.name.replace(/\s+/g, '-')));
    rows.push({ ...ladder, layout, site });
  }
  console.log(
    `\nSkill graph benchmark: headless Chromium (software rendering, --disable-gpu) at 1280×800, medians of ${runs} loads`,
  );
  console.log(
    'ladder          skills  edges   layout (cold / warm)   page HTML  first paint  first render  interactive  crossings (drawn / computed)  label overlaps (of shown labels)',
  );
  for (const { name, layout, site } of rows) {
    console.log(
      [
        name.padEnd(15),
        String(layout.nodes).padEnd(7),
        String(layout.edges).padEnd(7),
        `${ms(layout.cold)} / ${ms(layout.warm)}`.padEnd(22),
        `${(site.html / 1024).toFixed(0)} KB`.padEnd(10),
        ms(site.firstPaint).padEnd(12),
        ms(site.script).padEnd(13),
        ms(site.interactive).padEnd(12),
        `${site.crossings} / ${layout.crossings}`.padEnd(29),
        `${site.overlaps} (of ${site.labels})`,
      ].join(' '),
    );
  }
} finally {
  await browser.close();
  rmSync(builds, { recursive: true, force: true });
}
