import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allPageKinds } from '../helpers/page-kinds.ts';
import { browseBuiltSite, serveBuiltSite } from '../helpers/browsed-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const site = browseBuiltSite();
const urls = { siteDir: site, matrixSiteDir: serveBuiltSite('matrixSiteDir') };

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core, WCAG 2.2 AA)', (colorScheme) => {
  it.each(allPageKinds)('the $kind page has no serious or critical violations', async ({ path, site: built }) => {
    // axe is injected as an inline script, which the site's CSP rightly refuses; the audit bypasses it.
    const page = await site.browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(urls[built].url + path, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations;
    });
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(serious).toEqual([]);
    await page.close();
  });
});

describe('keyboard-only use of the header', () => {
  it('reaches the skip link, the search box and every navigation link in order, with a visible focus ring', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/skills/basic-sql/`);
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const outline = getComputedStyle(element).outlineStyle;
          return `${element.tagName.toLowerCase()}:${(element.textContent || element.getAttribute('placeholder') || '').trim()}:${outline}`;
        }),
      );
    }
    expect(stops[0]).toBe('a:Skip to content:solid');
    expect(stops[1]).toMatch(/^a:Engineering Career Skills/);
    expect(stops[2]).toBe('input:Search skills:solid');
    expect(stops.slice(3).map((stop) => stop.split(':')[1])).toEqual([
      'Ladder',
      'All skills A–Z',
      'Compare',
      'Graph',
      'Packet',
      'Other ladders',
      'About',
    ]);
    for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    // Under load the fragment navigation lands a moment after the key press.
    await page.waitForURL((url) => url.hash === '#main', { timeout: 5_000 });
    await page.close();
  });
});
