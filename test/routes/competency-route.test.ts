import { beforeAll, describe, expect, it } from 'vitest';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';
import type { PublishedLadder } from '../../src/lib/ladder/published-ladder.ts';
import { compareLevels } from '../../src/lib/compare/compare.ts';
import { comparisonRoute } from '../../src/lib/routes/comparison-route.ts';
import { competencyMatrix, competencyPaths, competencyRoute } from '../../src/lib/routes/competency-route.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/routes/site-index.ts';
import { readSiteContent } from '../helpers/read-content.ts';

/** The matrix fixture with a management rung whose only cell is Tooling's: a row that spans two tracks. */
function withTeamLead(content: LadderContent): LadderContent {
  const [level] = content.levels;
  const [skillSet] = content.skillSets;
  const tooling = content.skills.find((skill) => skill.id === 'tooling-at-senior-engineer')!;
  return {
    ...content,
    levels: [
      ...content.levels,
      { ...level, id: 'team-lead', data: { ...level.data, title: 'Team lead', track: 'management', rank: 3 } },
    ],
    skillSets: [
      ...content.skillSets,
      {
        ...skillSet,
        id: 'craft-at-team-lead',
        data: { ...skillSet.data, title: 'Craft at Team lead', level: 'team-lead' },
      },
    ],
    skills: [
      ...content.skills,
      {
        ...tooling,
        id: 'tooling-at-team-lead',
        body: 'Keeps the tools out of the team’s way, and budgets time to improve them.',
        data: { ...tooling.data, title: 'Tooling at Team lead', level: 'team-lead', skillSet: 'craft-at-team-lead' },
      },
    ],
  };
}

let site: SiteIndex;
let acme: PublishedLadder;
beforeAll(async () => {
  const read = readSiteContent('test/fixtures/ladder', 'test/fixtures/matrix-ladder');
  const others = read.others.map((other) =>
    other.id === 'acme' ? { ...other, content: withTeamLead(other.content) } : other,
  );
  site = await buildSiteIndex({ ...read, others });
  acme = site.ladders.others.find((ladder) => ladder.id === 'acme')!;
});

const pageOf = (id: string) => {
  const path = competencyPaths(site).find((p) => p.params.ladder === 'ladders/acme' && p.params.id === id)!;
  return competencyRoute(site, path.props, `/ladders/acme/competencies/${id}/`);
};

describe('competency route data', () => {
  it('heads each track of a row that spans two, its levels one heading lower', () => {
    const tooling = pageOf('tooling');
    expect(tooling.cellHeading).toBe('h3');
    expect(tooling.tracks.map((track) => [track.heading, track.cells.map((cell) => cell.level.title)])).toEqual([
      ['Engineering track', ['Engineer I', 'Engineer II', 'Senior engineer', 'Staff engineer']],
      ['Management track', ['Team lead']],
    ]);
    const testing = pageOf('testing');
    expect([testing.cellHeading, testing.tracks.map((track) => track.heading)]).toEqual(['h2', [undefined]]);
    expect(testing.previous).toEqual({
      href: '/ladders/acme/competencies/tooling/',
      title: 'Tooling',
      direction: 'Previous competency',
    });
  });

  it('gives the matrix a table per track, each with only the rows that have cells there', () => {
    const matrix = competencyMatrix(acme)!;
    expect(matrix.tracks.map((track) => [track.heading, track.levels.length])).toEqual([
      ['Engineering track', 4],
      ['Management track', 1],
    ]);
    const management = matrix.tracks[1].groups.flatMap((group) => group.rows.map((row) => row.competency.title));
    expect(management).toEqual(['Tooling']);
    expect(competencyMatrix(site.ladders.primary)).toBeUndefined();
  });

  it('compares two levels competency by competency, across tracks too, an empty side left out', () => {
    const route = (from: string, to: string) =>
      comparisonRoute(
        site,
        { ladder: acme, comparison: compareLevels(acme.index, acme.index.level(from), acme.index.level(to)) },
        `/ladders/acme/compare/${from}/${to}/`,
      );
    const up = route('engineer-i', 'engineer-ii').competencies!;
    expect(up.map((c) => [c.title, c.from?.title, c.to?.title])).toEqual([
      ['Tooling', 'Tooling at Engineer I', 'Tooling at Engineer II'],
      ['Testing', 'Testing at Engineer I', 'Testing at Engineer II'],
      ['Code review', 'Code review at Engineer I', 'Code review at Engineer II'],
      ['Communication', 'Communication at Engineer I', 'Communication at Engineer II'],
      ['Mentoring', undefined, 'Mentoring at Engineer II'],
    ]);
    const across = route('staff-engineer', 'team-lead').competencies!;
    expect(across.find((c) => c.title === 'Tooling')?.to?.body).toContain('budgets time to improve them');
    expect(across.find((c) => c.title === 'Testing')?.to).toBeUndefined();
    const primary = site.ladders.primary;
    const [from, to] = primary.index.levels.filter((level) => level.data.rank !== undefined);
    expect(
      comparisonRoute(site, { ladder: primary, comparison: compareLevels(primary.index, from, to) }, '/compare/')
        .competencies,
    ).toBeUndefined();
  });
});
