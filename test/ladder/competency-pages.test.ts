import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { startTagsOf } from '../../src/lib/html/read-html.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

// The matrix fixture site of the global setup: the fixture ladder, and beside it a matrix of five competencies in two
// groups across four levels (test/fixtures/matrix-ladder/ladders/acme/).
const siteDir = inject('matrixSiteDir');
const page = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const main = (path: string) => /<main[\s\S]*<\/main>/.exec(page(path))![0];
const linksIn = (html: string) => startTagsOf(html).flatMap((tag) => (tag.name === 'a' ? [tag.attributes.href] : []));

const acme = buildLadderIndex(
  readLadderFolders('test/fixtures/ladder', 'test/fixtures/matrix-ladder').others.find((o) => o.id === 'acme')!.content,
);
const cells = acme.competencies.rows.flatMap((row) => row.skills.map((skill) => ({ row, skill })));
const scope = '/ladders/acme';

describe("a matrix ladder's pages", () => {
  it('has 19 cells in the fixture, every one on its competency page, its level page and a comparison', () => {
    expect(cells).toHaveLength(19);
    for (const { row, skill } of cells) {
      const href = `${scope}/skills/${skill.id}/`;
      const competencyHref = `${scope}/competencies/${row.competency.id}/`;
      expect(linksIn(main(`ladders/acme/competencies/${row.competency.id}`)), skill.id).toContain(href);
      const level = main(`ladders/acme/levels/${skill.data.level}`);
      expect(linksIn(level), skill.id).toContain(href);
      expect(linksIn(level), skill.id).toContain(competencyHref);
      // Compared with the level above (or, at the top, the one below), the cell is shown under its competency.
      const levels = acme.tracks[0].levels.map((l) => l.id);
      const at = levels.indexOf(skill.data.level);
      const other = levels[at + 1] ?? levels[at - 1];
      const comparison = main(`ladders/acme/compare/${skill.data.level}/${other}`);
      const byCompetency =
        /<section aria-labelledby="by-competency">[\s\S]*?<h2 id="added"|<section aria-labelledby="by-competency">[\s\S]*/.exec(
          comparison,
        )![0];
      expect(linksIn(byCompetency), `${skill.id} vs ${other}`).toContain(href);
    }
  });

  it("shows a competency's row level by level, each expectation in full, an empty cell said so", () => {
    const testing = main('ladders/acme/competencies/testing');
    expect(testing).toContain('<h1>Testing</h1>');
    expect(testing).toMatch(
      /id="engineer-i"[\s\S]*id="engineer-ii"[\s\S]*id="senior-engineer"[\s\S]*id="staff-engineer"/,
    );
    expect(linksIn(testing)).toEqual(
      expect.arrayContaining(['/ladders/acme/levels/engineer-i/', '/ladders/acme/levels/staff-engineer/']),
    );
    // The cell of several expectations keeps its list.
    expect(testing).toMatch(/<ul>\s*<li>Chooses what not to test, and says why in the change.<\/li>/);
    const mentoring = main('ladders/acme/competencies/mentoring');
    expect(mentoring).toContain('Mentoring expects nothing of its own at this level.');
    expect(mentoring).toContain('A competency of Collaboration, level by level');
    expect(mentoring).toContain('Helping other engineers grow.');
  });

  it('indexes a competency page by its title and intro, leaving the expectations to the cells’ own pages', () => {
    const html = page('ladders/acme/competencies/tooling');
    expect(html).toContain('data-pagefind-filter="kind:Competency"');
    expect(html).toContain('data-pagefind-filter="ladder:Acme engineering matrix"');
    expect(html).toMatch(/<div class="cell-expectation" data-pagefind-ignore/);
    expect(html).toContain('<title>Tooling · Competencies · Acme engineering matrix</title>');
  });

  it('lists every competency by group on the index, and every cell in the matrix at a glance', () => {
    const index = main('ladders/acme/competencies');
    expect(index).toMatch(/<h2 id="group-craft">Craft[\s\S]*Tooling[\s\S]*Testing[\s\S]*Code review/);
    expect(index).toMatch(/<h2 id="group-collaboration">Collaboration[\s\S]*Communication[\s\S]*Mentoring/);
    for (const { skill } of cells) expect(linksIn(index), skill.id).toContain(`${scope}/skills/${skill.id}/`);
    const home = main('ladders/acme');
    expect(home).toMatch(/<h2 id="competencies">Competencies</);
    const matrix = /<section class="competency-matrix"[\s\S]*?<\/section>/.exec(home)![0];
    expect(matrix.match(/<td>/g)).toHaveLength(20);
    expect(home).toContain('Nothing of its own at this level');
  });

  it("links a cell's skill page to its competency, and to the cells below and above it", () => {
    const skill = main('ladders/acme/skills/testing-at-senior-engineer');
    expect(skill).toContain('How Testing grows');
    const growth = /<section aria-labelledby="how-it-grows"[\s\S]*?<\/section>/.exec(skill)![0];
    expect(linksIn(growth)).toEqual([
      '#how-it-grows',
      '/ladders/acme/skills/testing-at-engineer-ii/',
      '/ladders/acme/skills/testing-at-staff-engineer/',
      '/ladders/acme/competencies/testing/',
    ]);
    expect(growth).toContain('Below, at Engineer II');
    expect(skill).toMatch(
      /<dt>Competency<\/dt>\s*<dd>\s*<a href="\/ladders\/acme\/competencies\/testing\/">Testing<\/a>/,
    );
  });

  it("sends a competency's old id on to its page, and offers its citation", () => {
    expect(page('ladders/acme/competencies/tools')).toContain('content="0; url=/ladders/acme/competencies/tooling/"');
    expect(page('ladders/acme/competencies/tooling')).toContain('data-context="Competency · Acme engineering matrix"');
  });

  it("puts the competencies in the matrix ladder's header, navigation and breadcrumbs, and nowhere else", () => {
    const html = page('ladders/acme/competencies/tooling');
    expect(html).toMatch(
      /<nav class="ladder-nav"[\s\S]*Competencies[\s\S]*href="\/ladders\/acme\/competencies\/mentoring\/"/,
    );
    expect(html).toMatch(/class="breadcrumbs"[\s\S]*href="\/ladders\/acme\/competencies\/"[\s\S]*Tooling/);
    expect(page('ladders/acme/levels/engineer-i')).toContain('href="/ladders/acme/competencies/"');
    expect(page('levels/software-engineers')).not.toContain('competencies/');
    expect(page('')).not.toContain('competencies/');
  });
});
