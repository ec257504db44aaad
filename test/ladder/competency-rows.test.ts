import { describe, expect, it } from 'vitest';
import { buildGraph, edgesOf } from '../../src/lib/graph/graph.ts';
import { skillPageLinks } from '../../src/lib/ladder/link-sections.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';
import { readContent, readLadderFolders } from '../helpers/read-content.ts';

/** The matrix fixture ladder (test/fixtures/matrix-ladder/ladders/acme/), as the build reads it. */
function matrixContent(): LadderContent {
  const read = readLadderFolders('test/fixtures/ladder', 'test/fixtures/matrix-ladder');
  return read.others.find((other) => other.id === 'acme')!.content;
}

const matrix = buildLadderIndex(matrixContent());
const cellIds = (row: { tracks: { cells: { level: { id: string }; skill?: { id: string } }[] }[] }) =>
  row.tracks.map(({ cells }) => cells.map((cell) => `${cell.level.id}: ${cell.skill?.id ?? '—'}`));

describe('competency rows', () => {
  it("list a matrix ladder's competencies by their order, each row's cells level by level", () => {
    const { rows } = matrix.competencies;
    expect(rows.map((row) => [row.competency.id, row.competency.data.group])).toEqual([
      ['tooling', 'Craft'],
      ['testing', 'Craft'],
      ['code-review', 'Craft'],
      ['communication', 'Collaboration'],
      ['mentoring', 'Collaboration'],
    ]);
    expect(cellIds(matrix.competencies.row('tooling'))).toEqual([
      [
        'engineer-i: tooling-at-engineer-i',
        'engineer-ii: tooling-at-engineer-ii',
        'senior-engineer: tooling-at-senior-engineer',
        'staff-engineer: tooling-at-staff-engineer',
      ],
    ]);
  });

  it('keep an empty cell in its place, so a row lines up with the others', () => {
    const mentoring = matrix.competencies.row('mentoring');
    expect(cellIds(mentoring)).toEqual([
      [
        'engineer-i: —',
        'engineer-ii: mentoring-at-engineer-ii',
        'senior-engineer: mentoring-at-senior-engineer',
        'staff-engineer: mentoring-at-staff-engineer',
      ],
    ]);
    expect(mentoring.skills.map((skill) => skill.id)).toEqual([
      'mentoring-at-engineer-ii',
      'mentoring-at-senior-engineer',
      'mentoring-at-staff-engineer',
    ]);
  });

  it("place a cell between the row's cells below and above it", () => {
    const place = matrix.competencies.placeOf(matrix.skill('testing-at-senior-engineer'))!;
    expect(place.row.competency.id).toBe('testing');
    expect(place.previous?.id).toBe('testing-at-engineer-ii');
    expect(place.next?.id).toBe('testing-at-staff-engineer');
    const first = matrix.competencies.placeOf(matrix.skill('mentoring-at-engineer-ii'))!;
    expect([first.previous, first.next?.id]).toEqual([undefined, 'mentoring-at-senior-engineer']);
  });

  it('derive Builds on from the cell below, for the page, the graph and the local graph alike', () => {
    expect(edgesOf(matrix.skill('code-review-at-senior-engineer'), matrix)).toEqual([
      { from: 'code-review-at-senior-engineer', to: { skill: 'code-review-at-engineer-ii' }, kind: 'buildsOn' },
    ]);
    expect(edgesOf(matrix.skill('code-review-at-engineer-i'), matrix)).toEqual([]);
    const { edges } = buildGraph(matrix);
    // Every cell but the lowest of each row builds on one: 19 cells in 5 rows.
    expect(edges.filter((edge) => edge.kind === 'buildsOn')).toHaveLength(19 - 5);
    const links = skillPageLinks(matrix.skill('tooling-at-engineer-ii'), edges);
    expect(links.buildsOn?.entries.map((entry) => entry.target)).toEqual([{ skill: 'tooling-at-engineer-i' }]);
    expect(links.backlinks.map((section) => [section.name, section.entries.map((entry) => entry.target)])).toEqual([
      ['Built on by', [{ skill: 'tooling-at-senior-engineer' }]],
    ]);
  });

  it('keep a written See also to the cell below once', () => {
    const content = matrixContent();
    const skills = content.skills.map((skill) =>
      skill.id === 'tooling-at-engineer-ii'
        ? { ...skill, data: { ...skill.data, seeAlso: [{ skill: 'tooling-at-engineer-i' }] } }
        : skill,
    );
    const index = buildLadderIndex({ ...content, skills });
    expect(edgesOf(index.skill('tooling-at-engineer-ii'), index)).toEqual([
      { from: 'tooling-at-engineer-ii', to: { skill: 'tooling-at-engineer-i' }, kind: 'buildsOn' },
    ]);
  });

  it('keep each track its own row: a management cell builds on nothing of the engineering track', () => {
    const content = matrixContent();
    const manager = {
      ...content.levels[0],
      id: 'team-lead',
      data: { ...content.levels[0].data, title: 'Team lead', track: 'management' as const, rank: 3 },
    };
    const cell = {
      ...content.skills.find((skill) => skill.id === 'tooling-at-senior-engineer')!,
      id: 'tooling-at-team-lead',
      data: { ...content.skills[0].data, title: 'Tooling at Team lead', level: 'team-lead', competency: 'tooling' },
    };
    const index = buildLadderIndex({
      ...content,
      levels: [...content.levels, manager],
      skills: [...content.skills, cell],
    });
    const tooling = index.competencies.row('tooling');
    expect(tooling.tracks.map((row) => [row.track, row.cells.length])).toEqual([
      ['engineering', 4],
      ['management', 1],
    ]);
    expect(index.competencies.placeOf(index.skill('tooling-at-team-lead'))).toEqual({ row: tooling });
    // Only Tooling has a management cell: the other rows leave that track out.
    expect(index.competencies.row('testing').tracks.map((row) => row.track)).toEqual(['engineering']);
  });

  it('leave a ladder without competencies as it was: no rows, no cell, no derived link', () => {
    const content = readContent('test/fixtures/ladder');
    const index = buildLadderIndex(content);
    expect(index.competencies.rows).toEqual([]);
    expect(content.skills.filter((skill) => index.competencies.placeOf(skill))).toEqual([]);
    expect(content.skills.flatMap((skill) => edgesOf(skill, index)).length).toBe(
      content.skills.flatMap((skill) => [
        ...skill.data.seeAlso.filter((target) => !('unresolved' in target)),
        ...(skill.data.excluded?.skills ?? []),
        ...(skill.data.raises ? [skill.data.raises] : []),
      ]).length,
    );
  });
});
