// Measures search as a reader meets it, on the built site in dist/: npm run build && npm run bench:search
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/serve-static.ts';

const siteDir = process.argv[2] ?? 'dist';
const queries = ['facilitation', 'risk', 'testing', 'feedback', 'design', 'hiring', 'conflict', 'observability'];

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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const site = await serveStatic(siteDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const transferred: { url: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) =>
    transferred.push({ url: urls.get(event.requestId) ?? '', bytes: event.encodedDataLength }),
  );
  const since = (start: number, filter: (url: string) => boolean = () => true) =>
    transferred
      .slice(start)
      .filter((t) => filter(new URL(t.url).pathname))
      .reduce((sum, t) => sum + t.bytes, 0);

  await page.goto(`${site.url}/skills/basic-test-driven-development/`, { waitUntil: 'networkidle' });
  const searchBytesBeforeUse = since(0, (path) => path.startsWith('/pagefind/'));
  const scriptBytesOnLoad = since(0, (path) => path.endsWith('.js'));

  const beforeFirstQuery = transferred.length;
  await page.keyboard.press('Control+k');
  await page.keyboard.type('facilitation');
  await page.locator('#site-search-results [role="option"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const firstQueryBytes = since(beforeFirstQuery);

  // Warm-up done: now time each keystroke to the moment its results are in the DOM.
  const latencies: number[] = [];
  for (const query of queries) {
    await page.fill('#site-search-input', '');
    await page.keyboard.type(query.slice(0, -1));
    await page.waitForTimeout(200);
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
  const index = folderBytes(join(siteDir, 'pagefind'));

  console.log('Search benchmark (headless Chromium, loopback, cache disabled)');
  console.log(`  search bytes transferred before the first search:   ${searchBytesBeforeUse} B (target 0)`);
  console.log(`  JavaScript transferred on page load (all scripts):   ${kb(scriptBytesOnLoad)}`);
  console.log(`  bytes transferred for the first query:              ${kb(firstQueryBytes)} (target < 150 KB)`);
  console.log(
    `  keystroke to rendered results after warm-up:         median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} queries (target < 100 ms)`,
  );
  console.log(`  index on disk (dist/pagefind):                       ${kb(index.bytes)} in ${index.files} files`);
} finally {
  await browser.close();
  await site.close();
}
