import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

/** The page's address: the test build has no RUNGS_SITE, so links are made from where the site is served. */
const canonical = (page: Page) => page.evaluate(() => location.origin + location.pathname);

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function clipboardRich(page: Page): Promise<{ types: string[]; html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    return { types: [...item.types], html: await read('text/html'), text: await read('text/plain') };
  });
}

const status = (page: Page) => page.getByRole('group', { name: /^Cite this/ }).getByRole('status');

/** Waits until the live region says `text`: copying is asynchronous, and the message comes once it is done. */
const announced = (page: Page, text: string) => status(page).and(page.getByText(text)).waitFor();

describe('copying a citation of a skill', () => {
  let page: Page;
  let url: string;
  beforeAll(async () => {
    page = await open('/skills/intermediate-facilitation/');
    url = await canonical(page);
  });

  it('copies the link and says so in a live region', async () => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    await announced(page, 'Copied the link to Intermediate facilitation.');
    await expect(clipboardText(page)).resolves.toBe(url);
    expect(url).toBe(`${site.url}/skills/intermediate-facilitation/`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('copies a Markdown citation with the level and skill set', async () => {
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await announced(page, 'Copied a Markdown citation of Intermediate facilitation.');
    await expect(clipboardText(page)).resolves.toBe(
      `[Intermediate facilitation](${url}) — Senior Software Engineers · Advanced Leadership, ladder 2024 Prototype`,
    );
  });

  it('copies rich text that pastes as a link, with plain text beside it', async () => {
    await page.getByRole('button', { name: 'Copy rich text' }).click();
    await announced(page, 'Copied Intermediate facilitation as rich text: paste it as a link into a document or chat.');
    const rich = await clipboardRich(page);
    expect(rich.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(rich.html).toContain(
      `<a href="${url}">Intermediate facilitation</a> — Senior Software Engineers · Advanced Leadership, ladder 2024 Prototype`,
    );
    expect(rich.text).toBe(
      `Intermediate facilitation (${url}) — Senior Software Engineers · Advanced Leadership, ladder 2024 Prototype`,
    );
  });

  it('works from the keyboard', async () => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await announced(page, 'Copied the link to Intermediate facilitation.');
    await expect(clipboardText(page)).resolves.toBe(url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await announced(page, 'Copied a Markdown citation of Intermediate facilitation.');
    await expect(clipboardText(page)).resolves.toContain('[Intermediate facilitation]');
    await expect(status(page).getAttribute('role')).resolves.toBe('status');
  });
});

describe('copying citations of levels, skill sets and comparisons', () => {
  it.each([
    ['/levels/senior-software-engineers/', 'Senior Software Engineers', 'Engineering track, rung 2'],
    ['/levels/all-engineers/', 'All Engineers', 'Baseline for both tracks'],
    ['/skill-sets/advanced-leadership/', 'Advanced Leadership', 'Skill set of Senior Software Engineers'],
    [
      '/compare/software-engineers/senior-software-engineers/',
      'From Software Engineers to Senior Software Engineers',
      'Level comparison',
    ],
  ])('copies a Markdown citation of %s', async (path, title, context) => {
    const page = await open(path);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await announced(page, `Copied a Markdown citation of ${title}.`);
    await expect(clipboardText(page)).resolves.toBe(
      `[${title}](${await canonical(page)}) — ${context}, ladder 2024 Prototype`,
    );
    await page.close();
  });
});

describe('a skill page without JavaScript', () => {
  it('shows no copy or packet buttons, and is complete', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/skills/intermediate-facilitation/`);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Intermediate facilitation');
    await expect(page.locator('#see-also').getByRole('link').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('a pasted link unfurling', () => {
  it('finds the title, level, skill set and a one-line summary in the meta tags', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/skills/intermediate-facilitation/`);
    const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
    await expect(meta('property="og:title"')).resolves.toBe('Intermediate facilitation · Senior Software Engineers');
    await expect(meta('name="twitter:card"')).resolves.toBe('summary');
    await expect(meta('name="twitter:title"')).resolves.toBe('Intermediate facilitation · Senior Software Engineers');
    await expect(meta('name="twitter:description"')).resolves.toMatch(
      /^Intermediate facilitation, a skill in Advanced Leadership \(Senior Software Engineers\)\. You design and facilitate/,
    );
    await expect(meta('name="twitter:label1"')).resolves.toBe('Level');
    await expect(meta('name="twitter:data1"')).resolves.toBe('Senior Software Engineers');
    await expect(meta('name="twitter:label2"')).resolves.toBe('Skill set');
    await expect(meta('name="twitter:data2"')).resolves.toBe('Advanced Leadership');
    // Without a configured public address (RUNGS_SITE) a canonical or og:url could only be a guess, so there is none.
    await expect(page.locator('meta[property="og:url"]').count()).resolves.toBe(0);
    await expect(page.locator('link[rel="canonical"]').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('links to sections', () => {
  it('gives every section heading a link to itself, revealed on hover', async () => {
    const page = await open('/skills/intermediate-facilitation/');
    const headings = page.locator('main :is(h2, h3)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = await heading.getAttribute('id');
      await expect(
        heading.getByRole('link', { name: 'Link to this section' }).getAttribute('href'),
        `heading ${i}`,
      ).resolves.toBe(`#${id}`);
    }
    const buildsOn = page.getByRole('heading', { name: /^Builds on/ });
    const anchor = buildsOn.getByRole('link', { name: 'Link to this section' });
    await buildsOn.hover();
    await expect(anchor.evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('1');
    await anchor.click();
    expect(new URL(page.url()).hash).toBe('#builds-on');
    // The cited anchors of older links still land on the link sections.
    for (const id of ['see-also', 'excluded', 'referenced-by'])
      await expect(page.locator(`#${id}`).count(), id).resolves.toBe(1);
    await page.close();
  });

  it('gives a heading without an id one, as on a skill set page', async () => {
    const page = await open('/skill-sets/advanced-leadership/');
    await expect(page.getByRole('heading', { name: /^Skills/ }).getAttribute('id')).resolves.toBe('skills');
    await page.close();
  });
});

describe('printing a skill', () => {
  it('leaves out the site chrome and buttons, and shows the permanent link and link addresses', async () => {
    const page = await open('/skills/intermediate-facilitation/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.citation', '.packet-tool', '.pager']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.permalink').textContent()).resolves.toBe(`Permanent link: ${await canonical(page)}`);
    const after = await page
      .locator('#see-also')
      .getByRole('link', { name: 'Basic facilitation' })
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${site.url}/skills/basic-facilitation/)"`);
    await page.close();
  });
});
