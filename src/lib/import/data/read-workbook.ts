// An .xlsx workbook, read by exceljs: every sheet is a candidate grid, its merged cells expanded (each cell a merge
// covers holds the merge's text and its place), rich text kept as Markdown emphasis, formulas read as their results.
// A cell's note is kept too, as prose: whatever reading is chosen, no text of the workbook is dropped.
import ExcelJS from 'exceljs';
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { ImportError } from '../import-error.ts';
import { cellAddress, gridName, markdownOfPlainText, type Grid, type GridCell } from '../grid/grid.ts';
import { readingsOfGrids } from '../grid/readings-of-grids.ts';

type Prose = MatrixReading['prose'][number];
type Warning = MatrixReading['warnings'][number];

/** Emphasis around a run's words, with the spaces at its ends left outside (Markdown wants "**bold** text"). */
function emphasised(text: string, marker: string): string {
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return words === '' ? text : `${before}${marker}${words}${marker}${after}`;
}

function textOfRichText(runs: ExcelJS.RichText[]): string {
  return runs
    .map((run) => {
      let text = markdownOfPlainText(run.text);
      if (run.font?.italic) text = emphasised(text, '_');
      if (run.font?.bold) text = emphasised(text, '**');
      return text;
    })
    .join('');
}

/** A cell's value as Markdown prose: what the sheet shows in it (a formula's result, a date as its day). */
function textOfValue(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return markdownOfPlainText(String(value));
  if ('richText' in value) return textOfRichText(value.richText);
  if ('hyperlink' in value) {
    const text =
      typeof value.text === 'object' ? textOfValue(value.text as ExcelJS.CellValue) : markdownOfPlainText(value.text);
    return value.hyperlink.startsWith('#') ? text : `[${text}](${value.hyperlink})`;
  }
  if ('error' in value) return value.error;
  if ('result' in value) return textOfValue((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return undefined;
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
  return text.trim() === '' ? undefined : markdownOfPlainText(text.trim());
}

/** What is wrong with a cell's value as the sheet stores it: an error shown, or a formula whose result was never saved. */
function problemOf(value: ExcelJS.CellValue): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  if ('error' in value) return `shows the error ${value.error}: fix its formula in the workbook and save it again`;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined)
      return 'holds a formula whose result was never saved (a workbook written by a script): open it in a spreadsheet app and save it, so the results are stored';
    if (typeof result === 'object' && result !== null && 'error' in result)
      return `shows the error ${String(result.error)}: fix its formula in the workbook and save it again`;
  }
  return undefined;
}

function gridOfSheet(sheet: ExcelJS.Worksheet, notes: Prose[], warnings: Warning[]): Grid {
  const rows: GridCell[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells: GridCell[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = sheet.getCell(row, column);
      const source = cell.isMerged ? cell.master : cell;
      const place = cellAddress(Number(source.row) - 1, Number(source.col) - 1, sheet.name);
      cells.push({ text: textOfValue(source.value), cell: place });
      const problem = source === cell ? problemOf(cell.value) : undefined;
      if (problem) warnings.push({ message: `${place} ${problem}`, cell: place });
      const note = source === cell ? noteOf(cell) : undefined;
      if (note) notes.push({ text: note, where: `the note on ${place}`, cell: place });
    }
    rows.push(cells);
  }
  return { where: `sheet ${sheet.name}`, rows };
}

/** Every reading of every sheet of a workbook; a sheet that is not a table (notes) is kept as prose in each. */
export async function readingsOfWorkbook(file: string, bytes: Uint8Array): Promise<MatrixReading[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new ImportError(
      file,
      undefined,
      `is not a workbook exceljs can read (${(error as Error).message.split('\n')[0]}): open it in a spreadsheet app and ` +
        'save it as an Excel Workbook (.xlsx), or export the sheet with the ladder as CSV',
    );
  }
  const notes: Prose[] = [];
  const warnings: Warning[] = [];
  const grids = workbook.worksheets.map((sheet) => ({
    ...gridOfSheet(sheet, notes, warnings),
    name: gridName(sheet.name),
  }));
  if (grids.every((grid) => grid.rows.every((row) => row.every((cell) => cell.text === ''))))
    throw new ImportError(file, undefined, 'has no text in any sheet: check that it is the workbook with the ladder');
  const named = grids.length > 1 ? grids : grids.map(({ name: _name, ...grid }) => grid);
  return readingsOfGrids(named, notes, undefined, warnings);
}
