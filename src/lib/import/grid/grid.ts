// A table as every source of one hands it to the readings: a Markdown or HTML table, a CSV/TSV export, a sheet of a
// workbook. Spans are already expanded (a merged or `rowspan` cell repeats its text in every cell it covers), so a
// grid is rows of cells and nothing else; what the rows and columns mean is for `readingsOfGrid` to propose.
import type { SourcePlace } from '../matrix/matrix-reading.ts';

/** One cell: its text as Markdown prose ('' when empty), and where it was read (`line`, `cell` or both). */
export interface GridCell extends SourcePlace {
  /** Several expectations in one cell are written one a line ("\n"), as list items ("- ") or as a Markdown list. */
  text: string;
}

export interface Grid {
  /** Where the grid is, in words, for the readings' descriptions and the prose they keep: "sheet Levels". */
  where: string;
  /**
   * Tells apart the readings of several grids of one source (the sheet or the table), as a slug: it is appended to
   * each reading's name ("levels-as-columns:levels"). Absent when the source has one grid.
   */
  name?: string;
  /** Top to bottom, each left to right; rows may be shorter than the widest (missing cells are empty). */
  rows: GridCell[][];
}

/** A spreadsheet's column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's address as a spreadsheet writes it ("B3", "Levels!C4", "'Career ladder'!A1"), from 0-based indexes. */
export function cellAddress(row: number, column: number, sheet?: string): string {
  const cell = `${columnLetters(column)}${row + 1}`;
  if (sheet === undefined) return cell;
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replaceAll("'", "''")}'!${cell}`;
}

/** Where a place is, for messages: "Levels!C4", "line 12", or "line 3 (C2)". */
export function describePlace(place: SourcePlace): string {
  if (place.line !== undefined && place.cell !== undefined) return `line ${place.line} (${place.cell})`;
  if (place.cell !== undefined) return place.cell;
  return place.line === undefined ? 'an unknown place' : `line ${place.line}`;
}

/** A slug for a grid's name: lowercase words joined by "-". */
export function gridName(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'grid'
  );
}

/**
 * Plain text (a spreadsheet's or a CSV's cell) as Markdown prose that reads the same: the characters Markdown would
 * take as markup are escaped, so "snake_case" or "<none>" is published as written.
 */
export function markdownOfPlainText(text: string): string {
  return text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/^(\s*)([#>])/gm, '$1\\$2');
}
