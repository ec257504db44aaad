import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readingsOfData, readingsOfFrontMatter } from '../../../src/lib/import/data/readings-of-data.ts';
import type { MatrixReading } from '../../../src/lib/import/matrix/matrix-reading.ts';
import { expectTextKept } from './text-kept.ts';

const folder = 'test/fixtures/import/data';
const readingsOf = (name: string) => readingsOfData(name, new Uint8Array(readFileSync(`${folder}/${name}`)));
const reading = (readings: MatrixReading[], name: string) => readings.find((read) => read.reading === name)!;

const cellsOf = (read: MatrixReading) =>
  read.cells.map(
    (cell) =>
      `${read.competencies[cell.competency].title} @ ${read.levels[cell.level].title} (${cell.cell}, line ${cell.line}): ${cell.expectations.join(' | ')}`,
  );

/** Every string of a data file: what no reading may drop. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('a YAML file of topics, each with numbered levels of criteria', () => {
  it('proposes topics as competencies holding levels, and the reverse, with key paths and lines as places', async () => {
    const readings = await readingsOf('orchard.yaml');
    expect(readings.map((r) => [r.reading, r.describe])).toEqual([
      [
        'competencies-then-levels',
        'orchard.yaml at topics: competencies, each holding levels (3 levels × 3 competencies)',
      ],
      [
        'levels-then-competencies',
        'orchard.yaml at topics: levels, each holding competencies (3 levels × 3 competencies)',
      ],
    ]);
    const read = reading(readings, 'competencies-then-levels');
    expect(read.title).toEqual({ text: 'Orchard crew framework', cell: 'title', line: 1 });
    expect(read.introduction).toBe('The crew grows along three topics. Each level holds the ones below it.');
    expect(read.levels).toEqual([
      { title: '1', cell: 'topics.pruning.levels[1]', line: 8 },
      { title: '2', cell: 'topics.pruning.levels[2]', line: 11 },
      { title: '3', cell: 'topics.pruning.levels[3]', line: 13 },
    ]);
    expect(read.competencies).toEqual([
      { title: 'Pruning', intro: 'Shaping trees so light reaches the fruit.', cell: 'topics.pruning', line: 4 },
      { title: 'Grafting', cell: 'topics.grafting', line: 15 },
      { title: 'harvest', cell: 'topics.harvest', line: 23 },
    ]);
    expect(cellsOf(read)).toEqual([
      'Pruning @ 1 (topics.pruning.levels[1], line 8): Prunes a young apple tree with a mentor | Keeps the shears sharp and clean',
      'Pruning @ 2 (topics.pruning.levels[2], line 11): Prunes a row alone in a morning',
      'Pruning @ 3 (topics.pruning.levels[3], line 13): Plans the winter pruning of the whole orchard',
      'Grafting @ 1 (topics.grafting.levels[1], line 18): Names the parts of a graft',
      'Grafting @ 2 (topics.grafting.levels[2], line 20): Makes a whip graft that takes',
      'harvest @ 1 (topics.harvest.levels[1], line 27): Picks without bruising the fruit',
      'harvest @ 2 (topics.harvest.levels[2], line 25): Judges when a variety is ready to pick',
      'harvest @ 3 (topics.harvest.levels[3], line 29): Sets the picking order across the orchard',
    ]);
    expect(read.warnings.map((w) => `${w.message} @ ${w.cell}:${w.line}`)).toEqual([
      'The levels are named only by numbers (1…3): they keep those names, as the source gives them @ topics.pruning.levels[1]:8',
      '"Grafting" has no expectation at "3" (topics.grafting.levels[3] is empty) @ topics.grafting.levels[3]:22',
    ]);
    expect(read.prose).toEqual([
      { text: 'Revised after the spring meeting.', where: 'orchard.yaml, notes', cell: 'notes', line: 31 },
    ]);
    for (const each of readings)
      expectTextKept(stringsOf(parseYaml(readFileSync(`${folder}/orchard.yaml`, 'utf8'))), each);
  });
});

describe('a JSON file of levels, each with competencies', () => {
  it('proposes both nestings; a competency given as text or null is a cell of one expectation or an empty cell', async () => {
    const readings = await readingsOf('hive.json');
    const read = reading(readings, 'levels-then-competencies');
    expect(read.levels.map((level) => `${level.title} ${level.cell}:${level.line}`)).toEqual([
      'Apprentice levels.Apprentice:4',
      'Journeyman levels.Journeyman:8',
      'Master levels.Master:12',
    ]);
    expect(read.competencies.map((c) => c.title)).toEqual(['Hive inspection', 'Honey extraction']);
    expect(cellsOf(read)).toContain(
      'Honey extraction @ Journeyman (levels.Journeyman["Honey extraction"], line 10): Runs the extractor | Filters and jars a batch',
    );
    expect(read.warnings.map((w) => w.message)).toEqual([
      '"Honey extraction" has no expectation at "Master" (levels.Master["Honey extraction"] is empty)',
    ]);
    expect(reading(readings, 'competencies-then-levels').levels.map((level) => level.title)).toEqual([
      'Hive inspection',
      'Honey extraction',
    ]);
    for (const each of readings)
      expectTextKept(stringsOf(JSON.parse(readFileSync(`${folder}/hive.json`, 'utf8'))), each);
  });

  it('reads a list of {competency, level, expectation} records as one row per cell', async () => {
    const [read, ...others] = await readingsOf('kiln-records.json');
    expect(others).toEqual([]);
    expect(read.reading).toBe('one-row-per-cell');
    expect(cellsOf(read)).toEqual([
      'Loading @ Potter 1 ([0].expectation, line 2): Stacks greenware so pots do not touch',
      'Loading @ Potter 2 ([1].expectation, line 3): Loads a glaze firing | Places witness cones',
      'Firing @ Potter 1 ([2].expectation, line 4): Watches the pyrometer during a firing',
      'Firing @ Potter 2 ([3].expectation, line 5): Runs a reduction firing alone',
    ]);
  });
});

describe('records with nested expectations', () => {
  it("keeps every text of a record, however nested, as the cell's expectations", () => {
    const [read] = readingsOfFrontMatter(
      [
        { skill: 'Sawing', level: 'Junior', expectation: { text: 'Saws to a line', examples: ['a shelf', 'a box'] } },
        { skill: 'Sawing', level: 'Senior', expectation: 'Saws a tenon' },
      ],
      1,
    );
    expect(read.reading).toBe('one-row-per-cell');
    expect(read.cells.map((cell) => cell.expectations)).toEqual([
      ['Saws to a line', 'a shelf', 'a box'],
      ['Saws a tenon'],
    ]);
  });
});

describe('a ladder in front matter', () => {
  it('reads lists of named entries (crafts → levels → criteria), placed at the front matter line', () => {
    const document = readFileSync(`${folder}/front-matter.md`, 'utf8');
    const data = parseYaml(document.split('---\n')[1]) as unknown;
    const readings = readingsOfFrontMatter(data, 1);
    expect(readings.map((r) => r.reading)).toEqual(['competencies-then-levels', 'levels-then-competencies']);
    const [read] = readings;
    expect(read.title).toEqual({ text: 'Weaving guild ladder', cell: 'title', line: 1 });
    expect(read.competencies.map((c) => `${c.title} ${c.cell}`)).toEqual(['Warping crafts[0]', 'Dyeing crafts[1]']);
    expect(cellsOf(read)).toEqual([
      'Warping @ 1 (crafts[0].levels[0].criteria, line 1): Winds a warp of twenty ends',
      'Warping @ 2 (crafts[0].levels[1].criteria, line 1): Beams a warp without tangles',
      'Dyeing @ 1 (crafts[1].levels[0].criteria, line 1): Mixes a mordant bath',
      'Dyeing @ 2 (crafts[1].levels[1].criteria, line 1): Matches a colour from a sample',
    ]);
    expectTextKept(stringsOf(data), read);
  });

  it('places each value at its line in the document when given the front matter as written', () => {
    const document = readFileSync(`${folder}/front-matter.md`, 'utf8');
    const yaml = document.split('---\n')[1];
    const [read] = readingsOfFrontMatter(parseYaml(yaml), 1, yaml);
    expect(read.title).toEqual({ text: 'Weaving guild ladder', cell: 'title', line: 2 });
    expect(read.competencies.map((c) => `${c.title} line ${c.line}`)).toEqual(['Warping line 4', 'Dyeing line 12']);
    expect(read.cells.map((cell) => cell.line)).toEqual([7, 10, 15, 18]);
  });

  it('proposes nothing for front matter of plain fields', () => {
    expect(readingsOfFrontMatter({ title: 'A ladder', updated: '2026-01-01', tags: ['crafts'] }, 1)).toEqual([]);
  });

  it('proposes groups above competencies when the nesting is three deep', () => {
    const readings = readingsOfFrontMatter(
      {
        areas: {
          Making: { Sawing: { Junior: 'Saws to a line', Senior: 'Saws a tenon' } },
          Caring: { Sharpening: { Junior: 'Hones a chisel', Senior: 'Flattens a plane sole' } },
        },
      },
      2,
    );
    const read = reading(readings, 'groups-then-competencies-then-levels');
    expect(read.competencies.map((c) => `${c.group}/${c.title}`)).toEqual(['Making/Sawing', 'Caring/Sharpening']);
    expect(read.levels.map((level) => level.title)).toEqual(['Junior', 'Senior']);
    expect(reading(readings, 'groups-then-levels-then-competencies').levels.map((level) => level.title)).toEqual([
      'Sawing',
      'Sharpening',
    ]);
  });
});

describe('data that cannot be read', () => {
  it('names the line of invalid YAML, and what to do', async () => {
    await expect(readingsOf('bad.yaml')).rejects.toThrow(/^bad\.yaml:\d+: is not valid YAML: .+ Fix the line/);
  });

  it('names the line of invalid JSON, and what to do', async () => {
    await expect(readingsOf('bad.json')).rejects.toThrow(
      "bad.json:4: is not valid JSON: Expected ',' or '}' after property value. Fix it (a missing comma or quote) and import it again",
    );
  });

  it('says what shape of data it reads when a file holds none', async () => {
    await expect(
      readingsOfData('plain.yaml', new TextEncoder().encode('title: A ladder\nowner: The guild\n')),
    ).rejects.toThrow(
      'plain.yaml: holds no ladder the importer can read: it needs competencies each holding levels of criteria',
    );
  });
});
