import { describe, expect, inject, it } from 'vitest';
import { pageWeight as weigh } from '../scripts/lib/page-weight.ts';
import { pageKinds, type PageKind } from './helpers/page-kinds.ts';

const siteDir = inject('siteDir');
const pageWeight = (path: string) => weigh(siteDir, path);

/** Compressed bytes per page kind before interaction (see scripts/lib/page-weight.ts). Change a budget only with the reason in the commit message. */
const budgets: Record<PageKind, { html: number; css: number; js: number }> = {
  home: { html: 15_000, css: 15_000, js: 5_000 },
  level: { html: 15_000, css: 15_000, js: 5_000 },
  'skill set': { html: 15_000, css: 15_000, js: 5_000 },
  skill: { html: 15_000, css: 15_000, js: 5_000 },
  'all skills': { html: 15_000, css: 15_000, js: 5_000 },
  about: { html: 15_000, css: 15_000, js: 5_000 },
  search: { html: 15_000, css: 15_000, js: 5_000 },
  // The graph page draws its layered overview and lists every skill in the HTML; its script (focus, find, keys) is small.
  graph: { html: 30_000, css: 15_000, js: 30_000 },
  compare: { html: 15_000, css: 15_000, js: 5_000 },
  // The packet builder is an application: adding, noting, reordering and exporting all run in the browser.
  packet: { html: 15_000, css: 15_000, js: 10_000 },
  'other ladders': { html: 15_000, css: 15_000, js: 5_000 },
  'reference ladder': { html: 15_000, css: 15_000, js: 5_000 },
  'reference item': { html: 15_000, css: 15_000, js: 5_000 },
  'not found': { html: 15_000, css: 15_000, js: 5_000 },
};

describe('page weight budgets (gzip)', () => {
  it.each(Object.entries(pageKinds) as [PageKind, string][])('the %s page stays within its budget', (kind, path) => {
    const weight = pageWeight(path);
    const over = (Object.keys(budgets[kind]) as (keyof typeof weight)[]).filter((part) => weight[part] > budgets[kind][part]).map((part) => `${part}: ${weight[part]} B > ${budgets[kind][part]} B`);
    expect(over).toEqual([]);
  });

  it('counts what a page really loads, so a budget can fail', () => {
    const skill = pageWeight(pageKinds.skill);
    expect(skill.html).toBeGreaterThan(1_000);
    expect(skill.css).toBeGreaterThan(1_000);
    expect(skill.js).toBeGreaterThan(0);
  });
});
