// A spreadsheet exported as text: CSV, TSV, or the ";"-separated CSV of locales whose decimal mark is ",". Parsed by
// csv-parse (quoted fields, quotes doubled inside them, line breaks inside quotes); the delimiter is the one that
// splits the first records into the same number of fields.
import { parse } from 'csv-parse/sync';
import { ImportError } from '../import-error.ts';
import { cellAddress, markdownOfPlainText, type Grid } from '../grid/grid.ts';

const delimiters = [',', '\t', ';', '|'] as const;
const named: Record<string, string> = {
  ',': 'commas',
  '\t': 'tabs',
  ';': 'semicolons',
  '|': '"|"',
};

interface Parsed {
  records: string[][];
  /** The line each record starts on. */
  lines: number[];
}

function parseWith(text: string, delimiter: string, to?: number): Parsed {
  const rows = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: false,
    skip_empty_lines: false,
    ...(to === undefined ? {} : { to }),
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const lines: number[] = [];
  let next = 1;
  for (const { info } of rows) {
    lines.push(next);
    next = info.lines + 1;
  }
  return { records: rows.map((row) => row.record), lines };
}

/** How well a delimiter splits the first records: the share of them with the commonest width, if that width is > 1. */
function fit(text: string, delimiter: string): number {
  let records: string[][];
  try {
    records = parseWith(text, delimiter, 20).records.filter((record) => record.some((field) => field.trim() !== ''));
  } catch {
    return 0;
  }
  const widths = new Map<number, number>();
  for (const record of records) widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
  const [width, count] = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
  return width > 1 ? count + width / 1000 : 0;
}

/** Decodes an export: UTF-8 (with or without its byte order mark), or UTF-16 when it starts with that one's mark. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const valid = new TextDecoder('utf-8').decode(bytes);
    const line = valid.slice(0, valid.indexOf('\uFFFD')).split('\n').length;
    throw new ImportError(
      file,
      line,
      'is not valid UTF-8: export it again as "CSV UTF-8" (or save it as UTF-8) and import it again',
    );
  }
}

/**
 * A CSV or TSV file as a grid, each cell placed by its line and its address as a spreadsheet would show it ("C4").
 * Rows shorter than the header are padded; a row longer than every row above it, with text in the extra fields, is an
 * error: the file is no grid (usually a field holding the delimiter without quotes).
 */
export function gridOfDelimited(file: string, source: string): Grid {
  // Excel writes "sep=;" on a first line of its own to name the delimiter; spreadsheet apps hide that line.
  const hint = /^\uFEFF?sep=(.)\r?\n/i.exec(source);
  const text = hint ? source.slice(hint[0].length) : source;
  const preferred = file.toLowerCase().endsWith('.tsv') ? '\t' : ',';
  const delimiter =
    hint?.[1] ??
    [...delimiters].sort((a, b) => fit(text, b) - fit(text, a) || Number(b === preferred) - Number(a === preferred))[0];
  let parsed: Parsed;
  try {
    parsed = parseWith(text, delimiter);
  } catch (error) {
    const {
      code,
      lines,
      bytes_records: recordsEnd,
    } = error as { code?: string; lines?: number; bytes_records?: number };
    if (code === 'CSV_QUOTE_NOT_CLOSED' && recordsEnd !== undefined) {
      // The record that never ends starts just after the last one read whole.
      const before = new TextDecoder().decode(new TextEncoder().encode(text).subarray(0, recordsEnd));
      throw new ImportError(
        file,
        before.split('\n').length + (hint ? 1 : 0),
        'has a quoted field that is never closed: add the closing quote (") where the field ends, ' +
          'and double every quote inside a field ("say ""yes""")',
      );
    }
    throw new ImportError(
      file,
      lines === undefined ? undefined : lines + (hint ? 1 : 0),
      `could not be read as a table separated by ${named[delimiter]}: ${(error as Error).message.split('\n')[0]}. ` +
        'Export the sheet again, or fix that line',
    );
  }
  const { records } = parsed;
  const lines = parsed.lines.map((line) => line + (hint ? 1 : 0));
  const written = (record: string[]) =>
    record.reduce((width, field, index) => (field.trim() === '' ? width : index + 1), 0);
  const header = records.findIndex((record) => written(record) > 1);
  const width = header < 0 ? 0 : Math.max(...records.slice(0, header + 1).map(written));
  records.forEach((record, row) => {
    if (row > header && header >= 0 && written(record) > width)
      throw new ImportError(
        file,
        lines[row],
        `has ${written(record)} fields where the header (line ${lines[header]}) has ${width}, so it is not one table: ` +
          `quote the fields that contain ${named[delimiter]} ("like, this"), or give the header a name for every column`,
      );
  });
  return {
    where: file,
    rows: records.map((record, row) =>
      record.map((text, column) => ({
        text: markdownOfPlainText(text),
        line: lines[row],
        cell: cellAddress(row, column),
      })),
    ),
  };
}
