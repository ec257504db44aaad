import { describe, expect, it } from 'vitest';
import { browseFixtureSite } from '../helpers/browsed-site.ts';
import { buildSite, contentFolder } from '../helpers/build-site.ts';

// A skill about markup names the tags it is about, in its title and (escaped, as the build's own message advises) in
// its body. The pages repeat the title inside attributes (<meta content="…">): that is text, not inline code.

describe('a skill whose title and body name HTML tags', () => {
  const site = browseFixtureSite(() =>
    buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/markup-as-text')),
  );

  it('builds without the inline-code check crying wolf', () => {
    expect(site.build.output).not.toContain('Content-Security-Policy:');
    expect(site.build.output).toMatch(/\d+ pages, every internal link and fragment resolves\./);
  });

  it('shows the tags as text, with no script run and no policy violated', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.url}/skills/using-script-tags-safely/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Using <script> tags safely');
    await expect(page.title()).resolves.toMatch(/^Using <script> tags safely/);
    const body = await page.locator('main p').allTextContents();
    expect(body).toContain(
      "You know when a page needs a <script> element and when it doesn't, and you keep code out of the page's HTML.",
    );
    expect(body.join(' ')).toContain('You never paste a <style> block or an onclick="…" handler into a template');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lists the skill by its title on its skill set’s page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/skill-sets/basic-implementation/`);
    await expect(
      page.getByRole('link', { name: 'Using <script> tags safely' }).first().getAttribute('href'),
    ).resolves.toBe('/skills/using-script-tags-safely/');
    await page.close();
  });
});
