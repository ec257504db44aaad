import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { inlineCode } from '../../src/lib/hosting/content-security-policy.ts';
import { browseBuiltSite, serveBuiltSite } from '../helpers/browsed-site.ts';
import { allPageKinds, pageKinds } from '../helpers/page-kinds.ts';

const siteDir = inject('siteDir');
// Served with dist/_headers applied as real HTTP headers, as Netlify or Cloudflare Pages would: the browser then
// enforces the header's policy and each page's <meta> policy together.
const site = browseBuiltSite();
const urls = { siteDir: site, matrixSiteDir: serveBuiltSite('matrixSiteDir') };

describe('Content-Security-Policy', () => {
  it('is on every page, without unsafe-inline or unsafe-eval for scripts', () => {
    for (const { path, site: built } of allPageKinds) {
      const file =
        path === pageKinds['not found'] ? '404.html' : join(new URL(path, 'https://x.invalid').pathname, 'index.html');
      const html = readFileSync(join(inject(built), file), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, path).toBeDefined();
      const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('is also written as a header file for static hosts, which no page needs a hash to pass', () => {
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'\n/,
    );
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    for (const file of pages) expect(inlineCode(readFileSync(join(siteDir, file), 'utf8')), file).toEqual([]);
  });

  it('is sent as an HTTP header with every page', async () => {
    for (const { path, site: built } of allPageKinds) {
      const response = await fetch(urls[built].url + path);
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
    }
  });

  it.each(allPageKinds)('the $kind page, searched from the header, violates nothing', async ({ path, site: built }) => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(urls[built].url + path, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('feedback');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
