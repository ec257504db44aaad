// Lighthouse on the built site with the system's Chromium: npm run build && npm run bench:lighthouse [-- runs]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/serve-static.ts';

const siteDir = process.env.RUNGS_SITE_DIR ?? 'dist';
const runs = Number(process.argv[2] ?? 3);
const pages = {
  home: '/',
  level: '/levels/senior-software-engineers/',
  skill: '/skills/basic-test-driven-development/',
  search: '/search/?q=facilitation',
  graph: '/graph/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const site = await serveStatic(siteDir);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
try {
  console.log(`Lighthouse ${runs} runs per page, median (mobile emulation, simulated throttling), ${siteDir}`);
  console.log('page    perf  a11y  best  seo   LCP      TBT     CLS');
  for (const [name, path] of Object.entries(pages)) {
    const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(site.url + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      results.push(result.lhr);
    }
    const score = (category: (typeof categories)[number]) =>
      Math.round(median(results.map((r) => (r.categories[category]?.score ?? 0) * 100)));
    const audit = (id: string) => median(results.map((r) => r.audits[id]?.numericValue ?? NaN));
    console.log(
      `${name.padEnd(7)} ${categories.map((c) => String(score(c)).padEnd(5)).join(' ')} ${`${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`.padEnd(8)} ${`${Math.round(audit('total-blocking-time'))} ms`.padEnd(7)} ${audit('cumulative-layout-shift').toFixed(3)}`,
    );
  }
} finally {
  chrome.kill();
  await site.close();
}
