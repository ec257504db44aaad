import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import type { BuildResult } from './build-site.ts';
import { serveStatic, type StaticSite } from './serve-static.ts';

export interface BrowsedSite {
  readonly browser: Browser;
  /** The loopback address the built ladder is served at. */
  readonly url: string;
}

/** A site built for one test file, browsed as BrowsedSite is, with what its build printed. */
export interface BrowsedBuild extends BrowsedSite {
  readonly build: BuildResult;
}

/**
 * For one test file: serves the ladder built by the global setup (with its `_headers` applied as HTTP headers, as a
 * static host would) and launches Chromium, closing both afterwards.
 */
export function browseBuiltSite(built: BuiltSite = 'siteDir'): BrowsedSite {
  return browse(() => inject(built));
}

/** A build of the global setup: the published ladder's, or the matrix fixture's. */
export type BuiltSite = 'siteDir' | 'matrixSiteDir';

/** For one test file: serves another build of the global setup, to browse with a BrowsedSite's Chromium. */
export function serveBuiltSite(built: BuiltSite): { readonly url: string } {
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(inject(built));
  }, 120_000);
  afterAll(async () => {
    await site?.close();
  });
  return {
    get url() {
      if (!site) throw new Error('The site is not served yet: use it inside a test or hook.');
      return site.url;
    },
  };
}

/** For one test file: builds a fixture site (which must build), then serves and browses it as browseBuiltSite does. */
export function browseFixtureSite(buildFixture: () => BuildResult): BrowsedBuild {
  let build: BuildResult | undefined;
  const site = browse(() => {
    build = buildFixture();
    expect(build.ok, build.output).toBe(true);
    return build.outDir;
  });
  return Object.defineProperty(site, 'build', {
    get() {
      if (!build) throw new Error('The site is not built yet: use it inside a test or hook.');
      return build;
    },
  }) as BrowsedBuild;
}

function browse(siteDir: () => string): BrowsedSite {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(siteDir());
    browser = await launchChromium();
  }, 120_000);
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
