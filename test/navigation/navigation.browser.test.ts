import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

async function open(
  path: string,
  options: { viewport?: typeof phone; javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const page = await site.browser.newPage({
    viewport: options.viewport ?? desktop,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.goto(site.url + path);
  return page;
}

const ladderNav = (page: Page) => page.getByRole('navigation', { name: 'Ladder' });

describe('the ladder navigation', () => {
  it('shows a skill’s branch open in the sidebar, the skill marked as the current page, other levels folded', async () => {
    const page = await open('/skills/basic-test-driven-development/', { javaScriptEnabled: false });
    const nav = ladderNav(page);
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(nav.locator('[aria-current="page"]').allTextContents()).resolves.toEqual([
      'Basic test-driven development',
    ]);
    await expect(nav.getByRole('link', { name: 'Sociable unit tests' }).isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'Basic Implementation' }).isVisible()).resolves.toBe(true);
    // Senior Software Engineers is folded: its skill sets are in the page but not shown.
    await expect(nav.getByRole('link', { name: 'Advanced Implementation' }).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('unfolds a level by keyboard and reaches its skill sets', async () => {
    const page = await open('/about/');
    const toggle = ladderNav(page).getByText('Skill sets of Senior Software Engineers');
    await toggle.evaluate((element) => (element.closest('summary') as HTMLElement).focus());
    await expect(page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).resolves.toBe('solid');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Advanced Communication');
    await Promise.all([page.waitForURL('**/skill-sets/advanced-communication/'), page.keyboard.press('Enter')]);
    await expect(ladderNav(page).locator('[aria-current="page"]').textContent()).resolves.toBe(
      'Advanced Communication',
    );
    await page.close();
  });

  it('on a phone, folds behind a menu button that opens it, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open('/skills/basic-test-driven-development/', { viewport: phone, javaScriptEnabled });
      const menu = page.locator('summary.menu-button');
      await expect(menu.isVisible()).resolves.toBe(true);
      await expect(ladderNav(page).isVisible()).resolves.toBe(false);
      await menu.click();
      await expect(ladderNav(page).isVisible()).resolves.toBe(true);
      await expect(ladderNav(page).locator('[aria-current="page"]').isVisible()).resolves.toBe(true);
      await Promise.all([
        page.waitForURL('**/levels/manager/'),
        ladderNav(page).getByRole('link', { name: 'Manager of Engineering', exact: true }).click(),
      ]);
      await page.close();
    }
  });

  it('keeps the header compact on a phone, so a skill’s title starts within the first 240 px', async () => {
    const page = await open('/skills/basic-test-driven-development/', { viewport: phone });
    const top = await page.getByRole('heading', { level: 1 }).evaluate((h1) => h1.getBoundingClientRect().top);
    expect(top).toBeLessThanOrEqual(240);
    await expect(
      page.locator('.site-name').evaluate((name) => name.getBoundingClientRect().height),
    ).resolves.toBeLessThan(32);
    await page.close();
  });

  it('lists a page’s sections under "On this page", beside the text on a wide screen', async () => {
    const page = await open('/levels/senior-software-engineers/', { viewport: { width: 1440, height: 900 } });
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.getByRole('link').first().textContent()).resolves.toBe('What’s new at this level');
    await expect(contents.getByRole('link', { name: 'Advanced Design' }).getAttribute('href')).resolves.toBe(
      '#skill-set-advanced-design',
    );
    const [text, column] = await Promise.all([page.locator('.page-content').boundingBox(), contents.boundingBox()]);
    expect(column!.x).toBeGreaterThan(text!.x + text!.width);
    await page.close();
  });
});

describe('the theme switch', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('is remembered across a reload and applied before the page is painted', async () => {
    const context = await site.browser.newContext({ viewport: desktop, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/skills/basic-sql/`);
    await expect(background(page)).resolves.toBe('rgb(255, 255, 255)');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(background(page)).resolves.toBe('rgb(17, 20, 24)');
    // Stop at the first paint: no module script has run yet, so only the blocking theme script can have set it.
    await page.goto(`${site.url}/levels/manager/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body !== null);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.reload();
    await expect(background(page)).resolves.toBe('rgb(17, 20, 24)');
    await expect(page.getByLabel('Theme').inputValue()).resolves.toBe('dark');
    await page.getByLabel('Theme').selectOption('auto');
    await page.reload();
    await expect(background(page)).resolves.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('chooses Light over a dark system setting', async () => {
    const context = await site.browser.newContext({ viewport: desktop, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await expect(background(page)).resolves.toBe('rgb(17, 20, 24)');
    await page.getByLabel('Theme').selectOption('light');
    await page.reload();
    await expect(background(page)).resolves.toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('the packet count in the header', () => {
  it('counts the skills in the packet, in this tab and in another', async () => {
    const context = await site.browser.newContext({ viewport: desktop });
    const [skill, other] = [await context.newPage(), await context.newPage()];
    await skill.goto(`${site.url}/skills/basic-sql/`);
    await other.goto(`${site.url}/about/`);
    // The header link's accessible name carries the count; the count is hidden while the packet is empty.
    const packetLinks = (page: Page, name: string) =>
      page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true }).count();
    await expect(packetLinks(other, 'Packet')).resolves.toBe(1);
    await skill.getByRole('button', { name: 'Add to packet' }).click();
    await expect.poll(() => packetLinks(skill, 'Packet 1 skill')).toBe(1);
    await expect.poll(() => packetLinks(other, 'Packet 1 skill')).toBe(1);
    await context.close();
  });
});
