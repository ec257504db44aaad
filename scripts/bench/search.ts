// Measures search as a reader meets it, on the built site in dist/: npm run build && npm run bench:search
// (`npm run bench:search -- dist --list` also lists each file fetched before the results of a skill page's box show.)
//
// Bytes are counted as a static host sends them: every file the browser asked for (the page's and its workers'
// requests alike), gzipped when it is text (as page-weight.ts counts pages), as it is when it is already compressed
// (Pagefind's index, fragments and wasm). Response headers are left out: HTTP/2 compresses them to a few bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/serve-static.ts';

const siteDir = process.argv[2] ?? 'dist';
/** A fast typist's pace and an unhurried one's, in milliseconds between keys. */
const typingPaces = [100, 250];
const latencyQueries = ['facilitation', 'risk', 'testing', 'feedback', 'design', 'hiring', 'conflict', 'observability'];
/** Another ladder's skill page and a word of its own, for the header search there. */
const otherLadder = { id: 'director-of-engineering', page: 'skills/your-hiring-game-is-a/', word: 'hiring' };

const compressedText = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.csv']);

function fileOf(pathname: string): string | undefined {
  const file = join(siteDir, decodeURIComponent(pathname));
  const candidate = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** What a host sends for a path: gzipped text, or the file as it is. */
function servedBytes(pathname: string): number {
  const file = fileOf(pathname);
  if (!file) return 0;
  return compressedText.has(extname(file)) ? gzipSync(readFileSync(file)).length : statSync(file).size;
}

function folderBytes(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Every folder holding a Pagefind index, relative to the site. */
function indexFolders(folder = siteDir): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'pagefind-entry.json')
    .map((entry) => entry.parentPath.slice(siteDir.length + 1) || '.')
    .sort();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Transfer {
  bytes: number;
  requests: number;
  /** Where the index files came from: the folder of each Pagefind file requested. */
  indexes: string[];
  paths: string[];
}

function transferOf(paths: string[]): Transfer {
  const indexes = new Set(paths.map((path) => /^(.*\/pagefind[^/]*\/)/.exec(path)?.[1]).filter(Boolean));
  return {
    bytes: paths.reduce((sum, path) => sum + servedBytes(path), 0),
    requests: paths.length,
    indexes: [...indexes] as string[],
    paths,
  };
}

/** Records the paths the page and its workers request, in order. */
function recordRequests(context: BrowserContext): string[] {
  const paths: string[] = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Runs `script` in every document of the page; it calls `window[name]()` once, which resolves the promise returned. */
async function whenShown(page: Page, name: string, script: string): Promise<{ shown: Promise<void> }> {
  let shown!: () => void;
  const done = new Promise<void>((resolve) => (shown = resolve));
  await page.exposeFunction(name, () => shown());
  await page.addInitScript(script);
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${page.url()}: no results within 30 s`)), 30_000).unref(),
  );
  return { shown: Promise.race([done, timeout]) };
}

async function newPage(browser: Awaited<ReturnType<typeof launchChromium>>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const paths = recordRequests(context);
  const page = await context.newPage();
  return { context, page, paths };
}

/**
 * Types `word` into the header box of `path` a key at a time, `pace` ms apart, and counts what was requested from the
 * first keystroke until the results for the whole word are on screen, and after (until the network is quiet).
 */
async function typeInHeader(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  siteUrl: string,
  path: string,
  word: string,
  pace: number,
): Promise<{ before: Transfer; after: Transfer }> {
  const { context, page, paths } = await newPage(browser);
  const { shown } = await whenShown(
    page,
    'benchResultsShown',
    `new MutationObserver((_, observer) => {
      const input = document.getElementById('site-search-input');
      const popup = document.getElementById('site-search-results');
      if (input && popup && input.value === ${JSON.stringify(word)} && popup.querySelector('[role="option"]')) {
        observer.disconnect();
        window.benchResultsShown();
      }
    }).observe(document, { childList: true, subtree: true });`,
  );
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  const start = paths.length;
  await page.keyboard.press('Control+k');
  await page.keyboard.type(word, { delay: pace });
  await shown;
  const atResults = paths.length;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const result = { before: transferOf(paths.slice(start, atResults)), after: transferOf(paths.slice(atResults)) };
  await context.close();
  return result;
}

/** Opens a search page with its query in the URL and counts what it requested until its results are on screen. */
async function openSearchPage(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  siteUrl: string,
  path: string,
): Promise<{ page: Transfer; search: Transfer } | undefined> {
  if (!fileOf(path.split('?')[0])) return undefined;
  const { context, page, paths } = await newPage(browser);
  const { shown } = await whenShown(
    page,
    'benchResultsShown',
    `new MutationObserver((_, observer) => {
      if (document.querySelector('#search-results li')) {
        observer.disconnect();
        window.benchResultsShown();
      }
    }).observe(document, { childList: true, subtree: true });`,
  );
  await page.goto(siteUrl + path);
  await shown;
  const seen = [...paths];
  await context.close();
  const isSearch = (p: string) => /\/pagefind[^/]*\//.test(p) || /\/_astro\/(pagefind-client|search-)/.test(p);
  return { page: transferOf(seen.filter((p) => !isSearch(p))), search: transferOf(seen.filter(isSearch)) };
}

const site = await serveStatic(siteDir);
const browser = await launchChromium();
const say = (line: string) => console.log(line);
const describe = (t: Transfer) => `${kb(t.bytes)} in ${t.requests} requests`;
try {
  const { context, page, paths } = await newPage(browser);
  await page.goto(`${site.url}/skills/basic-test-driven-development/`, { waitUntil: 'networkidle' });
  const onLoad = transferOf([...paths]);
  const searchBeforeUse = onLoad.paths.filter((p) => /\/pagefind[^/]*\//.test(p)).length;
  const scriptsOnLoad = onLoad.paths.filter((p) => p.endsWith('.js'));

  // Warm-up done by the first query: then time the last keystroke of each query to its results in the DOM.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('facilitation', { delay: 100 });
  await page.locator('#site-search-results [role="option"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const latencies: number[] = [];
  for (const query of latencyQueries) {
    await page.fill('#site-search-input', '');
    await page.keyboard.type(query.slice(0, -1), { delay: 100 });
    await page.waitForTimeout(400);
    const elapsed = await page.evaluate(
      (last) =>
        new Promise<number>((resolve) => {
          const popup = document.getElementById('site-search-results')!;
          const input = document.getElementById('site-search-input') as HTMLInputElement;
          const start = performance.now();
          new MutationObserver((_, observer) => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }).observe(popup, { childList: true, subtree: true });
          input.value += last;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query.at(-1)!,
    );
    latencies.push(elapsed);
  }
  await context.close();

  say('Search benchmark (headless Chromium, loopback; bytes as a host sends them: text gzipped, headers left out)');
  say(`  search requests before the reader reaches for search:   ${searchBeforeUse} (target 0)`);
  say(
    `  scripts on a skill page's load:                          ${kb(scriptsOnLoad.reduce((s, p) => s + servedBytes(p), 0))} gzipped, ${scriptsOnLoad.length} files`,
  );
  for (const pace of typingPaces) {
    const { before, after } = await typeInHeader(
      browser,
      site.url,
      '/skills/basic-test-driven-development/',
      'facilitation',
      pace,
    );
    say(
      `  header box of a skill page, "facilitation" typed ${pace} ms a key: ${describe(before)} before results show (target ≤ 100 KB); ${describe(after)} after; indexes: ${before.indexes.join(', ')}`,
    );
  }
  const otherPath = `/ladders/${otherLadder.id}/${otherLadder.page}`;
  for (const pace of typingPaces) {
    const { before, after } = await typeInHeader(browser, site.url, otherPath, otherLadder.word, pace);
    say(
      `  header box of ${otherLadder.id}'s skill page, "${otherLadder.word}" typed ${pace} ms a key: ${describe(before)} before results show; ${describe(after)} after; indexes: ${before.indexes.join(', ')}`,
    );
  }
  for (const path of ['/search/?q=facilitation', `/ladders/${otherLadder.id}/search/?q=${otherLadder.word}`]) {
    const opened = await openSearchPage(browser, site.url, path);
    if (!opened) say(`  ${path}: no such page`);
    else
      say(
        `  ${path} until results show: search ${describe(opened.search)} (indexes: ${opened.search.indexes.join(', ')}), the page itself ${describe(opened.page)}`,
      );
  }
  say(
    `  last keystroke to rendered results after warm-up:        median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} queries (target < 100 ms where the results' fragments are fetched; others wait for the typing to pause, 120–400 ms)`,
  );
  for (const folder of indexFolders()) {
    const { bytes, files } = folderBytes(join(siteDir, folder));
    say(`  index on disk, ${folder}/: ${kb(bytes)} in ${files} files`);
  }
  if (process.argv.includes('--list')) {
    const { before } = await typeInHeader(
      browser,
      site.url,
      '/skills/basic-test-driven-development/',
      'facilitation',
      typingPaces[0],
    );
    for (const path of before.paths) say(`    ${servedBytes(path)} B ${path}`);
  }
} finally {
  await browser.close();
  await site.close();
}
