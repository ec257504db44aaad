// A source with several tables (the sheets of a workbook, the tables of an HTML document) proposes the readings of
// each; every reading keeps the source's other tables and its text outside them as prose, so whichever reading the
// importer chooses, nothing of the source is dropped.
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { gridName, type Grid } from './grid.ts';
import { readingsOfGrid } from './readings-of-grid.ts';

type Prose = MatrixReading['prose'][number];

const cellOfTable = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ')
    .replaceAll('|', '\\|');

/** A grid as a Markdown table, to keep a table no reading takes as the ladder. */
export function proseOfGrid(grid: Grid): Prose | undefined {
  const rows = grid.rows.filter((row) => row.some((cell) => cell.text.trim() !== ''));
  const first = rows.flat().find((cell) => cell.text.trim() !== '');
  if (!first) return undefined;
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const texts = rows.map((row) => Array.from({ length: width }, (_, column) => cellOfTable(row[column]?.text ?? '')));
  const text =
    width === 1
      ? texts.map(([cell]) => cell).join('\n\n')
      : [line(texts[0]), line(texts[0].map(() => '---')), ...texts.slice(1).map(line)].join('\n');
  return {
    text,
    where: grid.where,
    ...(first.line === undefined ? {} : { line: first.line }),
    ...(first.cell === undefined ? {} : { cell: first.cell }),
  };
}

/**
 * The readings of every grid of one source. A grid no reading takes (a sheet of notes) is kept as prose in all of
 * them, and so is every other grid in each grid's readings; `prose` is the source's text outside its grids, and
 * `warnings` what the source's reader found wrong in it (a formula with no result), given to every reading.
 */
export function readingsOfGrids(
  grids: Grid[],
  prose: Prose[] = [],
  title?: MatrixReading['title'],
  warnings: MatrixReading['warnings'] = [],
): MatrixReading[] {
  const read = grids.map((grid) => ({ grid, readings: readingsOfGrid(grid) }));
  const candidates = read.filter(({ readings }) => readings.length > 0);
  const names = new Set<string>();
  return candidates.flatMap(({ grid, readings }) => {
    let name = grid.name ?? gridName(grid.where);
    while (candidates.length > 1 && names.has(name)) name = `${name}-${names.size + 1}`;
    names.add(name);
    const others = read
      .filter((other) => other.grid !== grid)
      .map((other) => proseOfGrid(other.grid))
      .filter((other): other is Prose => other !== undefined);
    return readings.map((reading) => ({
      ...reading,
      reading: candidates.length > 1 && !grid.name ? `${reading.reading}:${name}` : reading.reading,
      ...((reading.title ?? title) ? { title: reading.title ?? title } : {}),
      prose: [...prose, ...reading.prose, ...others],
      warnings: [...warnings, ...reading.warnings],
    }));
  });
}
