import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { comparisonPairs } from '../../src/lib/compare/compare.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { readContent } from '../helpers/read-content.ts';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ javaScriptEnabled: false });
  await page.goto(site.url + path);
  return page;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('asking "what changes from here to Senior?"', () => {
  it('reads what is new on the level page, then follows it to the full comparison', async () => {
    const page = await open('/levels/senior-software-engineers/');
    const whatsNew = page.getByRole('region', { name: /^What’s new at this level/ });
    const text = await whatsNew.innerText();
    expect(text).toContain(
      'Compared with Software Engineers, Senior Software Engineers adds 6 skill sets with 39 skills: Advanced Communication,',
    );
    expect(text).toContain(
      'Everything required at Software Engineers carries over: 8 skill sets with 65 skills, from All Engineers and Software Engineers.',
    );
    await whatsNew.getByRole('link', { name: 'See every skill that changes' }).click();
    expect(new URL(page.url()).pathname).toBe('/compare/software-engineers/senior-software-engineers/');
    await expect(h1(page)).resolves.toBe('From Software Engineers to Senior Software Engineers');
    await expect(page.locator('.lead').textContent()).resolves.toBe(
      'Senior Software Engineers requires 6 more skill sets (39 skills) than Software Engineers, and everything Software Engineers requires carries over.',
    );

    const added = page.getByRole('region', { name: /^Added at Senior Software Engineers: 6 skill sets, 39 skills/ });
    await expect(added.getByRole('heading', { level: 4 }).allTextContents()).resolves.toEqual(
      [
        'Advanced Communication',
        'Advanced Leadership',
        'Advanced Product',
        'Advanced Implementation',
        'Advanced Design',
        'Advanced Operations',
      ].map((t) => `${t}#`),
    );
    await expect(added.getByRole('link', { name: 'Intermediate facilitation' }).count()).resolves.toBe(1);

    const both = page.getByRole('region', { name: /^Required at both: 8 skill sets, 65 skills/ });
    await expect(both.innerText()).resolves.toContain(
      'Everything required at Software Engineers is also required at Senior Software Engineers',
    );
    await expect(both.getByRole('link', { name: 'Basic Leadership' }).count()).resolves.toBe(1);
    await expect(both.getByRole('link', { name: 'Intermediate facilitation' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('says what a lower level no longer requires, the other way round', async () => {
    const page = await open('/compare/software-engineers/senior-software-engineers/');
    await page
      .getByRole('link', { name: 'The other way round: From Senior Software Engineers to Software Engineers' })
      .click();
    await expect(h1(page)).resolves.toBe('From Senior Software Engineers to Software Engineers');
    const notRequired = page.getByRole('region', {
      name: /^Not required at Software Engineers: 6 skill sets, 39 skills/,
    });
    await expect(notRequired.getByRole('link', { name: 'Intermediate facilitation' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('compares the baseline with a management level', async () => {
    const page = await open('/levels/all-engineers/');
    await page
      .getByRole('navigation', { name: 'Compare All Engineers with another level' })
      .getByRole('link', { name: 'Manager of Engineering', exact: true })
      .click();
    await expect(h1(page)).resolves.toBe('From All Engineers to Manager of Engineering');
    await expect(
      page
        .getByRole('region', { name: /^Added at Manager of Engineering/ })
        .getByRole('heading', { level: 3 })
        .allTextContents(),
    ).resolves.toEqual([
      'Associate Manager of Engineering 4 skill sets, 28 skills#',
      'Manager of Engineering 4 skill sets, 24 skills#',
    ]);
    await page.close();
  });
});

describe('every comparison', () => {
  const ladder = buildLadderIndex(readContent('content'));

  it('has a page for each ordered pair of rungs, across tracks too, linked from the comparisons page', async () => {
    const paths = comparisonPairs(ladder).map(([from, to]) => `/compare/${from.id}/${to.id}/`);
    expect(paths).toHaveLength(72);
    expect(paths.filter((path) => !existsSync(join(inject('siteDir'), path, 'index.html')))).toEqual([]);
    const page = await open('/compare/');
    const linked = await page
      .locator('main a[href^="/compare/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(linked)).toEqual(new Set(paths));
    await page.close();
  });

  it('links each level page to the comparisons with every other rung, its own track first', async () => {
    const page = await open('/levels/manager/');
    const links = page
      .getByRole('navigation', { name: 'Compare Manager of Engineering with another level' })
      .getByRole('link');
    await expect(links.allTextContents()).resolves.toEqual([
      'Associate Manager of Engineering',
      'Senior Manager of Engineering',
      'All Engineers',
      'Software Engineers',
      'Senior Software Engineers',
      'Technical Leads',
      'Staff Engineers',
      'Principal Engineers',
    ]);
    await page.close();
  });

  it('prints without navigation, with each linked skill’s address', async () => {
    const page = await open('/compare/technical-leads/staff-engineers/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.compare-links').first().isVisible()).resolves.toBe(false);
    const after = await page
      .locator('main ol.entries a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(\/skills\/[a-z0-9-]+\/\)"$/);
    await page.close();
  });
});

describe('moving between tracks', () => {
  it('compares Senior Software Engineers with Manager of Engineering: what each requires, and what both do', async () => {
    const page = await open('/compare/senior-software-engineers/manager/');
    await expect(h1(page)).resolves.toBe('From Senior Software Engineers to Manager of Engineering');
    await expect(page.locator('.lead').textContent()).resolves.toContain('are on different tracks');
    const toOnly = page.getByRole('region', {
      name: /^Required at Manager of Engineering, not at Senior Software Engineers: 8 skill sets, 52 skills/,
    });
    await expect(toOnly.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([
      'Associate Manager of Engineering 4 skill sets, 28 skills#',
      'Manager of Engineering 4 skill sets, 24 skills#',
    ]);
    const fromOnly = page.getByRole('region', {
      name: /^Required at Senior Software Engineers, not at Manager of Engineering: 12 skill sets, 85 skills/,
    });
    await expect(fromOnly.getByRole('link', { name: 'Intermediate facilitation' }).count()).resolves.toBe(1);
    const both = page.getByRole('region', { name: /^Required at both: 2 skill sets, 19 skills/ });
    await expect(both.innerText()).resolves.toContain(
      'Both tracks build on the same ground: the skill sets of All Engineers.',
    );
    await page.close();
  });
});

describe('the comparison picker', () => {
  it('with JavaScript, goes straight to the chosen pair', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/compare/`);
    const picker = page.getByRole('region', { name: 'Pick two levels' });
    await picker.getByLabel('From', { exact: true }).selectOption('senior-software-engineers');
    await picker.getByLabel('To', { exact: true }).selectOption('manager');
    await Promise.all([
      page.waitForURL('**/compare/senior-software-engineers/manager/'),
      picker.getByRole('button', { name: 'Compare' }).click(),
    ]);
    await expect(h1(page)).resolves.toBe('From Senior Software Engineers to Manager of Engineering');
    await page.close();
  });

  it('with JavaScript, asks for two different levels instead of going nowhere', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/compare/`);
    const picker = page.getByRole('region', { name: 'Pick two levels' });
    await picker.getByLabel('From', { exact: true }).selectOption('manager');
    await picker.getByLabel('To', { exact: true }).selectOption('manager');
    await picker.getByRole('button', { name: 'Compare' }).click();
    await expect(picker.getByRole('status').textContent()).resolves.toBe('Pick two different levels to compare.');
    expect(new URL(page.url()).pathname).toBe('/compare/');
    await page.close();
  });

  it('without JavaScript, lands on the list of every pair, where the chosen pair is one link away', async () => {
    const page = await open('/compare/');
    const picker = page.getByRole('region', { name: 'Pick two levels' });
    await picker.getByLabel('From', { exact: true }).selectOption('senior-software-engineers');
    await picker.getByLabel('To', { exact: true }).selectOption('manager');
    await picker.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL('**/compare/?from=senior-software-engineers&to=manager#every-pair');
    await page
      .getByRole('navigation', { name: 'Compare Senior Software Engineers with another level' })
      .getByRole('link', { name: 'Manager of Engineering', exact: true })
      .click();
    await expect(h1(page)).resolves.toBe('From Senior Software Engineers to Manager of Engineering');
    await page.close();
  });
});
