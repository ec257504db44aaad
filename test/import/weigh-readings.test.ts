import { describe, expect, it } from 'vitest';
import { looksLikeBaseline, looksLikeLevel, trackOfLevel } from '../../src/lib/import/matrix/level-names.ts';
import type { MatrixReading } from '../../src/lib/import/matrix/matrix-reading.ts';
import { formatCandidates, formatChoice, formatReadingGrid } from '../../src/lib/import/matrix/reading-grid.ts';
import { weighReadings } from '../../src/lib/import/matrix/weigh-readings.ts';

/** A reading with one expectation in every cell of `levels` × `competencies`. */
function reading(
  name: string,
  levels: string[],
  competencies: string[],
  extra: Partial<MatrixReading> = {},
): MatrixReading {
  return {
    reading: name,
    describe: `${name} as a test`,
    levels: levels.map((title) => ({ title })),
    competencies: competencies.map((title) => ({ title })),
    cells: levels.flatMap((_, level) =>
      competencies.map((_, competency) => ({
        level,
        competency,
        expectations: ['Does the work this cell expects of them.'],
      })),
    ),
    prose: [],
    warnings: [],
    ...extra,
  };
}

const noHeadings = { levelHeadings: [] };

describe('what reads like a level', () => {
  it.each([
    'L3',
    'IC2',
    'E4',
    'P1',
    'M2',
    '3',
    'Level 4',
    'Junior',
    'Mid-level Engineer',
    'Senior Engineer (L5)',
    'Staff',
    'Principal',
    'Distinguished Engineer',
    'Associate',
    'Tech Lead',
    'Engineering Manager',
    'Director of Engineering',
    'Beginner',
    'Expert',
    'Novice',
    'Engineer III',
    'All levels',
  ])('%s is a level', (name) => expect(looksLikeLevel(name)).toBe(true));

  it.each(['Communication', 'Tooling', 'Leadership', 'People management', 'Technical skills', 'Criteria', 'Delivery'])(
    '%s is not',
    (name) => expect(looksLikeLevel(name)).toBe(false),
  );

  it('tells an "all levels" section and a management level by their names', () => {
    expect([looksLikeBaseline('Everyone'), looksLikeBaseline('All engineers'), looksLikeBaseline('Senior')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([trackOfLevel('Manager 2'), trackOfLevel('Director'), trackOfLevel('Staff Engineer')]).toEqual([
      'management',
      'management',
      'engineering',
    ]);
  });
});

describe('weighing readings', () => {
  const levels = ['Junior', 'Mid', 'Senior', 'Staff'];
  const competencies = ['Tooling', 'Testing', 'Communication'];

  it('takes the reading whose levels read like levels over its transpose, and names the runner-up', () => {
    const weighing = weighReadings(
      [reading('across', levels, competencies), reading('down', competencies, levels)],
      noHeadings,
    );
    expect(weighing.verdict).toBe('chosen');
    if (weighing.verdict !== 'chosen') return;
    expect(weighing.chosen.reading.reading).toBe('across');
    expect(weighing.runnerUp?.reading.reading).toBe('down');
    expect(weighing.runnerUp?.problems).toEqual([
      'its levels do not read like levels ("Tooling", "Testing", "Communication")',
      'its competencies read like levels ("Junior", "Mid", "Senior", …)',
    ]);
  });

  it('never takes a reading that merges eight level-like headings into one level', () => {
    const headings = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'];
    const merged = reading('merged', ['Criteria'], competencies);
    const weighed = weighReadings([merged], { levelHeadings: headings });
    expect(weighed.verdict).toBe('unsure');
    expect(weighed.all[0].problems).toContain('it reads 8 level-like headings ("P1", "P2", "P3", …) as 1 level(s)');
  });

  it('prefers data in the front matter to a reading of the prose', () => {
    const prose = reading('levels', ['Level 1', 'Level 2'], ['Expectations']);
    const data = reading('data', ['1', '2', '3'], competencies, { fromData: true });
    const weighing = weighReadings([prose, data], noHeadings);
    expect(weighing.verdict === 'chosen' && weighing.chosen.reading.reading).toBe('data');
    expect(weighing.all.find((w) => w.reading === prose)!.problems).toEqual([
      'it reads the prose and leaves out the ladder kept as data in the front matter',
    ]);
  });

  it('asks when two plausible readings find different levels and neither is clearly ahead', () => {
    const weighing = weighReadings(
      [reading('first', levels, competencies), reading('second', ['L1', 'L2', 'L3'], ['Craft', 'Impact'])],
      noHeadings,
    );
    expect(weighing).toMatchObject({
      verdict: 'unsure',
      reason: 'no reading is clearly best: "first" and "second" are both plausible',
    });
  });

  it('among readings of the same levels, takes the one with most text in cells, then the first given', () => {
    const proseHeavy = reading('grouped', levels, ['Expectations'], { introduction: 'word '.repeat(40) });
    const weighing = weighReadings([proseHeavy, reading('matrix', levels, competencies)], noHeadings);
    expect(weighing.verdict === 'chosen' && weighing.chosen.reading.reading).toBe('matrix');
    const tie = weighReadings(
      [reading('first', levels, ['Expectations']), reading('second', levels, competencies)],
      noHeadings,
    );
    expect(tie.verdict === 'chosen' && tie.chosen.reading.reading).toBe('first');
  });

  it('finds a reading implausible when most of its words are not in cells, or its names are sentences', () => {
    const weighing = weighReadings(
      [
        reading('prose', levels, competencies, { introduction: 'word '.repeat(400) }),
        reading('sentences', levels, ['Writes the tests first.', 'Reviews code kindly.']),
      ],
      noHeadings,
    );
    expect(weighing.verdict).toBe('unsure');
    expect(weighing.all.map((w) => w.problems)).toEqual(
      expect.arrayContaining([
        ['only 19% of its words are in cells'],
        ['it takes sentences for names ("Writes the tests first.", "Reviews code kindly.")'],
      ]),
    );
  });
});

describe('the grid the importer prints', () => {
  it('counts expectations per cell, marks an empty one, and names the levels below', () => {
    const read = reading('across', ['Junior', 'Senior'], ['Tooling', 'Testing']);
    read.cells = [
      { level: 0, competency: 0, expectations: ['One.', 'Two.'] },
      { level: 1, competency: 1, expectations: ['Three.'] },
    ];
    expect(formatReadingGrid(read)).toEqual([
      'reading "across": across as a test',
      '  2 rows × 2 levels, 2 cells, 3 expectations',
      '                            1  2',
      '  Tooling                   2  ·',
      '  Testing                   ·  1',
      '  levels: 1 Junior, 2 Senior',
    ]);
  });

  it('keeps a grid of many levels and long names within 80 columns', () => {
    const many = Array.from({ length: 24 }, (_, i) => `Individual contributor level ${i + 1}`);
    const lines = formatReadingGrid(
      reading('wide', many, ['A competency with a name far longer than the column', 'Testing']),
    );
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
    // The levels wrap onto a second block of columns rather than past the terminal's edge.
    expect(lines.filter((line) => /^ +1 +2 +3/.test(line) || /^ +19 20 21 22 23 24$/.test(line))).toHaveLength(2);
    expect(lines.join('\n')).toContain('24 Individual contributor level 24');
  });

  it('shows the runner-up with its problems and the flag that takes it, and lists every candidate when it stops', () => {
    const levels = ['Junior', 'Senior'];
    const competencies = ['Tooling', 'Testing'];
    const weighing = weighReadings(
      [reading('across', levels, competencies), reading('down', competencies, levels)],
      noHeadings,
    );
    if (weighing.verdict !== 'chosen') throw new Error('expected a choice');
    const choice = formatChoice(weighing).join('\n');
    expect(choice).toMatch(/^Chosen:\n {2}reading "across"/);
    expect(choice).toContain('Runner-up:\n  reading "down"');
    expect(choice).toContain('to take it instead: --reading down  (or "reading: down" in the config)');

    const unsure = weighReadings([reading('down', competencies, levels)], noHeadings);
    if (unsure.verdict !== 'unsure') throw new Error('expected no choice');
    expect(formatCandidates(unsure)).toMatch(
      /^was not imported, since none of the readings it can make is plausible: choose one[\s\S]*implausible: its levels do not read like levels[\s\S]*choose it with --reading down {2}\(or "reading: down" in the config\)$/,
    );
  });
});
