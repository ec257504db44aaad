import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../helpers/browsed-site.ts';

// A competency page of the matrix fixture (test/fixtures/matrix-ladder), as the global setup built it.
const site = browseBuiltSite('matrixSiteDir');
const tooling = '/ladders/acme/competencies/tooling/';
const levels = ['Engineer I', 'Engineer II', 'Senior engineer', 'Staff engineer'];

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await site.browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.goto(site.url + path);
  return page;
}

describe('a competency page', () => {
  it('heads the row with the competency, then each level in order with its expectation', async () => {
    const page = await open(tooling);
    await expect(page.locator('h1').textContent()).resolves.toBe('Tooling');
    await expect(page.locator('main .competency-cell > h2 > a:first-child').allTextContents()).resolves.toEqual(levels);
    const cell = page.getByRole('region', { name: 'Engineer II' });
    await expect(cell.textContent()).resolves.toContain(
      'Automates a repeated chore with a script the rest of the team can run.',
    );
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).textContent()).resolves.toMatch(
      /Acme engineering matrix.*Competencies.*Tooling/,
    );
    await page.close();
  });

  it("reaches each cell's level page and skill page, and the skill page leads back to the row", async () => {
    const page = await open(tooling);
    await page
      .getByRole('region', { name: 'Senior engineer' })
      .getByRole('link', { name: 'Senior engineer', exact: true })
      .click();
    expect(new URL(page.url()).pathname).toBe('/ladders/acme/levels/senior-engineer/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Senior engineer');
    await page.goBack();
    await page.getByRole('link', { name: 'Tooling at Senior engineer' }).click();
    expect(new URL(page.url()).pathname).toBe('/ladders/acme/skills/tooling-at-senior-engineer/');
    const growth = page.getByRole('region', { name: 'How Tooling grows' });
    await expect(growth.getByRole('link').allTextContents()).resolves.toEqual([
      '#',
      'Tooling at Engineer II',
      'Tooling at Staff engineer',
      'Tooling, level by level',
    ]);
    await growth.getByRole('link', { name: 'Tooling, level by level' }).click();
    expect(new URL(page.url()).pathname).toBe(tooling);
    await page.close();
  });

  it('takes keyboard focus through the row in reading order, each stop with a visible focus ring', async () => {
    const page = await open(tooling);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#main', { timeout: 5_000 });
    const stops: { text: string; outline: string }[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return element.closest('main')
          ? { text: (element.textContent ?? '').trim(), outline: getComputedStyle(element).outlineStyle }
          : undefined;
      });
      if (!stop) break;
      stops.push(stop);
    }
    const cellStops = stops
      .map((stop) => stop.text)
      .filter((text) => levels.includes(text) || text.startsWith('Tooling at '));
    // The contents list names the levels first; then each level's heading is followed by its cell's skill.
    expect(cellStops.slice(-8)).toEqual(levels.flatMap((level) => [level, `Tooling at ${level}`]));
    expect(stops.map((stop) => stop.text)).toContain('Next competency Testing');
    expect(stops.filter((stop) => stop.outline !== 'solid')).toEqual([]);
    await page.close();
  });

  it('never scrolls sideways on a 390 px phone, and the matrix stacks by competency there', async () => {
    for (const path of [tooling, '/ladders/acme/competencies/', '/ladders/acme/']) {
      const page = await open(path, { width: 390, colorScheme: 'dark' });
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
        path,
      ).resolves.toBe(0);
      await page.close();
    }
    const index = await open('/ladders/acme/competencies/', { width: 390 });
    // Each cell says its level when the columns' headings are out of sight.
    await expect(index.locator('.competency-matrix td .matrix-level').first().isVisible()).resolves.toBe(true);
    await index.close();
  });

  it('has no serious or critical accessibility violations at 390 px in dark mode (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await site.browser.newPage({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      bypassCSP: true,
    });
    await page.goto(site.url + tooling, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axeSource });
    const serious = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null }[] }> };
      };
      const { violations } = await axe.run(document);
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await page.close();
  });
});
