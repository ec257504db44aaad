// Every page kind at phone and desktop widths, light and dark, as PNGs to look at:
// npm run build && npm run screenshots [-- <folder>]   (default: screenshots/, which git ignores)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/helpers/browser.ts';
import { pageKinds } from '../test/helpers/page-kinds.ts';
import { serveStatic } from '../test/helpers/serve-static.ts';

const siteDir = process.env.RUNGS_SITE_DIR ?? 'dist';
const folder = resolve(process.argv[2] ?? 'screenshots');
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const schemes = ['light', 'dark'] as const;

mkdirSync(folder, { recursive: true });
const site = await serveStatic(siteDir);
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(viewports)) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [kind, path] of Object.entries(pageKinds)) {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const file = join(folder, `${kind.replaceAll(' ', '-')}-${size}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`${Object.keys(pageKinds).length * 4} screenshots in ${folder}`);
} finally {
  await browser.close();
  await site.close();
}
