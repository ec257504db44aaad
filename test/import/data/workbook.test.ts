import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readingsOfData } from '../../../src/lib/import/data/readings-of-data.ts';
import type { MatrixReading } from '../../../src/lib/import/matrix/matrix-reading.ts';
import { expectTextKept } from './text-kept.ts';

/**
 * A workbook as a bakery might keep its ladder, built here with exceljs (so the test shows every cell it holds): a
 * sheet with the matrix (a title merged across the top, a group merged down two rows, rich text, a formula, a link,
 * a note on a cell, an empty cell) and a sheet of notes.
 */
async function bakeryWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ladder = workbook.addWorksheet('Bakery ladder');
  ladder.addRows([
    ['Bakery ladder'],
    ['Family', 'Competency', 'Baker 1', 'Baker 2', 'Head baker'],
    ['Dough', 'Mixing', 'Weighs each ingredient\nMixes a plain loaf', '', 'Writes the recipes'],
    [null, 'Proving', 'Knows when a dough has doubled', 'Adjusts proving for a cold morning', 'Plans the night shift'],
    ['Shop', 'Display', 'Fills the window', 'Dresses the window', 'Sets the prices'],
  ]);
  ladder.mergeCells('A1:E1');
  ladder.mergeCells('A3:A4');
  ladder.getCell('D3').value = {
    richText: [{ text: 'Shapes ' }, { text: 'baguettes', font: { bold: true } }, { text: ' by hand' }],
  };
  ladder.getCell('C5').value = { formula: '"Fills the "&"window"', result: 'Fills the window' };
  ladder.getCell('E5').value = { text: 'Sets the prices', hyperlink: 'https://example.org/prices' };
  ladder.getCell('E3').note = 'Recipes are kept in the blue folder.';
  ladder.getCell('D5').value = null;
  const notes = workbook.addWorksheet('Notes');
  notes.addRows([['Each baker holds the expectations of the levels below.'], ['Reviewed every January.']]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cellsOf = (read: MatrixReading) =>
  read.cells.map(
    (cell) =>
      `${read.competencies[cell.competency].title} @ ${read.levels[cell.level].title} (${cell.cell}): ${cell.expectations.join(' | ')}`,
  );

describe('an .xlsx workbook', () => {
  let readings: MatrixReading[];
  beforeAll(async () => {
    readings = await readingsOfData('bakery.xlsx', await bakeryWorkbook());
  });

  it('reads the sheet with the matrix, named by its sheet, and the merged title and group', () => {
    expect(readings.map((r) => r.reading)).toEqual(['levels-as-columns:bakery-ladder']);
    const [read] = readings;
    expect(read.title).toEqual({ text: 'Bakery ladder', cell: "'Bakery ladder'!A1" });
    expect(read.levels.map((level) => `${level.title} ${level.cell}`)).toEqual([
      "Baker 1 'Bakery ladder'!C2",
      "Baker 2 'Bakery ladder'!D2",
      "Head baker 'Bakery ladder'!E2",
    ]);
    expect(read.competencies.map((c) => `${c.group}/${c.title}`)).toEqual([
      'Dough/Mixing',
      'Dough/Proving',
      'Shop/Display',
    ]);
  });

  it('reads rich text as emphasis, a formula as its result, a link as a link, and line breaks as expectations', () => {
    expect(cellsOf(readings[0])).toEqual([
      "Mixing @ Baker 1 ('Bakery ladder'!C3): Weighs each ingredient | Mixes a plain loaf",
      "Mixing @ Baker 2 ('Bakery ladder'!D3): Shapes **baguettes** by hand",
      "Mixing @ Head baker ('Bakery ladder'!E3): Writes the recipes",
      "Proving @ Baker 1 ('Bakery ladder'!C4): Knows when a dough has doubled",
      "Proving @ Baker 2 ('Bakery ladder'!D4): Adjusts proving for a cold morning",
      "Proving @ Head baker ('Bakery ladder'!E4): Plans the night shift",
      "Display @ Baker 1 ('Bakery ladder'!C5): Fills the window",
      "Display @ Head baker ('Bakery ladder'!E5): [Sets the prices](https://example.org/prices)",
    ]);
  });

  it('warns of the empty cell, and keeps the notes sheet and the note on a cell as prose', () => {
    const [read] = readings;
    expect(read.warnings).toEqual([
      {
        message: `"Display" has no expectation at "Baker 2" ('Bakery ladder'!D5 is empty)`,
        cell: "'Bakery ladder'!D5",
      },
    ]);
    expect(read.prose).toEqual([
      {
        text: 'Recipes are kept in the blue folder.',
        where: "the note on 'Bakery ladder'!E3",
        cell: "'Bakery ladder'!E3",
      },
      {
        text: 'Each baker holds the expectations of the levels below.\n\nReviewed every January.',
        where: 'sheet Notes',
        cell: 'Notes!A1',
      },
    ]);
    expectTextKept(
      [
        'Bakery ladder',
        'Dough',
        'Shop',
        'Mixing',
        'Proving',
        'Display',
        'Weighs each ingredient\nMixes a plain loaf',
        'Shapes baguettes by hand',
        'Writes the recipes',
        'Knows when a dough has doubled',
        'Adjusts proving for a cold morning',
        'Plans the night shift',
        'Fills the window',
        'Sets the prices',
        'Recipes are kept in the blue folder.',
        'Each baker holds the expectations of the levels below.',
        'Reviewed every January.',
      ],
      read,
    );
  });

  it('proposes the readings of every sheet that is a table, each keeping the others as prose', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Makers').addRows([
      ['Competency', 'Maker', 'Senior maker'],
      ['Joinery', 'Cuts a dovetail', 'Designs a cabinet'],
    ]);
    workbook.addWorksheet('Leads').addRows([
      ['Competency', 'Lead', 'Head of workshop'],
      ['Planning', 'Plans a week', 'Plans a year'],
    ]);
    const both = await readingsOfData('workshop.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(both.map((r) => r.reading)).toEqual([
      'levels-as-columns:makers',
      'levels-as-rows:makers',
      'levels-as-columns:leads',
      'levels-as-rows:leads',
    ]);
    expect(both[0].prose.map((p) => [p.where, p.text])).toEqual([
      [
        'sheet Leads',
        '| Competency | Lead | Head of workshop |\n| --- | --- | --- |\n| Planning | Plans a week | Plans a year |',
      ],
    ]);
  });

  it('warns of a formula whose result was never saved, and of a cell showing an error, naming the cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Crew');
    sheet.addRows([
      ['Competency', 'Junior', 'Senior'],
      ['Knots', 'Ties a bowline', 'Teaches the knots'],
      ['Charts', 'Reads a chart', 'Plans a passage'],
    ]);
    sheet.getCell('B3').value = { formula: 'CONCAT("Reads ","a chart")' } as ExcelJS.CellFormulaValue;
    sheet.getCell('C3').value = { error: '#N/A' };
    const [read] = await readingsOfData('crew.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.warnings.slice(0, 2)).toEqual([
      {
        message:
          'Crew!B3 holds a formula whose result was never saved (a workbook written by a script): open it in a spreadsheet app and save it, so the results are stored',
        cell: 'Crew!B3',
      },
      { message: 'Crew!C3 shows the error #N/A: fix its formula in the workbook and save it again', cell: 'Crew!C3' },
    ]);
  });

  it('names the file, and what to do, when the bytes are not a workbook', async () => {
    await expect(readingsOfData('ladder.xlsx', new TextEncoder().encode('Competency,Junior\n'))).rejects.toThrow(
      /^ladder\.xlsx: is not a workbook exceljs can read \(.+\): open it in a spreadsheet app and save it as an Excel Workbook \(\.xlsx\), or export the sheet with the ladder as CSV$/,
    );
  });
});
