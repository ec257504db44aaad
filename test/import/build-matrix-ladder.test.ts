import { describe, expect, it } from 'vitest';
import { competencySchema, levelSchema, skillSchema, skillSetSchema } from '../../src/lib/content/schemas.ts';
import { renderContentFiles } from '../../src/lib/import/import-files.ts';
import { buildMatrixLadder, cellBody } from '../../src/lib/import/matrix/build-matrix-ladder.ts';
import { titleFromFileName } from '../../src/lib/import/outline/derive-title.ts';
import type { MatrixReading } from '../../src/lib/import/matrix/matrix-reading.ts';

const reading: MatrixReading = {
  reading: 'test',
  describe: 'a reading written by hand',
  title: { text: 'Ridgeway ladder', line: 1 },
  introduction: 'How Ridgeway grows its engineers.',
  levels: [
    { title: 'Everyone', baseline: true, line: 3 },
    { title: 'E1', line: 5 },
    { title: 'E2', line: 7, intro: 'E2 engineers work on their own.' },
    { title: 'Manager', track: 'management', line: 9 },
  ],
  competencies: [
    { title: 'Tooling', group: 'Craft', line: 4, intro: 'The tools we share.' },
    { title: 'Testing', group: 'Craft', line: 6 },
    { title: 'Hiring', group: 'People', line: 8 },
    { title: 'Facilities', line: 10, intro: 'Nobody writes about the office.' },
  ],
  cells: [
    { level: 0, competency: 0, expectations: ['Keeps their tools up to date.'] },
    { level: 1, competency: 0, expectations: ['Runs the build.', 'Reads the build log\nline by line.'] },
    { level: 1, competency: 1, expectations: ['Adds a test per fix.'] },
    { level: 2, competency: 1, expectations: ['Writes tests first.'] },
    { level: 2, competency: 1, expectations: ['Keeps the suite fast.'] },
    { level: 3, competency: 2, expectations: ['Runs the interview loop.'] },
    { level: 3, competency: 0, expectations: ['  '] },
  ],
  prose: [{ text: '| Legend | Meaning |\n| --- | --- |\n| ✓ | met |', where: 'a legend' }],
  warnings: [{ message: '"Hiring" has no expectation at "E1"', line: 8 }],
};

describe('a matrix reading as content', () => {
  const built = buildMatrixLadder(reading, 'docs/ridgeway.md');

  it('ranks levels in order within their track, the "all levels" section as the baseline at rank 0', () => {
    expect(built.levels.map((l) => [l.id, l.data.track, l.data.rank, l.data.baseline, l.data.tags])).toEqual([
      ['everyone', 'engineering', 0, true, ['Everyone']],
      ['e1', 'engineering', 1, false, ['E1']],
      ['e2', 'engineering', 2, false, ['E2']],
      ['manager', 'management', 1, false, ['Manager']],
    ]);
    expect(built.levels[2].data.intro).toBe('E2 engineers work on their own.');
  });

  it('writes each competency with its order, group and intro, and none for a competency without cells', () => {
    expect(built.competencies.map((c) => [c.id, c.data])).toEqual([
      ['tooling', { title: 'Tooling', order: 1, group: 'Craft', intro: 'The tools we share.', aliases: [] }],
      ['testing', { title: 'Testing', order: 2, group: 'Craft', aliases: [] }],
      ['hiring', { title: 'Hiring', order: 3, group: 'People', aliases: [] }],
    ]);
  });

  it('makes one skill set per level per group, titled like its cells', () => {
    expect(built.skillSets.map((s) => [s.id, s.data.title, s.data.level, s.data.order, s.data.tag])).toEqual([
      ['craft-at-everyone', 'Craft at Everyone', 'everyone', 1, 'Everyone'],
      ['craft-at-e1', 'Craft at E1', 'e1', 1, 'E1'],
      ['craft-at-e2', 'Craft at E2', 'e2', 1, 'E2'],
      ['people-at-manager', 'People at Manager', 'manager', 1, 'Manager'],
    ]);
  });

  it('writes every non-empty cell as a skill naming its competency, several expectations as a list', () => {
    expect(built.skills.map((s) => [s.id, s.data.title, s.data.competency, s.data.skillSet, s.data.order])).toEqual([
      ['tooling-at-everyone', 'Tooling at Everyone', 'tooling', 'craft-at-everyone', 1],
      ['tooling-at-e1', 'Tooling at E1', 'tooling', 'craft-at-e1', 1],
      ['testing-at-e1', 'Testing at E1', 'testing', 'craft-at-e1', 2],
      ['testing-at-e2', 'Testing at E2', 'testing', 'craft-at-e2', 2],
      ['hiring-at-manager', 'Hiring at Manager', 'hiring', 'people-at-manager', 3],
    ]);
    expect(built.skills[1].body).toBe('- Runs the build.\n- Reads the build log\n  line by line.');
    // Two rows of one competency at one level (a source repeating a row) are one cell holding both.
    expect(built.skills[3].body).toBe('- Writes tests first.\n- Keeps the suite fast.');
  });

  it('keeps the introduction, the prose that is not the grid and a competency without cells', () => {
    expect(built.ladder).toMatchObject({ title: 'Ridgeway ladder', source: 'docs/ridgeway.md' });
    expect(built.ladder.introduction).toBe(
      'How Ridgeway grows its engineers.\n\n| Legend | Meaning |\n| --- | --- |\n| ✓ | met |\n\n**Facilities**\n\nNobody writes about the office.',
    );
    expect(built.summary).toMatchObject({ levels: 4, skillSets: 4, skills: 5, competencies: 3 });
    expect(built.summary.readingWarnings).toEqual([
      { where: 8, message: '"Hiring" has no expectation at "E1"' },
      {
        where: 10,
        message: 'the competency "Facilities" has no expectations: its text is kept in the introduction',
      },
    ]);
  });

  it('renders files every collection schema accepts, competencies in their own folder', () => {
    const files = renderContentFiles(built);
    expect([...files.keys()].filter((path) => path.startsWith('competencies/'))).toEqual([
      'competencies/hiring.yaml',
      'competencies/testing.yaml',
      'competencies/tooling.yaml',
    ]);
    for (const competency of built.competencies) expect(competencySchema.safeParse(competency.data).success).toBe(true);
    for (const level of built.levels) expect(levelSchema.safeParse(level.data).success).toBe(true);
    for (const skillSet of built.skillSets) expect(skillSetSchema.safeParse(skillSet.data).success).toBe(true);
    for (const skill of built.skills) expect(skillSchema.safeParse(skill.data).success).toBe(true);
  });

  it('names a ladder without a title after its file', () => {
    const { title, ...untitled } = reading;
    expect(title).toBeDefined();
    expect(buildMatrixLadder(untitled, 'docs/acme-career_framework.md').ladder.title).toBe('Acme career framework');
    expect(titleFromFileName('levels.md')).toBe('Levels');
  });

  it('refuses a reading with no expectations at all, naming the reading', () => {
    expect(() => buildMatrixLadder({ ...reading, cells: [] }, 'docs/ridgeway.md')).toThrow(
      'docs/ridgeway.md:1: has no expectations in the reading "test"',
    );
    expect(cellBody(['  One.  ', ''])).toBe('One.');
  });
});
