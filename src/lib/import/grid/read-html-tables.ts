// The tables of an HTML document, or of an HTML block inside Markdown, read with the project's HTML reader
// (htmlparser2): `rowspan` and `colspan` expanded, a cell's markup as Markdown (emphasis, code, links), its line
// breaks and list items as separate expectations, `<pre>` and padded headers trimmed. The text outside the tables is
// kept as prose, and the document's first heading (or else its <title>) offered as the title.
import { readHtml } from '../../html/read-html.ts';
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { markdownOfPlainText, type Grid, type GridCell } from './grid.ts';
import { readingsOfGrids } from './readings-of-grids.ts';

type Prose = MatrixReading['prose'][number];

interface HtmlCell {
  text: string;
  line: number;
  rowspan: number;
  colspan: number;
}

interface HtmlTable {
  line: number;
  caption: string;
  rows: HtmlCell[][];
}

const breaks = new Set([
  'br',
  'p',
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
]);
const skipped = new Set(['script', 'style', 'template', 'noscript', 'head']);
const emphasis: Record<string, string> = { b: '**', strong: '**', i: '_', em: '_', code: '`' };

/** A span's size: a positive whole number, 1 when absent or unreadable, as browsers read it. */
function span(value: string | undefined): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) && number > 0 ? Math.min(number, 1000) : 1;
}

/** Text as Markdown lines: whitespace collapsed within each line, blank lines dropped. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Text being written (a cell's, the caption's, the document's outside the tables) and the emphasis just opened. */
interface Written {
  text: string;
  opened?: string;
}

function open(target: Written, marker: string): void {
  target.text += marker;
  target.opened = marker;
}

/** Closes emphasis with the spaces before it moved after it: "** bold **" is no emphasis in Markdown, "**bold**" is. */
function close(target: Written, marker: string): void {
  if (target.opened === marker) target.text = target.text.slice(0, -marker.length);
  else {
    const trimmed = target.text.trimEnd();
    target.text = `${trimmed}${marker}${target.text.slice(trimmed.length)}`;
  }
  target.opened = undefined;
}

function addText(target: Written, text: string): void {
  const space = /^\s+/.exec(text)?.[0];
  if (target.opened && space) {
    target.text = `${target.text.slice(0, -target.opened.length)}${space}${target.opened}`;
    text = text.slice(space.length);
  }
  if (text !== '') target.opened = undefined;
  target.text += text;
}

