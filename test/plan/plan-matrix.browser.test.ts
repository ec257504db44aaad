import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

// A plan on another ladder, and a matrix one: the matrix fixture (test/fixtures/matrix-ladder), as the global setup
// built it. Its cells are skills with a competency, so the plan groups them by competency, under its title.
const site = browseBuiltSite('matrixSiteDir');
let context: BrowserContext;
let requests: string[];

beforeEach(async () => {
  context = await site.browser.newContext();
  requests = [];
  context.on('request', (request) => requests.push(request.url()));
});
afterEach(async () => {
  await context.close();
});

const planShown = (page: Page) => page.locator('[data-plan-body]').waitFor({ state: 'visible' });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('rungs:plans'));
const groupHeadings = (page: Page) =>
  page.locator('[data-plan-groups] .plan-group h3 > span:first-child').allTextContents();

describe('a growth plan on a matrix ladder', () => {
  it('groups what the target requires by competency, with its title, and keeps evidence across a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/ladders/acme/plan/?from=engineer-ii&to=senior-engineer`);
    await planShown(page);
    await expect(page.locator('[data-plan-title]').textContent()).resolves.toBe('Engineer II to Senior engineer');
    // In the competencies' order, each under its title (not its id), with its cell at the target level.
    await expect(groupHeadings(page)).resolves.toEqual([
      'Tooling',
      'Testing',
      'Code review',
      'Communication',
      'Mentoring',
    ]);
    const tooling = page.locator('[data-plan-groups] .plan-group[data-group="tooling"]');
    await expect(tooling.locator('.plan-skill h4 a').allTextContents()).resolves.toEqual([
      'Tooling at Senior engineer',
    ]);
    await expect(tooling.locator('.plan-group-count').textContent()).resolves.toBe('0 of 1 skill with evidence');

    const title = 'Tooling at Senior engineer';
    await page.getByRole('textbox', { name: `Evidence for ${title}` }).fill('Retired the old build script.');
    await expect.poll(() => stored(page)).toContain('Retired the old build script.');
    const saved = JSON.parse((await stored(page))!).plans[0];
    expect([saved.ladder, saved.from, saved.to]).toEqual(['acme', 'engineer-ii', 'senior-engineer']);
    expect(saved.skills['tooling-at-senior-engineer'].text).toContain('Picks tools for the team');

    await page.reload();
    await planShown(page);
    await expect(page.getByRole('textbox', { name: `Evidence for ${title}` }).inputValue()).resolves.toBe(
      'Retired the old build script.',
    );
    await expect(tooling.locator('.plan-group-count').textContent()).resolves.toBe('1 of 1 skill with evidence');
    // The ladder's own files only: its level's skills and texts.
    const planFiles = new Set(requests.map((url) => new URL(url).pathname).filter((path) => path.includes('/plan-')));
    expect([...planFiles].sort()).toEqual([
      '/ladders/acme/plan-skills/senior-engineer.json',
      '/ladders/acme/plan-texts/senior-engineer.json',
    ]);
    expect([...new Set(requests.map((url) => new URL(url).origin))]).toEqual([new URL(site.url).origin]);
  });
});
