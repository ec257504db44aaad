import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from './helpers/browsed-site.ts';

const site = browseBuiltSite();

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
  const page = await site.browser.newPage({ javaScriptEnabled });
  await page.goto(site.url + path);
  return page;
}

const sectionLinks = (page: Page, name: string) => page.getByRole('region', { name }).locator('li a').allTextContents();

describe('reference ladders', () => {
  it('are listed under Other ladders, linked from the header', async () => {
    const page = await open('/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Other ladders' }).click();
    const titles = await page.locator('main .entries a').allTextContents();
    expect(titles).toEqual(['Director of engineering expectations', 'Organisation-wide engineering skills matrix', 'Senior engineer: cross-team expectations', 'Staff-plus responsibilities']);
    await page.close();
  });

  it('show every area and item of their document, placeholders as "to be written", and the reading list', async () => {
    const page = await open('/ladders/director-of-engineering/');
    await expect(page.locator('main h2[id]').count()).resolves.toBe(6 + 1);
    await expect(page.locator('main section .entries li').count()).resolves.toBe(30);
    await expect(page.locator('main .entries li', { hasText: 'To be written (4.5)' }).textContent()).resolves.toContain('to be written');
    await expect(page.getByRole('region', { name: 'Reading list' }).locator('li a').count()).resolves.toBe(3);
    await page.close();
  });

  it('link each item to the most similar skills of the main ladder, and those skills back', async () => {
    const item = await open('/ladders/director-of-engineering/your-hiring-game-is-a/');
    await expect(sectionLinks(item, 'Similar in other ladders')).resolves.toContain('Hiring manager');
    await item.close();
    const skill = await open('/skills/hiring-manager/');
    await expect(sectionLinks(skill, 'Similar in other ladders')).resolves.toContain('Your hiring game is A+');
    await skill.close();
  });

  it('leave an item with nothing similar enough without the section', async () => {
    const page = await open('/ladders/director-of-engineering/to-be-written-4-5/');
    await expect(page.getByRole('region', { name: 'Similar in other ladders' }).count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('To be written');
    await page.close();
  });

  it('are found by search below the main ladder’s own skills, and can be filtered by ladder', async () => {
    const page = await open('/search/?q=facilitation', true);
    await page.locator('#search-results li').first().waitFor();
    const places = await page.locator('#search-results .search-hit-place').allTextContents();
    const firstReference = places.findIndex((place) => place.startsWith('Reference'));
    expect(firstReference).toBeGreaterThan(1);
    expect(places.slice(0, 2).every((place) => place.startsWith('Skill ·'))).toBe(true);
    expect(places.some((place) => place.includes('Organisation-wide engineering skills matrix'))).toBe(true);
    await page.selectOption('select[name="ladder"]', 'Organisation-wide engineering skills matrix');
    await expect.poll(async () => (await page.locator('#search-results .search-hit-place').allTextContents()).every((place) => place.includes('Organisation-wide engineering skills matrix'))).toBe(true);
    await expect(page.locator('#search-results .search-hit-title').allTextContents()).resolves.toContain('Facilitation');
    await page.close();
  });
});
