import { expect } from 'vitest';
import type { MatrixReading } from '../../../src/lib/import/matrix/matrix-reading.ts';

/** Text as compared: Markdown escapes and emphasis undone, whitespace collapsed. */
const plain = (text: string) =>
  text
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Everything a reading keeps of its source: titles, groups, intros, expectations, prose and warnings. */
export function textOfReading(reading: MatrixReading): string {
  return plain(
    [
      reading.title?.text ?? '',
      reading.introduction ?? '',
      ...reading.levels.flatMap((level) => [level.title, level.intro ?? '']),
      ...reading.competencies.flatMap((competency) => [
        competency.title,
        competency.group ?? '',
        competency.intro ?? '',
      ]),
      ...reading.cells.flatMap((cell) => cell.expectations),
      ...reading.prose.map((prose) => prose.text),
      ...reading.warnings.map((warning) => warning.message),
    ].join('\n'),
  );
}

/** Asserts that every piece of every source text (each line, list item or "; " item) is somewhere in the reading. */
export function expectTextKept(sources: string[], reading: MatrixReading): void {
  const kept = textOfReading(reading);
  for (const source of sources)
    for (const piece of source.split(/\n|; /)) {
      const text = plain(piece.replace(/^\s*[-*•]\s+/, ''));
      if (text !== '') expect(kept, `"${text}" is kept by ${reading.reading}`).toContain(text);
    }
}