/** Where each of the text's lines starts, to give an offset its line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** The tables of a document and the text around them, in document order. */
function readTables(
  html: string,
  firstLine: number,
): { tables: HtmlTable[]; prose: Prose[]; heading?: { text: string; line: number } } {
  const starts = lineStarts(html);
  const tables: HtmlTable[] = [];
  const prose: Prose[] = [];
  let heading: { text: string; line: number } | undefined;
  /** Open tables, the outermost first: a table inside a cell is read as that cell's text. */
  let depth = 0;
  let table: HtmlTable | undefined;
  let cell: HtmlCell | undefined;
  let inCaption = false;
  const captionText: Written = { text: '' };
  let skipping = 0;
  /** The <title> of the head, the title when no heading gives one. */
  let headTitle: { text: string; line: number } | undefined;
  let inTitle = false;
  let pre = 0;
  /** Inside <code>, text is code: Markdown does not read it, so nothing is escaped. */
  let code = 0;
  let outside = { text: '', line: firstLine, tag: '' };
  const links: string[] = [];
  const target = (): Written | undefined => {
    if (skipping > 0) return undefined;
    if (cell) return cell;
    if (table) return inCaption ? captionText : undefined;
    return outside;
  };
  const write = (text: string) => {
    const written = target();
    if (written) {
      written.text += text;
      written.opened = undefined;
    }
  };
  const flushOutside = (line: number) => {
    const text = tidy(outside.text);
    if (text !== '') {
      if (!heading && /^h[1-2]$/.test(outside.tag)) heading = { text: text.replace(/\n/g, ' '), line: outside.line };
      else prose.push({ text, where: 'the document around its tables', line: outside.line });
    }
    outside = { text: '', line, tag: '' };
  };
  readHtml(html, {
    startTag: (tag) => {
      const line = firstLine + lineAt(starts, tag.start) - 1;
      if (skipped.has(tag.name)) skipping++;
      if (tag.name === 'title' && !headTitle) {
        headTitle = { text: '', line };
        inTitle = true;
      }
      if (tag.name === 'pre') pre++;
      if (tag.name === 'code') code++;
      if (tag.name === 'table') {
        depth++;
        if (depth === 1) {
          flushOutside(line);
          captionText.text = '';
          table = { line, caption: '', rows: [] };
          tables.push(table);
          return;
        }
      }
      if (depth === 1 && table) {
        if (tag.name === 'tr') table.rows.push([]);
        if (tag.name === 'caption') inCaption = true;
        if (tag.name === 'td' || tag.name === 'th') {
          if (table.rows.length === 0) table.rows.push([]);
          cell = { text: '', line, rowspan: span(tag.attributes.rowspan), colspan: span(tag.attributes.colspan) };
          table.rows.at(-1)!.push(cell);
          return;
        }
      }
      if (!table && /^(?:h[1-6]|p|li|div|section|article|blockquote|pre|dd|dt)$/.test(tag.name)) {
        flushOutside(line);
        outside.tag = tag.name;
      }
      const written = target();
      if (tag.name in emphasis) {
        if (written) open(written, emphasis[tag.name]);
      } else if (tag.name === 'a') {
        // A link with no address, or to a place in its page, publishes as its text.
        const href = tag.attributes.href ?? '';
        links.push(href.startsWith('#') ? '' : href);
        if (!href.startsWith('#') && href !== '') write('[');
      } else if (tag.name === 'li') write('\n- ');
      else if (breaks.has(tag.name)) write('\n');
      else if (tag.name === 'td' || tag.name === 'th') write(' ');
    },
    endTag: (name) => {
      if (skipped.has(name)) skipping = Math.max(0, skipping - 1);
      if (name === 'title') inTitle = false;
      if (name === 'pre') pre = Math.max(0, pre - 1);
      if (name === 'code') code = Math.max(0, code - 1);
      if (name === 'table') {
        depth = Math.max(0, depth - 1);
        if (depth === 0) {
          table = undefined;
          cell = undefined;
          return;
        }
      }
      if (depth === 1 && (name === 'td' || name === 'th')) {
        cell = undefined;
        return;
      }
      if (name === 'caption' && table) {
        inCaption = false;
        table.caption = captionText.text;
      }
      if (name in emphasis) {
        const written = target();
        if (written) close(written, emphasis[name]);
      } else if (name === 'a') {
        const href = links.pop() ?? '';
        if (href !== '') write(`](${href})`);
      } else if (breaks.has(name)) write('\n');
      if (!table && /^(?:h[1-6]|p|li|div|section|article|blockquote|pre|dd|dt)$/.test(name)) flushOutside(outside.line);
    },
    text: (text) => {
      if (inTitle && headTitle) {
        headTitle.text += text;
        return;
      }
      // Inside <pre> the line breaks are the author's: a padded header keeps its words, one cell's lines stay lines.
      const written = pre > 0 ? text : text.replace(/\s+/g, ' ');
      const into = target();
      if (into) addText(into, code > 0 ? written.replaceAll('`', "'") : markdownOfPlainText(written));
    },
  });
  flushOutside(firstLine);
  for (const table of tables) for (const row of table.rows) for (const cell of row) cell.text = tidy(cell.text);
  const title =
    heading ??
    (headTitle && headTitle.text.trim() !== '' ? { text: tidy(headTitle.text), line: headTitle.line } : undefined);
  return { tables, prose, ...(title ? { heading: title } : {}) };
}

/** A table's rows with every `rowspan` and `colspan` expanded: each slot a span covers holds the spanning cell. */
function expand(table: HtmlTable): GridCell[][] {
  const rows: GridCell[][] = [];
  table.rows.forEach((cells, row) => {
    rows[row] ??= [];
    let column = 0;
    for (const cell of cells) {
      while (rows[row][column]) column++;
      for (let down = 0; down < cell.rowspan && row + down < table.rows.length; down++) {
        rows[row + down] ??= [];
        for (let across = 0; across < cell.colspan; across++)
          rows[row + down][column + across] = { text: cell.text, line: cell.line };
      }
      column += cell.colspan;
    }
  });
  return rows.map((cells, row) =>
    Array.from(cells, (cell) => cell ?? { text: '', line: table.rows[row][0]?.line ?? table.line }),
  );
}

/**
 * The readings of every table of an HTML document (or an HTML block of a Markdown document starting at `firstLine`),
 * each cell placed at its line in the document. Empty when there is no table.
 */
export function readingsOfHtmlTables(html: string, firstLine: number): MatrixReading[] {
  const { tables, prose, heading } = readTables(html, firstLine);
  const grids: Grid[] = tables.map((table) => ({
    where: `the table at line ${table.line}${table.caption.trim() ? ` ("${tidy(table.caption).replace(/\n/g, ' ')}")` : ''}`,
    rows: expand(table),
  }));
  const named = grids.length > 1 ? grids.map((grid, index) => ({ ...grid, name: `table-${index + 1}` })) : grids;
  return readingsOfGrids(named, prose, heading ? { text: heading.text, line: heading.line } : undefined);
}
