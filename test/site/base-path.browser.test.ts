import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deployed } from '../global-setup.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/serve-static.ts';

// The published ladder built for a sub-path, as on GitHub Pages (https://org.github.io/career/), and served only
// there: anything that forgets the base path asks the server for a path outside the site and gets its 404.
const base = deployed.base;

let build: { outDir: string; output: string };
let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
const outsideBase: string[] = [];

beforeAll(async () => {
  build = { outDir: inject('deployedSiteDir'), output: inject('deployedBuildOutput') };
  site = await serveStatic(build.outDir, { base });
  browser = await launchChromium();
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.url && !url.pathname.startsWith(base)) outsideBase.push(url.pathname);
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(site.url + base + path.replace(/^\//, ''));
  expect(response?.status(), path).toBe(200);
  return page;
}

describe(`the site built with RUNGS_BASE=${base}`, () => {
  it('checks its links with the base: the build passes, every listed URL resolves under it', () => {
    expect(build.output).toMatch(/\d+ pages, every internal link and fragment resolves\./);
    expect(build.output).toMatch(/All \d+ URLs in .*urls\.txt resolve\./);
  });

  it('links, styles, favicon, canonical and unfurl all point under the base', () => {
    const html = readFileSync(join(build.outDir, 'skills', 'basic-facilitation', 'index.html'), 'utf8');
    const paths = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !path.startsWith(base))).toEqual([]);
    expect(html).toContain('<link rel="icon" href="/career/favicon.svg"');
    expect(html).toContain('<link rel="canonical" href="https://org.example.io/career/skills/basic-facilitation/">');
    expect(html).toContain(
      '<meta property="og:url" content="https://org.example.io/career/skills/basic-facilitation/">',
    );
    // Citations, unfurls and exports build absolute addresses from the same paths: none may drop the base.
    expect(html).not.toMatch(/https:\/\/org\.example\.io\/(?!career\/)/);
    expect(readFileSync(join(build.outDir, 'ladder.json'), 'utf8')).not.toMatch(
      /https:\/\/org\.example\.io\/(?!career\/)/,
    );
  });

  it('searches from the header, loading the ladder’s index from under the base', async () => {
    const page = await open('/about/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('facilitation');
    const first = page.locator('#site-search-results [role="option"]').first();
    await first.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${base}skills/**`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/facilitation/i);
    await page.close();
  });

  it('finds a reference ladder item on the search page, linked under the base', async () => {
    const page = await open('/search/?q=stakeholders');
    const result = page.locator('a[href*="/ladders/"]').first();
    await result.waitFor();
    await expect(result.getAttribute('href')).resolves.toMatch(/^\/career\/ladders\//);
    await page.close();
  });

  it('focuses a skill in the graph, loading its data from under the base, and opens its page', async () => {
    const page = await open('/graph/');
    const skill = page.locator('a[data-skill="sociable-unit-tests"]');
    await skill.focus();
    await skill.click();
    await page.getByRole('link', { name: 'Open Sociable unit tests' }).click();
    await page.waitForURL(`${site.url}${base}skills/sociable-unit-tests/`);
    await page.close();
  });

  it('builds a packet from /ladder.json and shares a link under the base', async () => {
    const skill = await open('/skills/risk-management/');
    await skill.getByRole('button', { name: 'Add to packet' }).click();
    await skill.getByRole('link', { name: /^Open your packet/ }).click();
    await skill.waitForURL(`${site.url}${base}packet/`);
    await skill.locator('[data-packet-editor]').waitFor({ state: 'visible' });
    await expect(skill.locator('.packet-item-title a').allTextContents()).resolves.toEqual(['Risk management']);
    await skill.getByRole('button', { name: 'Copy share link' }).click();
    await expect(skill.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      'https://org.example.io/career/packet/?skills=risk-management',
    );
    await skill.close();
  });

  it('sends the old URL of a renamed skill on to its new one, keeping the #fragment', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${base}skills/spikes/#see-also`);
    await page.waitForURL(`${site.url}${base}skills/spike-solutions/#see-also`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Spike solutions');
    await page.close();
  });

  it('lists the alias and the other ladders’ former item URLs as 301s in _redirects, with both paths under the base', () => {
    const lines = readFileSync(join(build.outDir, '_redirects'), 'utf8').trimEnd().split('\n');
    expect(lines).toContain('/career/skills/spikes/ /career/skills/spike-solutions/ 301');
    expect(lines).toContain(
      '/career/ladders/director-of-engineering/your-hiring-game-is-a/ /career/ladders/director-of-engineering/skills/your-hiring-game-is-a/ 301',
    );
    expect(lines.filter((line) => !/^\/career\/\S+ \/career\/\S+ 301$/.test(line))).toEqual([]);
  });

  it('is previewed as Netlify or Cloudflare Pages serve it: the alias a 301, every response with the security headers', async () => {
    const host = await serveStatic(build.outDir, { base, redirects: true });
    try {
      const response = await fetch(`${host.url}${base}skills/spikes/`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/career/skills/spike-solutions/');
      const page = await fetch(`${host.url}${base}skills/spike-solutions/`);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await host.close();
    }
  });

  it('lists pages under the base in the sitemap, leaving out the redirect, and robots.txt names it', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://org.example.io/career/skills/spike-solutions/</loc>');
    expect(sitemap).not.toContain('/skills/spikes/');
    expect(sitemap.match(/<loc>(?!https:\/\/org\.example\.io\/career\/)/g)).toBeNull();
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://org.example.io/career/sitemap-index.xml\n',
    );
  });

  it('never asked the server for anything outside the base', () => {
    expect(outsideBase).toEqual([]);
  });
});
