import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSite, contentFolder } from './helpers/build-site.ts';
import { browseBuiltSite } from './helpers/browsed-site.ts';
import { serveStatic } from './helpers/serve-static.ts';

const site = browseBuiltSite();

async function open(path: string, base = site.url): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + path);
  return page;
}

const optionTitles = (page: Page) => page.locator('#site-search-results [role="option"] .search-hit-title').allTextContents();

async function typeInHeader(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.locator('#site-search-results [role="option"]').first().waitFor();
}

describe('search from the header of every page', () => {
  it('fetches nothing from the search index until the reader reaches for search', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/skills/basic-sql/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await typeInHeader(page, 'sql');
    expect(requests.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('lists Basic and Intermediate facilitation first for "facilitation", then skills about facilitating', async () => {
    const page = await open('/about/');
    await typeInHeader(page, 'facilitation');
    const titles = await optionTitles(page);
    expect(titles.slice(0, 2)).toEqual(['Basic facilitation', 'Intermediate facilitation']);
    expect(titles).toContain('Chartering');
    await page.close();
  });

  it.each(['facilitate', 'facilitates'])('stems "%s" to the same skills', async (query) => {
    const page = await open('/');
    await typeInHeader(page, query);
    expect((await optionTitles(page)).slice(0, 2)).toEqual(['Basic facilitation', 'Intermediate facilitation']);
    await page.close();
  });

  it('ranks a skill whose title matches above one that merely mentions it', async () => {
    const page = await open('/');
    await typeInHeader(page, 'risk management');
    expect((await optionTitles(page))[0]).toBe('Risk management');
    await page.close();
  });

  it('is driven by the keyboard: "/" focuses, arrows choose, Enter opens, Escape closes', async () => {
    const page = await open('/levels/manager/');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await page.keyboard.type('facilitation');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    const input = page.locator('#site-search-input');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(input.getAttribute('aria-activedescendant')).resolves.toBe('site-search-results-1');
    await expect(page.locator('#site-search-results-1').getAttribute('aria-selected')).resolves.toBe('true');
    await Promise.all([page.waitForURL('**/skills/intermediate-facilitation/'), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('announces the number of results to screen readers', async () => {
    const page = await open('/');
    await typeInHeader(page, 'facilitation');
    await expect(page.locator('#site-search-status').textContent()).resolves.toMatch(/^\d+ results\. Use the arrow keys/);
    await page.close();
  });
});

describe('the /search/ page', () => {
  it('loads linkable results from ?q=', async () => {
    const page = await open('/search/?q=facilitation');
    await page.locator('#search-results li').first().waitFor();
    const titles = await page.locator('#search-results .search-hit-title').allTextContents();
    expect(titles.slice(0, 2)).toEqual(['Basic facilitation', 'Intermediate facilitation']);
    await expect(page.locator('#search-summary').textContent()).resolves.toMatch(/results for “facilitation”/);
    await page.close();
  });

  it('applies a filter, keeps it in the URL and shows only matching results', async () => {
    const page = await open('/search/?q=facilitation');
    await page.locator('#search-results li').first().waitFor();
    await page.selectOption('select[name="level"]', 'Manager of Engineering');
    await page.waitForURL(/level=Manager\+of\+Engineering/);
    await expect.poll(() => page.locator('#search-results .search-hit-title').allTextContents()).not.toContain('Basic facilitation');
    const places = await page.locator('#search-results .search-hit-place').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('Manager of Engineering');
    await page.close();
  });
});

describe('search results show page text as text', () => {
  it('displays a skill title that contains HTML as text and runs none of it', async () => {
    const build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/search-markup'));
    expect(build.ok, build.output).toBe(true);
    const markupSite = await serveStatic(build.outDir);
    const page = await open('/', markupSite.url);
    await typeInHeader(page, 'markup');
    const title = await page.locator('#site-search-results .search-hit-title').first().textContent();
    expect(title).toBe('<img src=x onerror="window.injected=true"> Markup facilitation');
    await expect(page.locator('#site-search-results img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { injected?: boolean }).injected)).resolves.toBeUndefined();
    await page.close();
    await markupSite.close();
  }, 120_000);
});
