import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
  const page = await site.browser.newPage({ javaScriptEnabled });
  await page.goto(site.url + path);
  return page;
}

const sectionLinks = (page: Page, name: string) => page.getByRole('region', { name }).locator('li a').allTextContents();
const otherLadders = [
  'Director of engineering expectations',
  'Organisation-wide engineering skills matrix',
  'Senior engineer: cross-team expectations',
  'Staff-plus responsibilities',
];

describe('other ladders', () => {
  it('are listed under Other ladders, linked from the header', async () => {
    const page = await open('/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Other ladders' }).click();
    await expect(page.locator('main .entries a').allTextContents()).resolves.toEqual(otherLadders);
    await page.close();
  });

  it('have the primary ladder’s kinds of pages: a home with their levels, the level with every skill set and skill, and the reading list', async () => {
    const home = await open('/ladders/director-of-engineering/');
    await expect(home.locator('h1').textContent()).resolves.toBe('Director of engineering expectations');
    await expect(home.getByRole('region', { name: 'Reading list' }).locator('li a').count()).resolves.toBe(3);
    await home.locator('.ladder-picture').getByRole('link', { name: 'Director of engineering', exact: true }).click();
    expect(new URL(home.url()).pathname).toBe('/ladders/director-of-engineering/levels/director-of-engineering/');
    await expect(home.locator('main h2[id^="skill-set-"]').count()).resolves.toBe(6);
    await expect(home.locator('main .rubric > li').count()).resolves.toBe(30);
    await home.close();
  });

  it('show their own tree in the navigation, with a way back to the primary ladder', async () => {
    const page = await open('/ladders/director-of-engineering/skills/your-hiring-game-is-a/');
    const nav = page.getByRole('navigation', { name: 'Ladder' });
    await expect(
      nav.getByRole('link', { name: 'Director of engineering expectations' }).getAttribute('href'),
    ).resolves.toBe('/ladders/director-of-engineering/');
    await expect(nav.locator('[aria-current="page"]').textContent()).resolves.toBe('Your hiring game is A+');
    await expect(nav.getByRole('link', { name: 'Software Engineers' }).count()).resolves.toBe(0);
    await nav.getByRole('link', { name: 'Engineering Career Skills (2024 Prototype)' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('link each skill to the most similar skills of the primary ladder, and those skills back', async () => {
    const item = await open('/ladders/director-of-engineering/skills/your-hiring-game-is-a/');
    await expect(sectionLinks(item, 'Similar in other ladders')).resolves.toContain('Hiring manager');
    await item.close();
    const skill = await open('/skills/hiring-manager/');
    await expect(sectionLinks(skill, 'Similar in other ladders')).resolves.toContain('Your hiring game is A+');
    await skill
      .getByRole('region', { name: 'Similar in other ladders' })
      .getByRole('link', { name: 'Your hiring game is A+' })
      .click();
    expect(new URL(skill.url()).pathname).toBe('/ladders/director-of-engineering/skills/your-hiring-game-is-a/');
    await skill.close();
  });

  it('leave a placeholder "to be written", without a similar section', async () => {
    const page = await open('/ladders/director-of-engineering/skills/to-be-written-4-5/');
    await expect(page.getByRole('region', { name: 'Similar in other ladders' }).count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain('To be written');
    await page.close();
  });

  it('keep their items’ former URLs, which now lead to the skill pages', async () => {
    const page = await open('/ladders/director-of-engineering/your-hiring-game-is-a/#similar-in-other-ladders', true);
    await page.waitForURL('**/ladders/director-of-engineering/skills/your-hiring-game-is-a/#similar-in-other-ladders');
    await expect(page.locator('h1').textContent()).resolves.toBe('Your hiring game is A+');
    await page.close();
  });

  it('are found by search below the primary ladder’s own skills, and can be filtered by ladder', async () => {
    const page = await open('/search/?q=facilitation', true);
    await page.locator('#search-results li').first().waitFor();
    const places = await page.locator('#search-results .search-hit-place').allTextContents();
    const firstOther = places.findIndex((place) => otherLadders.some((title) => place.includes(title)));
    expect(firstOther).toBeGreaterThan(1);
    expect(places.slice(0, 2).every((place) => place.startsWith('Skill ·'))).toBe(true);
    expect(places.some((place) => place.includes('Organisation-wide engineering skills matrix'))).toBe(true);
    await page.selectOption('select[name="ladder"]', 'Organisation-wide engineering skills matrix');
    await expect
      .poll(async () =>
        (await page.locator('#search-results .search-hit-place').allTextContents()).every((place) =>
          place.includes('Organisation-wide engineering skills matrix'),
        ),
      )
      .toBe(true);
    await expect(page.locator('#search-results .search-hit-title').allTextContents()).resolves.toContain(
      'Facilitation',
    );
    await page.close();
  });
});
