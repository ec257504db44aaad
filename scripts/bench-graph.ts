// The skill graph's costs, for this ladder and a synthetic one: npm run bench:graph [-- --skills 5000 --runs 5]
// Reuse earlier builds with --site <dist> and --synthetic-site <dist> (the synthetic one built from --synthetic-content).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../src/lib/graph.ts';
import { layoutGraph } from '../src/lib/graph-layout.ts';
import { buildLadderIndex } from '../src/lib/ladder-index.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { readContent } from '../test/helpers/read-content.ts';
import { serveStatic } from '../test/helpers/serve-static.ts';
import { writeSyntheticLadder } from './lib/synthetic-ladder.ts';

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
    env: { ...process.env, RUNGS_CONTENT_DIR: resolve(contentDir), RUNGS_CACHE_DIR: resolve(work, 'cache'), NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`Building ${label} failed: ${result.error ?? ''}\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return outDir;
}

/** Graph data and d3-force layout, as the build computes them once: the first run (cold, as in a build) and the median of the rest. */
function layoutCost(contentDir: string) {
  const ladder = buildLadderIndex(readContent(contentDir));
  const times: number[] = [];
  let size = { nodes: 0, edges: 0 };
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now();
    const graph = buildGraph(ladder);
    layoutGraph(graph);
    times.push(performance.now() - start);
    size = { nodes: graph.nodes.length, edges: graph.edges.length };
  }
  return { ...size, cold: times[0], warm: median(times.slice(1)) };
}

interface Load {
  /** First contentful paint: the build-time drawing is in the HTML, so the graph shows with the page. */
  firstPaint: number;
  /** The page script's own work, from its first line to the drawing being interactive (performance.measure). */
  script: number;
  /** When the graph was interactive, from navigation start. */
  interactive: number;
  renderer: string;
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
    renderer: document.querySelector('.graph-canvas') ? 'canvas' : 'SVG',
  }));
  await page.close();
  return timing;
}

/** Frames per second while dragging the graph sideways with the mouse for about two seconds. */
async function panFps(page: Page): Promise<{ fps: number; p95: number }> {
  const box = (await page.locator('[data-graph-viewport]').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => {
    const frames: number[] = [];
    (window as unknown as { frames_: number[] }).frames_ = frames;
    const record = (time: number) => {
      frames.push(time);
      if (frames.length < 100_000) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 0; Date.now() - started < 2000; step++) {
    const offset = 200 * Math.sin(step / 15);
    await page.mouse.move(x + offset, y + offset / 4);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_.splice(0));
  const span = frames.slice(2);
  const intervals = span.slice(1).map((time, i) => time - span[i]).sort((a, b) => a - b);
  return { fps: ((span.length - 1) * 1000) / (span.at(-1)! - span[0]), p95: intervals[Math.floor(intervals.length * 0.95)] };
}

/** The same drag on the build-time SVG alone (the page script blocked), moving its drawing each frame as the SVG renderer would. */
async function svgPanFps(browser: Browser, url: string): Promise<{ fps: number; p95: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(/graph\.astro.*\.js$/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    const world = document.querySelector('[data-graph-world]')!;
    const viewport = document.querySelector('[data-graph-viewport]')!;
    let origin: { x: number; y: number } | undefined;
    viewport.addEventListener('pointerdown', (event) => (origin = { x: (event as PointerEvent).clientX, y: (event as PointerEvent).clientY }));
    viewport.addEventListener('pointerup', () => (origin = undefined));
    viewport.addEventListener('pointermove', (event) => {
      if (origin) world.setAttribute('transform', `translate(${(event as PointerEvent).clientX - origin.x},${(event as PointerEvent).clientY - origin.y}) scale(1.5)`);
    });
  });
  const result = await panFps(page);
  await page.close();
  return result;
}

async function measureSite(browser: Browser, siteDir: string) {
  const site = await serveStatic(siteDir);
  try {
    const url = `${site.url}/graph/`;
    await loadOnce(browser, url);
    const loads: Load[] = [];
    for (let run = 0; run < runs; run++) loads.push(await loadOnce(browser, url));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
    const pans = [];
    for (let run = 0; run < 3; run++) pans.push(await panFps(page));
    await page.close();
    const svgPans = [];
    for (let run = 0; run < 3; run++) svgPans.push(await svgPanFps(browser, url));
    const pick = <K extends keyof Load>(key: K) => median(loads.map((l) => l[key] as number));
    return {
      renderer: loads[0].renderer,
      firstPaint: pick('firstPaint'),
      script: pick('script'),
      interactive: pick('interactive'),
      pan: median(pans.map((p) => p.fps)),
      panP95: median(pans.map((p) => p.p95)),
      svgPan: median(svgPans.map((p) => p.fps)),
    };
  } finally {
    await site.close();
  }
}

const skills = Number(values.skills);
const syntheticContent = values['synthetic-content'] ?? join(mkdtempSync(join(tmpdir(), `rungs-synthetic-${skills}-`)), 'content');
if (!values['synthetic-content']) writeSyntheticLadder(syntheticContent, skills);

const ladders = [
  { name: 'this ladder', content: 'content', site: values.site },
  { name: `synthetic ${skills}`, content: syntheticContent, site: values['synthetic-site'] },
];
const browser = await launchChromium();
try {
  const rows = [];
  for (const ladder of ladders) {
    const layout = layoutCost(ladder.content);
    const site = await measureSite(browser, ladder.site ?? build(ladder.content, ladder.name.replace(/\s+/g, '-')));
    rows.push({ ...ladder, layout, site });
  }
  console.log(`\nSkill graph benchmark: headless Chromium (software rendering, --disable-gpu) at 1280×800, medians of ${runs} loads and 3 two-second drags`);
  console.log('ladder          skills  edges   layout (cold / warm)   renderer  first paint  graph script  interactive  pan fps (p95 frame)  SVG-only pan fps');
  for (const { name, layout, site } of rows) {
    console.log(
      [
        name.padEnd(15),
        String(layout.nodes).padEnd(7),
        String(layout.edges).padEnd(7),
        `${ms(layout.cold)} / ${ms(layout.warm)}`.padEnd(22),
        site.renderer.padEnd(9),
        ms(site.firstPaint).padEnd(12),
        ms(site.script).padEnd(13),
        ms(site.interactive).padEnd(12),
        `${site.pan.toFixed(0)} (${ms(site.panP95)})`.padEnd(20),
        site.svgPan.toFixed(0),
      ].join(' '),
    );
  }
} finally {
  await browser.close();
  rmSync(builds, { recursive: true, force: true });
}
