import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './serve-static.ts';

export interface BrowsedSite {
  readonly browser: Browser;
  /** The loopback address the built ladder is served at. */
  readonly url: string;
}

/**
 * For one test file: serves the ladder built by the global setup (with its `_headers` applied as HTTP headers, as a
 * static host would) and launches Chromium, closing both afterwards.
 */
export function browseBuiltSite(): BrowsedSite {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(inject('siteDir'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet: use the site inside a test or hook.');
      return browser;
    },
    get url() {
      if (!site) throw new Error('The site is not served yet: use it inside a test or hook.');
      return site.url;
    },
  };
}
