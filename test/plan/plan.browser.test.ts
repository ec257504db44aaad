import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

const site = browseBuiltSite();
let context: BrowserContext;
/** Every request the browser made during a test, so a test can prove none left the site. */
let requests: string[];

// Each test starts with a browser of its own: an empty localStorage, as a first-time reader has.
beforeEach(async () => {
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  requests = [];
  context.on('request', (request) => requests.push(request.url()));
});
afterEach(async () => {
  await context.close();
});

const from = 'software-engineers';
const to = 'senior-software-engineers';

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

/** Waits until the script shows a plan. */
const planShown = (page: Page) => page.locator('[data-plan-body]').waitFor({ state: 'visible' });
const announced = (page: Page, text: string | RegExp) =>
  page.locator('[data-plan-status]').and(page.getByText(text)).waitFor();
const firstSkillTitle = (page: Page) => page.locator('.plan-skill h4 a').first().textContent() as Promise<string>;
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('rungs:plans'));
const origins = () => [...new Set(requests.map((url) => new URL(url).origin))];

async function startFromLevelPage(): Promise<Page> {
  const page = await open(`/levels/${from}/`);
  await page.getByLabel('Plan my growth from here to').selectOption(to);
  await page.getByRole('button', { name: 'Start a plan' }).click();
  await page.waitForURL(/\/plan\/\?/);
  await planShown(page);
  return page;
}

