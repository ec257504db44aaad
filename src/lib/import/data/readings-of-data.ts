// A ladder kept as data, by its file's extension: a CSV or TSV export, an .xlsx workbook, YAML or JSON. Each source
// proposes its readings; the importer weighs them. A document's front matter is read as YAML data too.
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { ImportError } from '../import-error.ts';
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { readingsOfGrids } from '../grid/readings-of-grids.ts';
import { decodeText, gridOfDelimited } from './read-delimited.ts';
import { keyPath, readingsOfLadderData } from './read-ladder-data.ts';
import { readingsOfWorkbook } from './read-workbook.ts';

/** The extensions `readingsOfData` reads. */
export const dataExtensions = ['.csv', '.tsv', '.xlsx', '.yaml', '.yml', '.json'] as const;

/** The line of every key path of a YAML (or JSON) document, from its syntax tree. */
function linesOfPaths(node: unknown, path: string, lines: LineCounter, into: Map<string, number>): void {
  const range = (node as YamlNode | null)?.range;
  if (range && !into.has(path)) into.set(path, lines.linePos(range[0]).line);
  if (isMap(node))
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      const at = keyPath(path, key);
      if (isScalar(item.key) && item.key.range) into.set(at, lines.linePos(item.key.range[0]).line);
      // A scalar is placed at its key's line; a mapping or a list at each of its entries.
      if (item.value && !isScalar(item.value)) linesOfPaths(item.value, at, lines, into);
    }
  else if (isSeq(node)) node.items.forEach((item, index) => linesOfPaths(item, `${path}[${index}]`, lines, into));
}

function readYaml(file: string, text: string): { data: unknown; lines: Map<string, number> } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const [error] = document.errors;
  if (error)
    throw new ImportError(
      file,
      lines.linePos(error.pos[0]).line,
      `is not valid YAML: ${error.message.split('\n')[0]}. Fix the line (an indent, a missing ":" or an unquoted ": " inside a value) and import it again`,
    );
  const paths = new Map<string, number>();
  linesOfPaths(document.contents, '', lines, paths);
  return { data: document.toJS() as unknown, lines: paths };
}

function readJson(file: string, text: string): { data: unknown; lines: Map<string, number> } {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new ImportError(
      file,
      line,
      `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}. Fix it (a missing comma or quote) and import it again`,
    );
  }
  // Valid JSON is YAML too, and the YAML reader keeps where each value is written.
  return readYaml(file, text);
}

/** Every reading of a file of ladder data (.csv .tsv .xlsx .yaml .yml .json); an error when it has none. */
export async function readingsOfData(file: string, bytes: Uint8Array): Promise<MatrixReading[]> {
  const extension = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
  let readings: MatrixReading[];
  if (extension === '.xlsx') readings = await readingsOfWorkbook(file, bytes);
  else if (extension === '.csv' || extension === '.tsv')
    readings = readingsOfGrids([gridOfDelimited(file, decodeText(file, bytes))]);
  else if (extension === '.yaml' || extension === '.yml' || extension === '.json') {
    const text = decodeText(file, bytes);
    const { data, lines } = extension === '.json' ? readJson(file, text) : readYaml(file, text);
    readings = readingsOfLadderData(data, { where: file, lineOf: (path) => lines.get(path) });
  } else
    throw new ImportError(
      file,
      undefined,
      `is not a kind of file the importer reads as data (${dataExtensions.join(' ')}): export the ladder as one of them, or import a Markdown or HTML document`,
    );
  readings = readings.map((reading) => ({ ...reading, fromData: true }));
  if (readings.length === 0)
    throw new ImportError(
      file,
      undefined,
      extension === '.yaml' || extension === '.yml' || extension === '.json'
        ? 'holds no ladder the importer can read: it needs competencies each holding levels of criteria (or levels each holding competencies), or a list of records with a competency, a level and an expectation'
        : 'holds no table the importer can read as a ladder: it needs a header row (the levels, or competency, level and expectation) and a row below it',
    );
  return readings;
}

/**
 * The readings of a document's front matter, when it holds a ladder as data; none when it holds only fields. Given
 * the front matter's YAML text too, each place is the line of its key in the document (the YAML starting on the line
 * after `line`, the opening "---"); without it every place is `line`.
 */
export function readingsOfFrontMatter(data: unknown, line: number, yaml?: string): MatrixReading[] {
  const paths = new Map<string, number>();
  if (yaml !== undefined) {
    const lines = new LineCounter();
    const document = parseDocument(yaml, { lineCounter: lines });
    if (document.errors.length === 0) linesOfPaths(document.contents, '', lines, paths);
  }
  const lineOf = (path: string) => {
    const at = paths.get(path);
    return at === undefined ? line : line + at;
  };
  return readingsOfLadderData(data, { where: 'the front matter', lineOf }).map((reading) => ({
    ...reading,
    fromData: true,
  }));
}
