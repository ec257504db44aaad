import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Playwright's own download, if someone ran `npx playwright install chromium` on a machine that allows it. */
function playwrightCacheChromium(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const folder of readdirSync(cache)
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const binary of [
      'chrome-linux/chrome',
      'chrome-linux64/chrome',
      'chrome-headless-shell-linux64/chrome-headless-shell',
    ]) {
      if (existsSync(join(cache, folder, binary))) return join(cache, folder, binary);
    }
  }
  return undefined;
}

/** The Chromium to drive: RUNGS_CHROMIUM, then Debian's package, then Playwright's cache. */
export function findChromium(): string {
  const candidates = [
    process.env.RUNGS_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    playwrightCacheChromium(),
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian: `apt-get install chromium`; elsewhere `npx playwright install chromium`) or point RUNGS_CHROMIUM at a Chromium binary.',
    );
  }
  return found;
}

/** What every headless run of the system's Chromium needs here: no sandbox, no GPU, nothing fetched on its own. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright gives every launch a fresh, empty profile of its own (it refuses a --user-data-dir argument). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', ...chromiumFlags],
  });
}
