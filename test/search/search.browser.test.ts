import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSite, contentFolder } from '../helpers/build-site.ts';
import { browseBuiltSite } from '../helpers/browsed-site.ts';
import { serveStatic } from '../helpers/serve-static.ts';

const site = browseBuiltSite();

async function open(path: string, base = site.url): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + path);
  return page;
}

const optionTitles = (page: Page) =>
  page.locator('#site-search-results [role="option"] .search-hit-title').allTextContents();

async function typeInHeader(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.locator('#site-search-results [role="option"]').first().waitFor();
}

/** Records the paths of the search index files the page (or a worker of its) requests. */
function indexRequests(page: Page): string[] {
  const paths: string[] = [];
  page.context().on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.split('/').includes('pagefind')) paths.push(path);
  });
  return paths;
}

const fragments = (paths: string[]) => paths.filter((path) => path.endsWith('.pf_fragment'));
const hitCount = (page: Page) => page.locator('#site-search-results a[role="option"]').count();
const otherLadderSkill = '/ladders/director-of-engineering/skills/your-hiring-game-is-a/';

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

  it('loads only the primary ladder’s index on a page of the primary ladder', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested = indexRequests(page);
    await page.goto(`${site.url}/skills/basic-sql/`);
    await typeInHeader(page, 'facilitation');
    await page.waitForLoadState('networkidle');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((path) => !path.startsWith('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('loads only that ladder’s index on another ladder’s page, finds its pages and leads to its search page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested = indexRequests(page);
    await page.goto(site.url + otherLadderSkill);
    await typeInHeader(page, 'hiring');
    await page.waitForLoadState('networkidle');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((path) => !path.startsWith('/ladders/director-of-engineering/pagefind/'))).toEqual([]);
    const hrefs = await page
      .locator('#site-search-results a[role="option"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/ladders\/director-of-engineering\//);
    await expect(
      page.locator('#site-search-results .search-all').evaluate((link) => new URL((link as HTMLAnchorElement).href)),
    ).resolves.toMatchObject({ pathname: '/ladders/director-of-engineering/search/', search: '?q=hiring' });
    await context.close();
  });

  it('fetches the fragments of the results shown only, and the next five when asked for more', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested = indexRequests(page);
    await page.goto(`${site.url}/about/`);
    await page.locator('#site-search-input').fill('team');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expect(hitCount(page)).resolves.toBe(5);
    expect(fragments(requested)).toHaveLength(5);

    // The next results are reached like a result: arrows, then Enter. Focus lands on the first of them.
    await page.locator('#site-search-input').press('ArrowUp');
    await expect(page.locator('#site-search-results .search-more').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#site-search-results .search-more').textContent()).resolves.toMatch(
      /^Show 5 more of \d+$/,
    );
    await page.locator('#site-search-input').press('Enter');
    await expect.poll(() => hitCount(page)).toBe(10);
    await expect(page.locator('#site-search-input').getAttribute('aria-activedescendant')).resolves.toBe(
      'site-search-results-5',
    );
    await page.waitForLoadState('networkidle');
    expect(fragments(requested)).toHaveLength(10);
    await context.close();
  });

  it('announces the number of results to screen readers', async () => {
    const page = await open('/');
    await typeInHeader(page, 'facilitation');
    await expect(page.locator('#site-search-status').textContent()).resolves.toMatch(
      /^\d+ results\. Use the arrow keys/,
    );
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

  it('shows ten results, fetching their fragments only, and ten more on request', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested = indexRequests(page);
    await page.goto(`${site.url}/search/?q=team`);
    await page.locator('#search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-results li').count()).resolves.toBe(10);
    expect(fragments(requested)).toHaveLength(10);
    await expect(page.locator('#search-summary').textContent()).resolves.toMatch(
      /^\d+ results for “team”, the first 10 shown\.$/,
    );
    await page.locator('[data-search-more]').click();
    await expect.poll(() => page.locator('#search-results li').count()).toBe(20);
    await expect(
      page.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10],
      ),
    ).resolves.toBe(true);
    await page.waitForLoadState('networkidle');
    expect(fragments(requested)).toHaveLength(20);
    await context.close();
  });

  it('applies a filter, keeps it in the URL and shows only matching results', async () => {
    const page = await open('/search/?q=facilitation');
    await page.locator('#search-results li').first().waitFor();
    await page.selectOption('select[name="level"]', 'Manager of Engineering');
    await page.waitForURL(/level=Manager\+of\+Engineering/);
    await expect
      .poll(() => page.locator('#search-results .search-hit-title').allTextContents())
      .not.toContain('Basic facilitation');
    const places = await page.locator('#search-results .search-hit-place').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('Manager of Engineering');
    await page.close();
  });
});

