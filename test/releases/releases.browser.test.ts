import { describe, expect, it } from 'vitest';
import { packetStorageKey } from '../../src/lib/packet/packet-state.ts';
import { browseFixtureSite } from '../helpers/browsed-site.ts';
import { buildSite } from '../helpers/build-site.ts';

// The fixture ladder with three releases (First edition, 2023 revision, 2024 edition) and unreleased edits.
describe('releases in the browser', () => {
  const site = browseFixtureSite(() => buildSite('test/fixtures/releases'));

  it('opens a frozen permalink: the release text, marked as past, with a link to the current page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/releases/2023-first/skills/basic-facilitation/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Basic facilitation');
    const notice = page.getByRole('complementary', { name: 'Past release' });
    await expect(notice.textContent()).resolves.toMatch(
      /this is the text of First edition\s+\(1 Mar 2023\), kept as it was/,
    );
    await expect(page.locator('.skill-description').textContent()).resolves.toContain(
      'You facilitate discussions within your team.',
    );
    // A frozen text has no "Last updated" or "Edit this page": it is kept as it was, and a release is never edited.
    await expect(page.locator('.content-source').count()).resolves.toBe(0);
    await notice.getByRole('link', { name: 'See the current page' }).click();
    await page.waitForURL(`${site.url}/skills/basic-facilitation/`);
    await expect(page.locator('.skill-description').textContent()).resolves.toContain(
      'You facilitate discussions and retrospectives within your team.',
    );
    await page.close();
  });

  it("opens a removed skill's URL: its last released text, marked removed in the release that removed it", async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/skills/method-and-variable-refactoring/`);
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('complementary', { name: 'Removed skill' });
    await expect(notice.textContent()).resolves.toMatch(
      /Removed in 2023 revision: this skill is no longer in the ladder/,
    );
    await expect(page.locator('.skill-description').textContent()).resolves.toContain(
      'You improve the names and shapes of methods',
    );
    await page.close();
  });

  it('shows the history of a reworded skill, with its diff', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/skills/basic-facilitation/`);
    const history = page.locator('section[aria-labelledby="history"]');
    await expect(history.locator('h3').allTextContents()).resolves.toEqual(['2023 revision · 1 Sep 2023#']);
    await expect(history.locator('ins').textContent()).resolves.toContain('and retrospectives');
    // Each release that holds the skill offers its frozen page, a link a packet can cite for good.
    const frozen = history.locator('p').filter({ hasText: 'As released' }).getByRole('link');
    await expect(frozen.allTextContents()).resolves.toEqual(['2024 edition', '2023 revision', 'First edition']);
    await frozen.last().click();
    await page.waitForURL(`${site.url}/releases/2023-first/skills/basic-facilitation/`);
    await page.close();
  });

  it('opens a packet made against an older release and shows which of its skills changed since, with the diff', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/about/`);
    const stored = {
      version: 2,
      release: '2023-first',
      items: [
        { id: 'basic-facilitation', note: 'Ran our retros.' },
        { id: 'spike-solutions', note: '' },
        { id: 'active-participation', note: '' },
      ],
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [packetStorageKey, JSON.stringify(stored)]);
    await page.goto(`${site.url}/packet/`);
    const section = page.getByRole('region', { name: 'Changed since your packet was made' });
    await section.waitFor();
    await expect(section.locator('p').textContent()).resolves.toBe(
      'Your packet was made against First edition; the ladder is now 2024 edition. 3 of its skills changed since. See the change log.',
    );
    const changed = await section.locator('li > strong').allTextContents();
    expect(changed).toEqual(['Basic facilitation', 'Spike experiments', 'Active participation']);
    await expect(section.textContent()).resolves.toContain(
      'You facilitate discussions {+and retrospectives +}within your team.',
    );
    // The packet keeps the release it was made against until it is emptied.
    const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), packetStorageKey);
    expect(kept.release).toBe('2023-first');
    await page.close();
  });
});
