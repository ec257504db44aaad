import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { pageWeight as weigh } from '../../scripts/bench/page-weight.ts';
import { allPageKinds, pageKinds, type MatrixPageKind, type PageKind } from '../helpers/page-kinds.ts';
import type { BuiltSite } from '../helpers/browsed-site.ts';

const pageWeight = (path: string, site: BuiltSite = 'siteDir') => weigh(inject(site), path);

/** Compressed bytes per page kind before interaction (see scripts/bench/page-weight.ts). Change a budget only with the reason in the commit message. */
// Content pages: 7 KB of script covers the header's (search shortcut, theme switch, packet count) and a page's own
// tools (citation and packet buttons); the skill page's 20 KB total is the budget readers feel.
const budgets: Record<PageKind | MatrixPageKind, { html: number; css: number; js: number; total?: number }> = {
  home: { html: 15_000, css: 15_000, js: 7_000 },
  level: { html: 15_000, css: 15_000, js: 7_000 },
  'skill set': { html: 15_000, css: 15_000, js: 7_000 },
  // A skill is the page readers land on most: with the ladder navigation (only its own branch's skills) it stays
  // under 20 KB in all, a third of a Starlight page built from the same skills. The 100 B more pay for MDX: Astro
  // lets its island script and style through every page's CSP by hash once an integration adds a renderer (128 B);
  // the 250 B more the competency matrix's rules in the one stylesheet (200 B) and its URLs in the header's script.
  skill: { html: 15_000, css: 15_000, js: 7_000, total: 20_350 },
  'all skills': { html: 15_000, css: 15_000, js: 7_000 },
  about: { html: 15_000, css: 15_000, js: 7_000 },
  guide: { html: 15_000, css: 15_000, js: 7_000 },
  // A search page fetches its results a page at a time, each page's fragments only, at the reader's typing pace.
  search: { html: 15_000, css: 15_000, js: 8_000 },
  // The graph page draws its layered overview in the HTML, laid out at build time; its script (D3 zoom and pan, the
  // focus trees, find, keys) stays small. 30 KB each, in the KB (1,024 bytes) the README's figures use.
  graph: { html: 30 * 1024, css: 15_000, js: 30 * 1024 },
  compare: { html: 15_000, css: 15_000, js: 7_000 },
  // The packet builder is an application: adding, noting, reordering and exporting all run in the browser.
  packet: { html: 15_000, css: 15_000, js: 10_000 },
  // The growth plan is an application too, and carries its ladder's levels and skill titles in its HTML; with the
  // one file of summaries a plan fetches (below) it stays under the 40 KB.
  plan: { html: 12_000, css: 12_000, js: 17_000, total: 37_000 },
  'other ladders': { html: 15_000, css: 15_000, js: 7_000 },
  'other ladder': { html: 15_000, css: 15_000, js: 7_000 },
  'other ladder’s level': { html: 15_000, css: 15_000, js: 7_000 },
  'other ladder’s skill': { html: 15_000, css: 15_000, js: 7_000 },
  'other ladder’s search': { html: 15_000, css: 15_000, js: 8_000 },
  changes: { html: 15_000, css: 15_000, js: 7_000 },
  'frozen skill': { html: 15_000, css: 15_000, js: 7_000 },
  'not found': { html: 15_000, css: 15_000, js: 7_000 },
  // A matrix ladder's pages (in the matrix fixture site): its home and the competencies index hold the matrix, a
  // sentence per cell; a competency page its row in full; a comparison both levels' cells, competency by competency.
  'matrix home': { html: 15_000, css: 15_000, js: 7_000 },
  competencies: { html: 15_000, css: 15_000, js: 7_000 },
  competency: { html: 15_000, css: 15_000, js: 7_000 },
  'matrix level': { html: 15_000, css: 15_000, js: 7_000 },
  'matrix skill': { html: 15_000, css: 15_000, js: 7_000, total: 20_350 },
  'matrix compare': { html: 15_000, css: 15_000, js: 7_000 },
  'matrix plan': { html: 12_000, css: 12_000, js: 17_000, total: 37_000 },
};

describe('page weight budgets (gzip)', () => {
  it.each(allPageKinds)('the $kind page stays within its budget', ({ kind, path, site }) => {
    const parts = pageWeight(path, site);
    const weight = { ...parts, total: parts.html + parts.css + parts.js };
    const over = Object.entries(budgets[kind])
      .filter(([part, budget]) => weight[part as keyof typeof weight] > budget)
      .map(([part, budget]) => `${part}: ${weight[part as keyof typeof weight]} B > ${budget} B`);
    expect(over).toEqual([]);
  });

  // The plan page fetches per-level files as it opens a plan, new or saved (test/plan/plan.browser.test.ts checks which):
  // its kind's pair, Software Engineers to Senior Software Engineers, requires one level's skills.
  it('the plan page, with the files it fetches to open a plan, stays under 40 KB', () => {
    const { html, css, js } = pageWeight(pageKinds.plan);
    const levelSkills = gzipSync(
      readFileSync(join(inject('siteDir'), 'plan-skills/senior-software-engineers.json')),
    ).length;
    expect(html + css + js + levelSkills).toBeLessThan(40_000);
  });

  it('counts what a page really loads, so a budget can fail', () => {
    const skill = pageWeight(pageKinds.skill);
    expect(skill.html).toBeGreaterThan(1_000);
    expect(skill.css).toBeGreaterThan(1_000);
    expect(skill.js).toBeGreaterThan(0);
  });
});
