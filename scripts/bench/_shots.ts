import { launchChromium } from '/work/wt/search/test/helpers/browser.ts';
import { serveStatic } from '/work/wt/search/test/helpers/serve-static.ts';
const site = await serveStatic(process.argv[2]);
const browser = await launchChromium();
const pages = process.argv.slice(3);
for (const [size, viewport] of Object.entries({ phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } })) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const name = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      const h1 = await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().top);
      console.log(`${name} ${size} ${colorScheme}: sideways=${sideways} h1.top=${h1}`);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `/tmp/shots-search/${name}-${size}-${colorScheme}.png`, fullPage: size === 'desktop' });
      if (process.env.PANEL) {
        await page.locator('#site-search-input').fill(process.env.PANEL);
        await page.locator('#site-search-results [role="option"]').first().waitFor();
        await page.locator('#site-search-input').press('ArrowUp');
        await page.screenshot({ path: `/tmp/shots-search/${name}-${size}-${colorScheme}-panel.png` });
      }
    }
    await context.close();
  }
}
await browser.close();
await site.close();