describe('the search page’s filters', () => {
  const optionText = (page: Page, select: string, label: string) =>
    page.locator(`select[name="${select}"] option`).filter({ hasText: label }).textContent();
  const countOf = async (page: Page, select: string, label: string) =>
    Number(/\((\d+)\)$/.exec((await optionText(page, select, label)) ?? '')?.[1]);
  const resultCount = async (page: Page) =>
    Number(/^(\d+) results?/.exec((await page.locator('#search-summary').textContent()) ?? '')?.[1] ?? 0);

  it('count, for each option, the results it would give for the current query', async () => {
    const page = await open('/search/?q=facilitation');
    // Counts arrive with the results.
    await page.locator('#search-results li').first().waitFor();
    await expect.poll(() => optionText(page, 'track', 'Management')).toMatch(/^Management \(\d+\)$/);
    const management = await countOf(page, 'track', 'Management');
    const engineering = await countOf(page, 'track', 'Engineering');
    expect(management).toBeGreaterThan(0);
    expect(engineering).toBeGreaterThan(management);

    // Choosing an option gives as many results as it said, and the other options of that filter keep their counts.
    await page.selectOption('select[name="track"]', 'Management');
    await expect.poll(() => resultCount(page)).toBe(management);
    await expect.poll(() => countOf(page, 'track', 'Engineering')).toBe(engineering);

    // Another query, other counts.
    await page.selectOption('select[name="track"]', '');
    await page.fill('#search-query', 'incident');
    await expect.poll(async () => (await countOf(page, 'track', 'Engineering')) !== engineering).toBe(true);
    // The new counts are the new query's: choosing a kind gives as many results as its option said. (Other ladders'
    // skill sets are searched here too, so "incident" finds some of theirs.)
    const skillSets = await countOf(page, 'kind', 'Skill set');
    const value = await page
      .locator('select[name="kind"] option')
      .filter({ hasText: 'Skill set' })
      .getAttribute('value');
    await page.selectOption('select[name="kind"]', value!);
    await expect.poll(() => resultCount(page)).toBe(skillSets);
    await page.close();
  });

  it('filter a reference ladder whose title has a colon', async () => {
    const page = await open('/search/?q=mentoring');
    await page.locator('#search-results li').first().waitFor();
    const label = 'Senior engineer: cross-team expectations';
    await expect.poll(() => countOf(page, 'ladder', label)).toBeGreaterThan(0);
    const expected = await countOf(page, 'ladder', label);
    const value = await page.locator('select[name="ladder"] option').filter({ hasText: label }).getAttribute('value');
    await page.locator('select[name="ladder"]').selectOption(value!);
    await expect.poll(() => resultCount(page)).toBe(expected);
    await page.close();
  });

  it('on another ladder’s search page, list that ladder’s levels and skill sets, and search its index only', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requested = indexRequests(page);
    await page.goto(`${site.url}/ladders/director-of-engineering/search/?q=hiring`);
    await page.locator('#search-results li').first().waitFor();
    const labels = (name: string) =>
      page
        .locator(`select[name="${name}"] option[data-label]`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).dataset.label));
    await expect(labels('level')).resolves.toEqual(['Director of engineering']);
    const skillSets = await labels('skillSet');
    expect(skillSets).toContain('You build a healthy org that will outlive you.');
    expect(skillSets).not.toContain('Basic Leadership');
    await expect(page.locator('select[name="ladder"]').count()).resolves.toBe(0);
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) expect(href).toMatch(/^\/ladders\/director-of-engineering\//);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => !path.startsWith('/ladders/director-of-engineering/pagefind/'))).toEqual([]);
    // Every ladder is one link away, with the same words.
    await expect(
      page.locator('[data-search-every-ladder]').evaluate((link) => new URL((link as HTMLAnchorElement).href)),
    ).resolves.toMatchObject({ pathname: '/search/', search: '?q=hiring' });
    await context.close();
  });

  it('on the primary ladder’s search page, list its own levels and every ladder', async () => {
    const page = await open('/search/?q=hiring');
    await page.locator('#search-results li').first().waitFor();
    const values = (name: string) =>
      page
        .locator(`select[name="${name}"] option[data-label]`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).dataset.label));
    await expect(values('level')).resolves.toContain('Manager of Engineering');
    await expect(values('level')).resolves.not.toContain('Director of engineering');
    await expect(values('ladder')).resolves.toContain('Director of engineering expectations');
    await page.close();
  });

  it('fold behind one button on a phone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/search/?q=facilitation`);
    await page.locator('#search-results li').first().waitFor();
    await expect(page.locator('select[name="track"]').isVisible()).resolves.toBe(false);
    await page.locator('summary').filter({ hasText: 'Filters' }).click();
    await expect(page.locator('select[name="track"]').isVisible()).resolves.toBe(true);
    await page.selectOption('select[name="track"]', 'Management');
    await expect.poll(() => page.locator('.search-filter-panel > summary').textContent()).toBe('Filters (1 in use)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('show excerpts of the page’s own words, never its furniture', async () => {
    const page = await open('/search/?q=similar');
    await page
      .locator('#search-summary')
      .filter({ hasText: /results? for|No results/ })
      .waitFor();
    const excerpts = await page.locator('#search-results .search-hit-excerpt').allTextContents();
    for (const excerpt of excerpts) expect(excerpt).not.toContain('Similar in other ladders');
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
