import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();
let context: BrowserContext;
// Each test starts with a browser of its own: an empty localStorage, as a first-time reader has.
beforeEach(async () => {
  await context?.close();
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

const packetStatus = (page: Page) => page.locator('[data-packet-status]');
const announced = (page: Page, text: string) => packetStatus(page).and(page.getByText(text)).waitFor();
const itemTitles = (page: Page) => page.locator('.packet-item-title a').allTextContents();
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('rungs:packet') ?? 'null'));
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
// Without RUNGS_SITE the export's URLs are paths: a skill's address is where the test server serves it.
const skillUrl = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      fetch('/ladder.json')
        .then((r) => r.json())
        .then((l) => new URL(l.skills.find((s: { id: string }) => s.id === id).url, location.href).href),
    id,
  );

/** Waits until the packet builder has loaded the ladder's skills and shows the packet. */
const loaded = (page: Page) => page.locator('[data-packet-editor]').waitFor({ state: 'visible' });

async function openPacket(path = '/packet/'): Promise<Page> {
  const page = await open(path);
  await loaded(page);
  return page;
}

describe('building a packet', () => {
  it('adds, notes, reorders, survives a reload and exports', async () => {
    // From a skill's page.
    const skillPage = await open('/skills/risk-management/');
    await skillPage.getByRole('button', { name: 'Add to packet' }).click();
    await skillPage
      .locator('[data-packet-status]')
      .and(skillPage.getByText('Added Risk management to your packet.'))
      .waitFor();
    await expect(skillPage.getByRole('button', { name: 'Remove from packet' }).count()).resolves.toBe(1);
    await expect(skillPage.getByRole('link', { name: 'Open your packet (1 skill)' }).count()).resolves.toBe(1);
    await skillPage.getByRole('link', { name: /^Open your packet/ }).click();
    await skillPage.waitForURL(/\/packet\//);
    await loaded(skillPage);
    const page = skillPage;
    await expect(itemTitles(page)).resolves.toEqual(['Risk management']);

    // Search as you type: Enter adds the best match, a click adds another.
    const search = page.getByLabel('Find a skill by name, level or skill set');
    await search.fill('facilitation');
    const results = page.getByRole('list', { name: 'Matching skills' }).getByRole('button');
    await expect(results.nth(0).textContent()).resolves.toMatch(/^Basic facilitation/);
    await expect(results.nth(1).textContent()).resolves.toMatch(/^Intermediate facilitation/);
    await search.press('Enter');
    await announced(page, 'Added Basic facilitation. Your packet has 2 skills.');
    // The box clears after adding, ready for the next skill.
    await expect(search.inputValue()).resolves.toBe('');
    await expect(results.count()).resolves.toBe(0);
    await search.fill('facilitation');
    await results.filter({ hasText: 'Intermediate facilitation' }).click();
    await announced(page, 'Added Intermediate facilitation. Your packet has 3 skills.');
    await expect(itemTitles(page)).resolves.toEqual([
      'Risk management',
      'Basic facilitation',
      'Intermediate facilitation',
    ]);

    // Evidence under a skill, and the order changed from the keyboard.
    await page
      .getByLabel('Evidence for Basic facilitation')
      .fill('Ran our retrospectives since March.\n\nWrote the team’s working agreement.');
    await page.getByRole('button', { name: 'Move up: Intermediate facilitation' }).focus();
    await page.keyboard.press('Enter');
    await announced(page, 'Moved Intermediate facilitation to position 2 of 3.');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      'Move up: Intermediate facilitation',
    );
    await page.keyboard.press('Enter');
    await announced(page, 'Moved Intermediate facilitation to position 1 of 3.');
    // At the top, Move up is unavailable, so focus goes to Move down rather than being lost.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      'Move down: Intermediate facilitation',
    );
    await expect(itemTitles(page)).resolves.toEqual([
      'Intermediate facilitation',
      'Risk management',
      'Basic facilitation',
    ]);
    expect(new URL(page.url()).search).toBe('?skills=intermediate-facilitation,risk-management,basic-facilitation');

    // All of it is still there after a reload.
    await page.reload();
    await loaded(page);
    await expect(itemTitles(page)).resolves.toEqual([
      'Intermediate facilitation',
      'Risk management',
      'Basic facilitation',
    ]);
    await expect(page.getByLabel('Evidence for Basic facilitation').inputValue()).resolves.toBe(
      'Ran our retrospectives since March.\n\nWrote the team’s working agreement.',
    );

    // Exports.
    const [intermediate, risk, basic] = await Promise.all(
      ['intermediate-facilitation', 'risk-management', 'basic-facilitation'].map((id) => skillUrl(page, id)),
    );
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await announced(page, 'Copied your packet of 3 skills as Markdown.');
    await expect(clipboardText(page)).resolves.toBe(
      [
        `1. [Intermediate facilitation](${intermediate}) — Senior Software Engineers · Advanced Leadership`,
        '',
        `2. [Risk management](${risk}) — Senior Software Engineers · Advanced Leadership`,
        '',
        `3. [Basic facilitation](${basic}) — Software Engineers · Basic Leadership`,
        '',
        '   Ran our retrospectives since March.',
        '',
        '   Wrote the team’s working agreement.',
        '',
      ].join('\n'),
    );

    await page.getByRole('button', { name: 'Copy rich text' }).click();
    await announced(page, 'Copied your packet of 3 skills as rich text.');
    const rich = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(rich.html).toContain(
      `<li><p><a href="${basic}">Basic facilitation</a> — Software Engineers · Basic Leadership</p><p>Ran our retrospectives since March.</p>`,
    );
    expect(rich.text).toContain(
      `3. Basic facilitation (${basic}) — Software Engineers · Basic Leadership\n   Ran our retrospectives since March.`,
    );

    await page.getByRole('button', { name: 'Copy share link' }).click();
    await announced(page, 'Copied a link to the skills of your packet (your notes stay in this browser).');
    const shared = await clipboardText(page);
    expect(shared).toBe(
      `${new URL('/packet/', intermediate).href}?skills=intermediate-facilitation,risk-management,basic-facilitation`,
    );
    expect(shared).not.toContain('retrospectives');

    // Printing shows the packet as a document: citations, addresses and notes, without the editor.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.packet-editor').isVisible()).resolves.toBe(false);
    const printed = page.locator('[data-packet-print]');
    await expect(printed.isVisible()).resolves.toBe(true);
    await expect(printed.locator('li').allTextContents()).resolves.toEqual([
      `Intermediate facilitation — Senior Software Engineers · Advanced Leadership${intermediate}`,
      `Risk management — Senior Software Engineers · Advanced Leadership${risk}`,
      `Basic facilitation — Software Engineers · Basic Leadership${basic}Ran our retrospectives since March.Wrote the team’s working agreement.`,
    ]);
    await page.close();
  });

  it('shows each skill’s first sentence beside its evidence box, and the whole text on demand', async () => {
    const page = await openPacket('/packet/?skills=basic-facilitation,active-participation');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Basic facilitation' }) });
    await expect(card.locator('.packet-item-summary').textContent()).resolves.toBe(
      "You facilitate well-defined, low-stakes sessions involving people you're comfortable with.",
    );
    const [words, evidence] = await Promise.all([
      card.locator('.packet-item-words').boundingBox(),
      card.getByLabel('Evidence for Basic facilitation').boundingBox(),
    ]);
    expect(words!.x + words!.width).toBeLessThanOrEqual(evidence!.x);
    expect(Math.abs(words!.y - evidence!.y)).toBeLessThan(40);

    const fullText = card.getByText('Full text');
    await expect(card.getByText('the agenda is followed').isVisible()).resolves.toBe(false);
    await fullText.click();
    // The full text comes from the skill's page, so it appears once fetched.
    await card.getByText(/the agenda is followed \(or deliberately modified\)/).waitFor({ state: 'visible' });
    // Reordering redraws the cards; what the reader opened stays open.
    await page.getByRole('button', { name: 'Move down: Basic facilitation' }).click();
    await expect.poll(() => itemTitles(page)).toEqual(['Active participation', 'Basic facilitation']);
    await card.getByText(/the agenda is followed/).waitFor({ state: 'visible' });
    await page.close();
  });

  it('removes a skill, keeping the focus in the list', async () => {
    const page = await openPacket('/packet/?skills=spike-solutions,basic-facilitation');
    await page.getByRole('button', { name: 'Remove: Spike solutions' }).click();
    await announced(page, 'Removed Spike solutions. Your packet has 1 skill.');
    await expect(itemTitles(page)).resolves.toEqual(['Basic facilitation']);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      'Remove: Basic facilitation',
    );
    await page.close();
  });

  it('asks before clearing the packet', async () => {
    const page = await openPacket('/packet/?skills=spike-solutions,basic-facilitation');
    await expect(itemTitles(page)).resolves.toEqual(['Spike solutions', 'Basic facilitation']);
    await page.getByRole('button', { name: 'Clear packet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear your packet?' });
    await expect(dialog.textContent()).resolves.toContain(
      'This removes the 2 skills in your packet and your notes on them.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(itemTitles(page)).resolves.toEqual(['Spike solutions', 'Basic facilitation']);

    await page.getByRole('button', { name: 'Clear packet…' }).click();
    await dialog.getByRole('button', { name: 'Clear packet' }).click();
    await announced(page, 'Cleared your packet.');
    await expect(itemTitles(page)).resolves.toEqual([]);
    await expect(page.getByText('Your packet is empty.').isVisible()).resolves.toBe(true);
    await expect(stored(page)).resolves.toEqual({ version: 2, items: [] });
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('two tabs', () => {
  it('shows a skill added in another tab without losing the note being written', async () => {
    const packet = await openPacket('/packet/?skills=risk-management');
    const note = packet.getByLabel('Evidence for Risk management');
    await note.fill('Half-written');
    const skill = await open('/skills/spike-solutions/');
    await skill.getByRole('button', { name: 'Add to packet' }).click();
    await packet.locator('.packet-item-title a', { hasText: 'Spike solutions' }).waitFor();
    await expect(itemTitles(packet)).resolves.toEqual(['Risk management', 'Spike solutions']);
    await expect(note.inputValue()).resolves.toBe('Half-written');
    await expect(packet.evaluate(() => document.activeElement?.id)).resolves.toBe('note-risk-management');
    await skill.close();
    await packet.close();
  });
});

describe('a saved packet that is not what it should be', () => {
  it('reports corrupted storage, resets it and still works', async () => {
    const page = await open('/about/');
    await page.evaluate(() => localStorage.setItem('rungs:packet', '{"version": 1, "items": [oops'));
    await page.goto(`${site.url}/packet/`);
    await loaded(page);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      "Your saved packet couldn't be read (it is not valid JSON), so it was reset.",
    );
    await expect(page.getByLabel('Find a skill by name, level or skill set').isVisible()).resolves.toBe(true);
    await expect(stored(page)).resolves.toEqual({ version: 2, items: [] });
    await page.close();
  });

  it('follows renamed skills and lists removed ones with their notes', async () => {
    const page = await open('/about/');
    await page.evaluate(() =>
      localStorage.setItem(
        'rungs:packet',
        JSON.stringify({
          version: 1,
          items: [
            { id: 'retired-skill', note: 'Led the 2023 migration.' },
            { id: 'risk-management', note: '' },
          ],
        }),
      ),
    );
    await page.goto(`${site.url}/packet/`);
    await loaded(page);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain(
      'A skill in your saved packet is no longer in the ladder, so it was removed.',
    );
    await expect(alert.textContent()).resolves.toContain('retired-skill');
    await expect(alert.textContent()).resolves.toContain('Led the 2023 migration.');
    await expect(itemTitles(page)).resolves.toEqual(['Risk management']);
    await page.close();
  });
});

describe('opening a shared packet link', () => {
  it('fills an empty packet with the shared skills', async () => {
    const page = await openPacket('/packet/?skills=basic-facilitation,no-such-skill,spike-solutions');
    await expect(itemTitles(page)).resolves.toEqual(['Basic facilitation', 'Spike solutions']);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'This link names a skill that is not in the ladder: no-such-skill.',
    );
    expect(new URL(page.url()).search).toBe('?skills=basic-facilitation,spike-solutions');
    await page.close();
  });

  it('asks before changing a packet the reader already has', async () => {
    const page = await openPacket('/packet/?skills=risk-management');
    await page.getByLabel('Evidence for Risk management').fill('Kept the risk register.');
    await page.goto(`${site.url}/packet/?skills=basic-facilitation,spike-solutions`);
    await loaded(page);
    const shared = page.getByRole('region', { name: 'A shared packet' });
    await expect(shared.textContent()).resolves.toContain(
      'This link shares a packet of 2 skills: Basic facilitation, Spike solutions.',
    );
    await shared.getByRole('button', { name: 'Add them to my packet' }).click();
    await expect(itemTitles(page)).resolves.toEqual(['Risk management', 'Basic facilitation', 'Spike solutions']);
    await expect(page.getByLabel('Evidence for Risk management').inputValue()).resolves.toBe('Kept the risk register.');
    await expect(shared.isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('the packet builder without JavaScript', () => {
  it('explains what it needs and points to the skills', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/packet/`);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'The packet builder needs JavaScript, which is off in this browser.',
    );
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
    await page.close();
  });
});
