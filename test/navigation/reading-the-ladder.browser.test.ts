import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await site.browser.newPage({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: false,
  });
  await page.goto(site.url + path);
  return page;
}

describe('a reader browsing the ladder without JavaScript', () => {
  it('goes from the ladder to a level, a skill and one of its Related links, shown once when two-way', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'Software Engineers', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Software Engineers');
    await page.getByRole('link', { name: 'Basic test-driven development' }).click();
    expect(new URL(page.url()).pathname).toBe('/skills/basic-test-driven-development/');
    const related = page.getByRole('region', { name: 'Related' });
    await related.getByRole('link', { name: 'Sociable unit tests' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sociable unit tests');
    const back = page
      .getByRole('region', { name: 'Related' })
      .getByRole('listitem')
      .filter({ hasText: 'Basic test-driven development' });
    await expect(back.textContent()).resolves.toContain('Two-way: it lists this skill as related');
    await expect(
      page
        .getByRole('region', { name: 'Referenced by' })
        .getByRole('link', { name: 'Basic test-driven development' })
        .count(),
    ).resolves.toBe(0);
    await expect(
      page.getByRole('region', { name: 'Referenced by' }).getByRole('heading', { level: 3 }).allTextContents(),
    ).resolves.toEqual(['Related from#']);
    await page.close();
  });

  it('sees a name that is not yet in the ladder as marked plain text, not a link', async () => {
    const page = await open('/skills/vertical-slices/');
    const seeAlso = page.getByRole('region', { name: 'Related' });
    await expect(seeAlso.getByText('Incremental design').count()).resolves.toBe(1);
    await expect(seeAlso.getByRole('link', { name: 'Incremental design' }).count()).resolves.toBe(0);
    await expect(seeAlso.textContent()).resolves.toContain('not yet in the ladder');
    await page.close();
  });

  it.each([
    ['light', 360],
    ['dark', 360],
    ['dark', 1280],
  ] as const)('reads every page kind in %s mode at %ipx without sideways scrolling', async (colorScheme, width) => {
    for (const path of [
      '/',
      '/levels/senior-software-engineers/',
      '/skill-sets/basic-implementation/',
      '/skills/basic-test-driven-development/',
      '/skills/',
      '/about/',
    ]) {
      const page = await open(path, { width, colorScheme });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