async function exportJson(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('a growth plan', () => {
  it('starts from a level page, keeps evidence across a reload, and goes out and back in as a JSON file', async () => {
    const page = await startFromLevelPage();
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    expect(new URL(page.url()).searchParams.get('to')).toBe(to);
    await expect(page.locator('[data-plan-title]').textContent()).resolves.toBe(
      'Software Engineers to Senior Software Engineers',
    );
    const title = await firstSkillTitle(page);
    // A new plan fetches its level's skills, and nothing else of the ladder (see page-weight.test.ts), and stores
    // nothing until the reader writes in it; then it fetches the texts it keeps.
    const planFiles = () => requests.filter((url) => url.includes('/plan-')).map((url) => new URL(url).pathname);
    expect(planFiles()).toEqual(['/plan-skills/senior-software-engineers.json']);
    await expect(stored(page)).resolves.toBeNull();

    // Evidence: the free text box, where the reader stands, and a dated link.
    await page.getByRole('textbox', { name: `Evidence for ${title}` }).fill('Led the schema migration in March.');
    await page.getByLabel(`Where you stand on ${title}`).selectOption('growing');
    await page.getByLabel(`Date of a new entry for ${title}`).fill('2026-03-14');
    await page.getByLabel(`Link or note for ${title}`).fill('https://example.org/design-doc');
    await page.getByRole('button', { name: `Add the dated evidence for ${title}` }).click();
    await announced(page, `Added evidence of 2026-03-14 to ${title}.`);
    expect(planFiles()).toEqual([
      '/plan-skills/senior-software-engineers.json',
      '/plan-texts/senior-software-engineers.json',
    ]);
    const card = page.locator('.plan-skill').first();
    await expect(card.locator('.plan-standing').textContent()).resolves.toBe('growing');

    await page.reload();
    await planShown(page);
    await expect(page.getByRole('textbox', { name: `Evidence for ${title}` }).inputValue()).resolves.toBe(
      'Led the schema migration in March.',
    );
    await expect(page.getByLabel(`Where you stand on ${title}`).inputValue()).resolves.toBe('growing');
    await expect(card.getByRole('link', { name: 'https://example.org/design-doc' }).count()).resolves.toBe(1);
    // The group's count says how many of its skills have evidence, in words, never a percentage.
    await expect(page.locator('.plan-group-count').first().textContent()).resolves.toMatch(
      /^1 of \d+ skills with evidence$/,
    );

    // Export, clear the browser's storage, import: the same plan.
    const exported = await exportJson(page);
    const before = await stored(page);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${site.url}/plan/`);
    await expect(page.locator('[data-plan-body]').isVisible()).resolves.toBe(false);
    await page.getByLabel('Import a plan').setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await planShown(page);
    await expect(stored(page)).resolves.toBe(before);
    await expect(page.getByRole('textbox', { name: `Evidence for ${title}` }).inputValue()).resolves.toBe(
      'Led the schema migration in March.',
    );

    // "What's left" hides the skill with evidence.
    await page.getByLabel('Show only what’s left (skills without evidence)').check();
    await expect(page.getByRole('textbox', { name: `Evidence for ${title}` }).count()).resolves.toBe(0);

    expect(origins()).toEqual([new URL(site.url).origin]);
  });

  it('says what is wrong with a file that is not a plan, and keeps the plans it has', async () => {
    const page = await startFromLevelPage();
    await page.getByRole('textbox', { name: `Evidence for ${await firstSkillTitle(page)}` }).fill('Mine.');
    await expect.poll(() => stored(page)).toContain('Mine.');
    const before = await stored(page);
    await page.getByLabel('Import a plan').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "rungs-plan", "version": 9}'),
    });
    await page.locator('[data-plan-problems]').getByText('“notes.json” can’t be imported as a plan:').waitFor();
    // Read against the plan's schema in the reading worker, with its messages.
    await expect(page.locator('[data-plan-problems] li').first().textContent()).resolves.toBe(
      'This plan was made by a newer Rungs (version 9); this site reads version 1.',
    );
    await page.getByLabel('Import a plan').setInputFiles({
      name: 'bad-evidence.json',
      mimeType: 'application/json',
      buffer: readFileSync('test/fixtures/plan-files/bad-evidence.json'),
    });
    await page.locator('[data-plan-problems]').getByText('“bad-evidence.json” can’t be imported as a plan:').waitFor();
    await expect(page.locator('[data-plan-problems] li').allTextContents()).resolves.toContain(
      'skills.simple-design.evidence[2].date: must be a date written YYYY-MM-DD',
    );
    await expect(stored(page)).resolves.toBe(before);
  });

  it('reports a saved plan it can’t read, and keeps it through later saves', async () => {
    const page = await open('/about/');
    const broken = { format: 'rungs-plan', name: 'Broken by hand' };
    await page.evaluate(
      (plans) => localStorage.setItem('rungs:plans', JSON.stringify({ format: 'rungs-plans', version: 1, plans })),
      [broken],
    );
    await page.goto(`${site.url}/plan/?from=${from}&to=${to}`);
    await planShown(page);
    await expect(page.locator('[data-plan-problems]').textContent()).resolves.toContain(
      'Saved plan “Broken by hand” couldn’t be read',
    );
    await page.getByRole('textbox', { name: `Evidence for ${await firstSkillTitle(page)}` }).fill('Saved beside it.');
    await expect.poll(() => stored(page)).toContain('Saved beside it.');
    const saved = JSON.parse((await stored(page))!);
    expect(saved.plans).toHaveLength(2);
    expect(saved.plans).toContainEqual(broken);
  });

  it('shares the plan after the # only, opens it read-only elsewhere, and saves a copy there', async () => {
    const page = await startFromLevelPage();
    const title = await firstSkillTitle(page);
    await page.getByRole('textbox', { name: `Evidence for ${title}` }).fill('Ran the incident review.');
    await page.getByRole('button', { name: 'Copy share link with notes' }).click();
    await announced(page, /^Copied a link to this plan with your notes/);
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.origin).toBe(new URL(site.url).origin);
    expect(link.pathname).toBe('/plan/');
    expect(link.search).toBe('');
    expect(link.hash).toMatch(/^#plan=/);
    expect(link.href).not.toContain('incident');

    // Another reader: an empty browser.
    const other = await site.browser.newContext();
    other.on('request', (request) => requests.push(request.url()));
    const theirs = await other.newPage();
    await theirs.goto(link.href);
    await planShown(theirs);
    await theirs.getByRole('heading', { name: 'A shared plan, read-only' }).waitFor();
    await expect(theirs.getByRole('textbox', { name: `Evidence for ${title}` }).count()).resolves.toBe(0);
    await expect(theirs.getByText('Ran the incident review.').count()).resolves.toBe(1);
    await expect(theirs.evaluate(() => localStorage.getItem('rungs:plans'))).resolves.toBeNull();
    await theirs.getByRole('button', { name: 'Save a copy' }).click();
    await expect(theirs.getByRole('textbox', { name: `Evidence for ${title}` }).inputValue()).resolves.toBe(
      'Ran the incident review.',
    );
    const saved = JSON.parse((await theirs.evaluate(() => localStorage.getItem('rungs:plans')))!);
    expect(JSON.stringify(saved)).toContain('Ran the incident review.');
    await other.close();

    // Without notes, the link carries none.
    await page.getByRole('button', { name: 'Copy share link without notes' }).click();
    await announced(page, /without your notes/);
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    const reader = await context.newPage();
    await reader.goto(plain);
    await planShown(reader);
    await expect(reader.getByText('Ran the incident review.').count()).resolves.toBe(0);

    expect(origins()).toEqual([new URL(site.url).origin]);
  });

  it('shows two plans side by side, skill by skill where they differ', async () => {
    const page = await startFromLevelPage();
    const title = await firstSkillTitle(page);
    const theirs = await exportJson(page);
    await page.getByRole('textbox', { name: `Evidence for ${title}` }).fill('My own account of it.');
    await page.getByLabel(`Where you stand on ${title}`).selectOption('evidence-recorded');
    await page.getByLabel('Open a plan beside yours (file)').setInputFiles({
      name: 'manager.json',
      mimeType: 'application/json',
      buffer: Buffer.from(theirs),
    });
    const beside = page.locator('[data-plan-beside]');
    await beside.waitFor({ state: 'visible' });
    const row = beside.getByRole('row').filter({ hasText: title });
    await expect(row.count()).resolves.toBeGreaterThan(0);
    await expect(row.first().textContent()).resolves.toContain('My own account of it.');
    await expect(row.first().textContent()).resolves.toContain('evidence recorded');
    await expect(row.first().textContent()).resolves.toContain('not yet');
    expect(origins()).toEqual([new URL(site.url).origin]);
  });

  it('brings a plan made against an older ladder up to date, and says what changed', async () => {
    const page = await startFromLevelPage();
    const [reworded, dropped] = await page.locator('.plan-skill h4 a').allTextContents();
    const plan = JSON.parse(await exportJson(page));
    const ids = Object.keys(plan.skills);
    // As if made against an earlier release: one skill worded otherwise, one the ladder has since removed (with its
    // notes), and one it has since added (so the old plan lacks it).
    plan.release = '2023-draft';
    plan.skills[ids[0]].text = `${plan.skills[ids[0]].text} Formerly also this sentence.`;
    plan.skills['a-retired-skill'] = {
      title: 'A retired skill',
      text: 'Gone now.',
      standing: 'growing',
      notes: 'Kept these notes.',
      evidence: [],
    };
    delete plan.skills[ids[1]];
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${site.url}/plan/`);
    await page.getByLabel('Import a plan').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    });
    const changes = page.locator('[data-plan-changes]');
    await changes.waitFor({ state: 'visible' });
    await expect(changes.getByRole('heading', { name: 'Reworded' }).count()).resolves.toBe(1);
    await expect(changes.locator('del').first().textContent()).resolves.toContain('Formerly');
    await expect(changes.getByText(reworded).count()).resolves.toBeGreaterThan(0);
    await expect(changes.getByRole('heading', { name: 'No longer in the ladder' }).count()).resolves.toBe(1);
    await expect(changes.getByRole('heading', { name: 'New' }).count()).resolves.toBe(1);
    await expect(changes.getByText(dropped).count()).resolves.toBeGreaterThan(0);
    // The removed skill's notes are kept under the plan.
    await expect(page.locator('[data-plan-groups]').getByText('Kept these notes.').count()).resolves.toBe(1);
    expect(origins()).toEqual([new URL(site.url).origin]);
  });

  it('keeps several named plans: switch, rename, delete after asking', async () => {
    const page = await startFromLevelPage();
    await page.getByRole('textbox', { name: `Evidence for ${await firstSkillTitle(page)}` }).fill('First.');
    await expect.poll(() => stored(page)).toContain('First.');
    await page.goto(`${site.url}/plan/?from=senior-software-engineers&to=staff-engineers`);
    await planShown(page);
    const choice = page.getByLabel('Plan', { exact: true });
    await expect(choice.locator('option').allTextContents()).resolves.toEqual([
      'Software Engineers to Senior Software Engineers',
      'Senior Software Engineers to Staff Engineers',
    ]);
    await page.getByLabel('Name', { exact: true }).fill('Next year');
    await page.getByRole('button', { name: 'Rename' }).click();
    await announced(page, 'Renamed the plan “Next year”.');
    await choice.selectOption({ label: 'Software Engineers to Senior Software Engineers' });
    await page.locator('[data-plan-title]', { hasText: /^Software Engineers to Senior Software Engineers$/ }).waitFor();
    expect(new URL(page.url()).search).toBe(`?from=${from}&to=${to}`);
    // The same pair opens the saved plan, not a new one.
    await page.goto(`${site.url}/plan/?from=senior-software-engineers&to=staff-engineers`);
    await planShown(page);
    await expect(page.locator('[data-plan-title]').textContent()).resolves.toBe('Next year');

    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(choice.locator('option').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete the plan' }).click();
    await announced(page, 'Deleted the plan “Next year”.');
    await expect(choice.locator('option').allTextContents()).resolves.toEqual([
      'Software Engineers to Senior Software Engineers',
    ]);
  });

  it('turns the skills with evidence into a packet, notes carried over', async () => {
    const page = await startFromLevelPage();
    const title = await firstSkillTitle(page);
    await page.getByRole('textbox', { name: `Evidence for ${title}` }).fill('Shipped it twice.');
    await page.getByRole('button', { name: 'Make a packet' }).click();
    await page.waitForURL(/\/packet\//);
    await page.locator('[data-packet-editor]').waitFor({ state: 'visible' });
    await expect(page.locator('.packet-item-title a').allTextContents()).resolves.toEqual([title]);
    await expect(page.getByRole('textbox', { name: `Evidence for ${title}` }).inputValue()).resolves.toContain(
      'Shipped it twice.',
    );
  });

  it('is offered from a comparison, and prints as a worksheet with an empty evidence column', async () => {
    const comparison = await open(`/compare/${from}/${to}/`);
    await comparison.getByRole('link', { name: 'Plan my growth from here to Senior Software Engineers' }).click();
    await planShown(comparison);
    expect(new URL(comparison.url()).search).toBe(`?from=${from}&to=${to}`);
    const title = await firstSkillTitle(comparison);
    await comparison.getByRole('textbox', { name: `Evidence for ${title}` }).fill('Not on paper.');

    await comparison.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await comparison.emulateMedia({ media: 'print' });
    await expect(comparison.locator('[data-plan]').isVisible()).resolves.toBe(false);
    const sheet = comparison.locator('[data-plan-worksheet] table').first();
    await expect(sheet.locator('th').allTextContents()).resolves.toEqual([
      'Skill',
      'What it asks',
      'Where I stand',
      'Evidence',
    ]);
    const row = sheet.locator('tbody tr').first();
    await expect(row.locator('td').first().textContent()).resolves.toBe(title);
    await expect(row.locator('td').last().textContent()).resolves.toBe('');
    await expect(comparison.locator('[data-plan-worksheet]').getByText('Not on paper.').count()).resolves.toBe(0);
  });

  it('labels every control of a skill with its title, and is usable from the keyboard', async () => {
    const page = await startFromLevelPage();
    const cards = page.locator('.plan-skill');
    for (const card of (await cards.all()).slice(0, 3)) {
      const title = (await card.locator('h4 a').textContent())!;
      const names = await card.evaluate((li) =>
        [...li.querySelectorAll('input, select, textarea, button, summary')].map((control) => {
          const labels = (control as HTMLInputElement).labels;
          return (
            control.getAttribute('aria-label') ??
            (labels && labels.length > 0 ? [...labels].map((l) => l.textContent).join(' ') : control.textContent)
          );
        }),
      );
      expect(names.length).toBeGreaterThanOrEqual(5);
      for (const name of names) expect(name).toContain(title);
    }

    // Tab from the pickers reaches the first skill's evidence box.
    const title = await firstSkillTitle(page);
    await page.getByRole('button', { name: 'Open the plan' }).focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (name) => (document.activeElement as HTMLTextAreaElement).labels?.[0]?.textContent === name,
        `Evidence for ${title}`,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.type('Typed from the keyboard.');
    await expect.poll(() => stored(page)).toContain('Typed from the keyboard.');
  });

  it.each(['light', 'dark'] as const)(
    'has no serious accessibility violations with a plan open (%s)',
    async (colorScheme) => {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}/plan/?from=${from}&to=${to}`);
      await planShown(page);
      const title = await firstSkillTitle(page);
      await page.getByRole('textbox', { name: `Evidence for ${title}` }).fill('Some evidence.');
      await page.getByLabel(`Where you stand on ${title}`).selectOption('evidence-recorded');
      // axe comes in as an inline script, which the site's CSP rightly refuses: a second page bypasses it.
      const audit = await site.browser.newPage({ colorScheme, bypassCSP: true });
      await audit.goto(page.url());
      await audit.locator('[data-plan-body]').waitFor({ state: 'visible' });
      await audit.addScriptTag({ content: axeSource });
      const serious = await audit.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Document,
                options: object,
              ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const { violations } = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      await audit.close();
      expect(serious).toEqual([]);
    },
  );

  it('says plainly that it needs JavaScript, and still offers the pickers and the comparisons', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.url}/plan/?from=${from}&to=${to}`);
    // Playwright's text queries skip <noscript>, whose content a browser without JavaScript shows.
    await expect(page.locator('noscript .callout').textContent()).resolves.toMatch(
      /^The growth plan needs JavaScript, which is off in this browser\./,
    );
    await expect(page.locator('noscript .callout a').getAttribute('href')).resolves.toBe('/compare/');
    await expect(page.getByLabel('Where you are').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Open the plan' }).count()).resolves.toBe(1);
    await noScript.close();
  });
});
