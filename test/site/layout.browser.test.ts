import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browseBuiltSite, serveBuiltSite } from '../helpers/browsed-site.ts';
import { allPageKinds } from '../helpers/page-kinds.ts';

const site = browseBuiltSite();
const urls = { siteDir: site, matrixSiteDir: serveBuiltSite('matrixSiteDir') };
const viewports = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** How far the page reaches past the window's right edge, and how far the header's search panel does. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const popup = document.querySelector('#site-search-results');
    return {
      page: document.documentElement.scrollWidth - innerWidth,
      scrolled: scrollX,
      panel:
        popup && !(popup as HTMLElement).hidden
          ? Math.max(0, popup.getBoundingClientRect().right - innerWidth, -popup.getBoundingClientRect().left)
          : 0,
    };
  });

// One browser context per size and scheme, reused for every page kind, keeps the 112 checks quick.
describe.each(
  viewports.flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ viewport, colorScheme }))),
)('at $viewport.width×$viewport.height in $colorScheme mode', ({ viewport, colorScheme }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport, colorScheme });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it.each(allPageKinds)(
    'the $kind page never scrolls sideways, also with a search result highlighted',
    async ({ path, site: built }) => {
      await page.goto(urls[built].url + path, { waitUntil: 'domcontentloaded' });
      expect(await overflow(page)).toEqual({ page: 0, scrolled: 0, panel: 0 });
      await page.locator('#site-search-input').fill('facilitation');
      await page.locator('#site-search-results [role="option"]').first().waitFor();
      await page.locator('#site-search-input').press('ArrowDown');
      await expect(page.locator('#site-search-results [aria-selected="true"]').count()).resolves.toBe(1);
      expect(await overflow(page)).toEqual({ page: 0, scrolled: 0, panel: 0 });
    },
  );
});
