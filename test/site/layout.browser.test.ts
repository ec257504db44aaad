import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browseBuiltSite, serveBuiltSite } from '../helpers/browsed-site.ts';
import { allPageKinds } from '../helpers/page-kinds.ts';

const site = browseBuiltSite();
const urls = { siteDir: site, matrixSiteDir: serveBuiltSite('matrixSiteDir') };
// Widths decide whether a page scrolls sideways; a colour scheme changes colours only, so dark mode is checked at the
// phone and desktop widths readers use most, not at every width.
const layouts = [
  { viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
  { viewport: { width: 768, height: 1024 }, colorScheme: 'light' },
  { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { viewport: { width: 1440, height: 900 }, colorScheme: 'light' },
] as const;

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

// One browser context per size and scheme, reused for every page kind, keeps the checks quick.
describe.each(layouts)('at $viewport.width×$viewport.height in $colorScheme mode', ({ viewport, colorScheme }) => {
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
      // A word of every ladder's: the header box searches the page's own ladder.
      await page.locator('#site-search-input').fill('team');
      await page.locator('#site-search-results [role="option"]').first().waitFor();
      await page.locator('#site-search-input').press('ArrowDown');
      await expect(page.locator('#site-search-results [aria-selected="true"]').count()).resolves.toBe(1);
      expect(await overflow(page)).toEqual({ page: 0, scrolled: 0, panel: 0 });
    },
  );
});
