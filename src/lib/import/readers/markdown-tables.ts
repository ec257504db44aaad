import type { Heading, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { plainTextOf } from '../../markdown/prose.ts';
import { looksLikeLevel } from '../matrix/level-names.ts';
import type { Grid, GridCell } from '../grid/grid.ts';
import { readingsOfGrid } from '../grid/readings-of-grid.ts';
import { lineOf, markdownOf } from '../markdown/parse-markdown.ts';
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { proseOf, type MarkdownSource } from './markdown-source.ts';

/** A cell's Markdown, a line break (`<br>`, a trailing backslash) kept as a new line: one expectation a line. */
function cellText(cell: TableCell): string {
  const blocks = (cell.data as { blocks?: RootContent[] } | undefined)?.blocks;
  if (blocks) return markdownOf(blocks);
  const children = cell.children.map((child): PhrasingContent =>
    child.type === 'break' ? { type: 'text', value: '\n' } : child,
  );
  return markdownOf([{ type: 'paragraph', children }])
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** A Markdown table (or an HTML one the importer converted) as a grid: its rows of cells, each with its line. */
export function gridOfTable(table: Table, name?: string): Grid {
  return {
    where: `the table on line ${lineOf(table)}`,
    ...(name ? { name } : {}),
    rows: table.children.map((row) =>
      row.children.map((cell): GridCell => ({ text: cellText(cell), line: cell.position?.start.line ?? lineOf(row) })),
    ),
  };
}

/**
 * The top-level tables of a document with the readings each allows, and whether it sits under a heading that reads
 * like a level (then it is that level's table of criteria, not a ladder of its own). An HTML table is read from its
 * HTML (spans expanded, padded headers tidied, each cell at its line); a Markdown one through its grid. With several
 * tables, each reading's name ends in the table's line.
 */
export function tablesOf(
  source: MarkdownSource,
): { table: Table; readings: MatrixReading[]; underLevel: boolean; block: RootContent[] }[] {
  const tables = source.body.filter((node): node is Table => node.type === 'table');
  const headings: Heading[] = [];
  const underLevel = new Set<Table>();
  for (const node of source.body) {
    if (node.type === 'heading') {
      while (headings.length > 0 && headings.at(-1)!.depth >= node.depth) headings.pop();
      headings.push(node);
    } else if (node.type === 'table' && headings.some((h) => looksLikeLevel(plainTextOf(h)))) underLevel.add(node);
  }
  const several = tables.length > 1;
  return tables.map((table) => {
    const line = lineOf(table);
    const html = source.htmlTables.get(line);
    // What the HTML block became besides its table (a caption, a paragraph) is in its own readings' prose.
    const block = html ? source.body.filter((node) => lineOf(node) === line) : [table];
    const readings = html
      ? html.map((reading) => (several ? { ...reading, reading: `${reading.reading}:line-${line}` } : reading))
      : readingsOfGrid(gridOfTable(table, several ? `line-${line}` : undefined));
    return { table, readings, underLevel: underLevel.has(table), block };
  });
}

/**
 * The readings of a document that is one of its tables: each reading its table allows, with the rest of the document
 * (its other tables too) kept as the ladder's introduction and its title as the ladder's.
 */
export function readingsOfTables(source: MarkdownSource): MatrixReading[] {
  return tablesOf(source).flatMap(({ readings, underLevel, block }) => {
    if (underLevel) return [];
    const rest = proseOf(source.body.filter((node) => !block.includes(node)));
    return readings.map((reading) => {
      const introduction = [rest, reading.introduction ?? ''].filter((text) => text.trim() !== '').join('\n\n');
      // A title row the table gave, when the document has a title of its own, is kept as prose.
      const titleRow = reading.title && source.title ? [{ text: reading.title.text, where: reading.describe }] : [];
      const title = source.title ?? reading.title;
      return {
        ...reading,
        ...(title ? { title } : {}),
        ...(introduction ? { introduction } : {}),
        prose: [...titleRow, ...reading.prose],
      };
    });
  });
}
