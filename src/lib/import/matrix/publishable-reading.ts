// A reading's text held to the content rules a Markdown document is held to before any reader sees it: a data file's
// cells (CSV, TSV, a workbook, YAML or JSON, front matter) and an HTML table's are Markdown too, and reach the pages.
import { publishableSource, type ImportWarning } from '../markdown/publishable-source.ts';
import type { MatrixReading, SourcePlace } from './matrix-reading.ts';

/**
 * The reading with only links the site publishes, in every cell, intro and piece of prose (a `javascript:` or a
 * relative link kept as its text, a relative one resolved with `baseUrl`), and a warning at the place of each change:
 * the cell's address, and its line (plus the line inside the cell) when the source has lines.
 */
export function publishableReading(
  reading: MatrixReading,
  baseUrl?: string,
): { reading: MatrixReading; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const publishable = (text: string, place: SourcePlace): string => {
    // Without "[" or "<" a text holds no link (GFM links bare addresses only for http:, https: and www.).
    if (!/[[<]/.test(text)) return text;
    const { text: published, warnings: found } = publishableSource(text, baseUrl);
    for (const { line = 1, message } of found)
      warnings.push({
        ...(place.line === undefined ? {} : { line: place.line + line - 1 }),
        ...(place.cell === undefined ? {} : { cell: place.cell }),
        message,
      });
    return published;
  };
  const withIntro = <T extends SourcePlace & { intro?: string }>(entry: T): T =>
    entry.intro === undefined ? entry : { ...entry, intro: publishable(entry.intro, entry) };
  return {
    reading: {
      ...reading,
      ...(reading.introduction === undefined ? {} : { introduction: publishable(reading.introduction, {}) }),
      levels: reading.levels.map(withIntro),
      competencies: reading.competencies.map(withIntro),
      cells: reading.cells.map((cell) => ({
        ...cell,
        expectations: cell.expectations.map((text) => publishable(text, cell)),
      })),
      prose: reading.prose.map((piece) => ({ ...piece, text: publishable(piece.text, piece) })),
    },
    warnings,
  };
}
