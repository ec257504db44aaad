import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readingsOfData } from '../../../src/lib/import/data/readings-of-data.ts';
import type { MatrixReading } from '../../../src/lib/import/matrix/matrix-reading.ts';
import { expectTextKept } from './text-kept.ts';

const folder = 'test/fixtures/import/data';
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${folder}/${name}`));
const readingsOf = (name: string) => readingsOfData(name, bytesOf(name));
const encoded = (text: string) => new TextEncoder().encode(text);
/** Every field of a CSV fixture, as its own parser reads it, but the header words that name the columns. */
const fieldsOf = (name: string, delimiter = ',') =>
  (parse(readFileSync(`${folder}/${name}`, 'utf8'), { bom: true, delimiter, relax_column_count: true }) as string[][])
    .flat()
    .filter((field) => !/^(?:area|competency|group|level|expectation)$/i.test(field));

const cellsOf = (read: MatrixReading) =>
  read.cells.map(
    (cell) =>
      `${read.competencies[cell.competency].title} @ ${read.levels[cell.level].title} (${cell.cell}, line ${cell.line}): ${cell.expectations.join(' | ')}`,
  );

describe('a CSV grid', () => {
  it('reads its byte order mark, title row, area column, quoted line breaks, lists and notes', async () => {
    const [read, ...others] = await readingsOf('lighthouse-grid.csv');
    expect(others).toEqual([]);
    expect(read.reading).toBe('levels-as-columns');
    expect(read.title).toEqual({ text: "Lighthouse keepers' ladder", line: 1, cell: 'A1' });
    expect(read.levels).toEqual([
      { title: 'Keeper I', line: 2, cell: 'C2' },
      { title: 'Keeper II', line: 2, cell: 'D2' },
      { title: 'Head keeper', line: 2, cell: 'E2' },
    ]);
    expect(read.competencies.map((c) => `${c.group}/${c.title} ${c.cell}`)).toEqual([
      'Craft/Lens care B3',
      'Craft/Lamp and wick B4',
      'Watch/Logbook B5',
      'Watch/Signals B6',
    ]);
    expect(cellsOf(read)).toEqual([
      'Lens care @ Keeper I (C3, line 3): Cleans the lens each dusk | Reports a cracked prism',
      'Lens care @ Keeper II (D3, line 3): Replaces a prism with a second keeper',
      'Lens care @ Head keeper (E3, line 3): Plans the yearly overhaul of the optics',
      'Lamp and wick @ Keeper I (C4, line 5): Trims the wick | fills the oil | logs the burn time',
      'Lamp and wick @ Keeper II (D4, line 5): Runs the lamp through a storm night alone',
      'Logbook @ Keeper I (C5, line 6): Writes the weather every four hours',
      'Logbook @ Keeper II (D5, line 6): Spots a pattern in the log, such as fog after an east wind',
      "Logbook @ Head keeper (E5, line 6): Reviews every keeper's log each month",
      "Signals @ Keeper I (C6, line 7): Knows the light's character by heart",
      "Signals @ Keeper II (D6, line 7): Answers a ship's signal lamp | Raises the fog bell",
      'Signals @ Head keeper (E6, line 7): Trains the new keepers on signals',
    ]);
    expect(read.warnings).toEqual([
      { message: '"Lamp and wick" has no expectation at "Head keeper" (line 5 (E4) is empty)', line: 5, cell: 'E4' },
    ]);
    expect(read.prose).toEqual([
      {
        text: 'Notes: a keeper holds every expectation of the levels below their own.',
        where: 'below lighthouse-grid.csv',
        line: 9,
        cell: 'A7',
      },
    ]);
    expectTextKept(fieldsOf('lighthouse-grid.csv'), read);
  });

  it('sniffs the delimiter: semicolons, as locales with a decimal comma export', async () => {
    const [read] = await readingsOfData(
      'crew.csv',
      encoded('Competency;Junior;Senior\nRowing;Rows in calm water, with a partner;Rows in a swell\n'),
    );
    expect(read.levels.map((level) => level.title)).toEqual(['Junior', 'Senior']);
    expect(read.cells[0].expectations).toEqual(['Rows in calm water, with a partner']);
  });

  it('takes the delimiter Excel names on a first line, "sep=;", and counts that line', async () => {
    const [read] = await readingsOfData(
      'crew.csv',
      encoded('sep=;\nCompetency;Junior;Senior\nRowing;Rows, steers;Rows in a swell\n'),
    );
    expect(read.levels).toEqual([
      { title: 'Junior', line: 2, cell: 'B1' },
      { title: 'Senior', line: 2, cell: 'C1' },
    ]);
    expect(read.cells[0].expectations).toEqual(['Rows, steers']);
  });

  it('publishes the characters Markdown would take as markup as they are written', async () => {
    const [read] = await readingsOfData(
      'crew.csv',
      encoded('Competency,Junior\nNaming,Names files in snake_case <never> *twice*\n'),
    );
    expect(read.cells[0].expectations).toEqual(['Names files in snake\\_case \\<never> \\*twice\\*']);
  });
});

describe('a CSV with one row per cell', () => {
  it('gathers the rows of one cell, keeps the groups, and warns of a row with no expectation', async () => {
    const readings = await readingsOf('lighthouse-cells.csv');
    expect(readings.map((r) => r.reading)).toEqual(['one-row-per-cell']);
    const [read] = readings;
    expect(read.levels).toEqual([
      { title: 'Keeper I', line: 2, cell: 'C2' },
      { title: 'Keeper II', line: 4, cell: 'C4' },
    ]);
    expect(read.competencies.map((c) => `${c.group}/${c.title}`)).toEqual([
      'Craft/Lens care',
      'Craft/Lamp and wick',
      'Watch/Logbook',
    ]);
    expect(cellsOf(read)).toEqual([
      'Lens care @ Keeper I (D2, line 2): Cleans the lens each dusk | Reports a cracked prism',
      'Lens care @ Keeper II (D4, line 4): Replaces a prism with a second keeper',
      'Lamp and wick @ Keeper I (D5, line 5): Trims the wick before sunset',
      'Logbook @ Keeper I (D7, line 7): Writes the weather every four hours, even on calm nights',
      'Logbook @ Keeper II (D8, line 8): Spots a pattern in the log',
    ]);
    expect(read.warnings.map((w) => w.message)).toEqual([
      '"Lamp and wick" has no expectation at "Keeper II" (line 6 (D6) is empty)',
    ]);
    expectTextKept(fieldsOf('lighthouse-cells.csv'), read);
  });
});

describe('a TSV with levels named only by numbers', () => {
  it('proposes both readings, levels across and levels down', async () => {
    const readings = await readingsOf('ferry-levels.tsv');
    expect(readings.map((r) => r.reading)).toEqual(['levels-as-columns', 'levels-as-rows']);
    const down = readings[1];
    expect(down.levels.map((level) => `${level.title} ${level.cell}`)).toEqual(['1 A2', '2 A3', '3 A4']);
    expect(down.competencies.map((c) => c.title)).toEqual(['Harbour charts', 'Tide tables']);
    expect(down.warnings.map((w) => w.message)).toEqual([
      'The levels are named only by numbers (1…3): they keep those names, as the source gives them',
      '"Tide tables" has no expectation at "3" (line 4 (C4) is empty)',
    ]);
    for (const read of readings) expectTextKept(fieldsOf('ferry-levels.tsv', '\t').slice(1), read);
  });
});

describe('CSV that is not a grid', () => {
  it('names the line of a row longer than the header, and what to do', async () => {
    await expect(readingsOf('ragged.csv')).rejects.toThrow(
      'ragged.csv:2: has 4 fields where the header (line 1) has 3, so it is not one table: quote the fields that contain commas ("like, this"), or give the header a name for every column',
    );
  });

  it('names the line where a quoted field opens and never closes', async () => {
    await expect(readingsOf('unclosed.csv')).rejects.toThrow(
      'unclosed.csv:2: has a quoted field that is never closed: add the closing quote (") where the field ends',
    );
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([...encoded('Competency,Junior\nRowing,Rows '), 0xe9, ...encoded('t\n')]);
    await expect(readingsOfData('latin.csv', bytes)).rejects.toThrow('latin.csv:2: is not valid UTF-8');
  });

  it('reads a UTF-8 file holding U+FFFD as text', async () => {
    const [read] = await readingsOfData('mark.csv', encoded('Competency,Junior\nRowing,Rows \uFFFD well\n'));
    expect(read.cells[0].expectations).toEqual(['Rows \uFFFD well']);
  });

  it('says what a table needs when a file has no header row and body', async () => {
    await expect(readingsOfData('one.csv', encoded('Competency,Junior,Senior\n'))).rejects.toThrow(
      'one.csv: holds no table the importer can read as a ladder: it needs a header row',
    );
  });

  it('names the extensions it reads when given another', async () => {
    await expect(readingsOfData('ladder.ods', encoded(''))).rejects.toThrow(
      'ladder.ods: is not a kind of file the importer reads as data (.csv .tsv .xlsx .yaml .yml .json)',
    );
  });
});
