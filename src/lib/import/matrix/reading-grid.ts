import type { MatrixReading } from './matrix-reading.ts';
import type { Weighing, WeighedReading } from './weigh-readings.ts';

const width = 80;
const nameWidth = 24;

const cut = (text: string, size: number) => (text.length <= size ? text : `${text.slice(0, size - 1)}…`);

/** Wraps "1 Junior, 2 Mid, …" into lines of at most 80 columns, each continuation indented. */
function wrap(prefix: string, parts: string[]): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const part of parts) {
    const next = line.trim() === prefix.trim() ? `${line}${part}` : `${line}, ${part}`;
    // A line that goes on ends in a comma, which must fit too.
    if (next.length + 1 > width && line.trim() !== prefix.trim()) {
      lines.push(`${line},`);
      line = `${' '.repeat(prefix.length)}${part}`;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/**
 * A reading as a grid of 80 columns at most: one row per competency (or skill set), one numbered column per level,
 * each cell the count of expectations there ("·" for none), the levels' names in a legend below.
 */
export function formatReadingGrid(reading: MatrixReading): string[] {
  const expectations = reading.cells.reduce((n, c) => n + c.expectations.length, 0);
  const rows = reading.competencies.length;
  const columns = reading.levels.length;
  const counts = reading.competencies.map((_, c) =>
    reading.levels.map((_, l) =>
      reading.cells
        .filter((cell) => cell.competency === c && cell.level === l)
        .reduce((n, x) => n + x.expectations.length, 0),
    ),
  );
  const column =
    Math.max(2, ...reading.levels.map((_, l) => String(l + 1).length), ...counts.flat().map((n) => String(n).length)) +
    1;
  const shown = Math.max(1, Math.floor((width - nameWidth - 2) / column));
  const lines = [
    `reading "${reading.reading}": ${reading.describe}`,
    `  ${rows} ${rows === 1 ? 'row' : 'rows'} × ${columns} ${columns === 1 ? 'level' : 'levels'}, ${reading.cells.length} cells, ${expectations} expectations`,
  ];
  for (let from = 0; from < columns; from += shown) {
    const range = reading.levels.slice(from, from + shown).map((_, i) => from + i);
    lines.push(`  ${''.padEnd(nameWidth)}${range.map((l) => String(l + 1).padStart(column)).join('')}`);
    counts.forEach((row, c) =>
      lines.push(
        `  ${cut(reading.competencies[c].title, nameWidth - 1).padEnd(nameWidth)}${range
          .map((l) => (row[l] === 0 ? '·' : String(row[l])).padStart(column))
          .join('')}`,
      ),
    );
  }
  lines.push(
    ...wrap(
      '  levels: ',
      reading.levels.map((level, l) => `${l + 1} ${cut(level.title, 40)}${level.baseline ? ' (all levels)' : ''}`),
    ),
  );
  return lines;
}

const chooser = (w: WeighedReading) =>
  `--reading ${w.reading.reading}  (or "reading: ${w.reading.reading}" in the config)`;

/** What the importer prints about its choice: the chosen grid next to the runner-up, and how to take another reading. */
export function formatChoice(weighing: Extract<Weighing, { verdict: 'chosen' }>): string[] {
  const lines = ['Chosen:', ...formatReadingGrid(weighing.chosen.reading).map((l) => `  ${l}`)];
  if (weighing.runnerUp) {
    lines.push(
      'Runner-up:',
      ...formatReadingGrid(weighing.runnerUp.reading).map((l) => `  ${l}`),
      ...weighing.runnerUp.problems.map((p) => `    implausible: ${p}`),
      `  to take it instead: ${chooser(weighing.runnerUp)}`,
    );
  }
  return lines;
}

/** Why the importer stopped, and every candidate reading with its grid, its problems and the flag that chooses it. */
export function formatCandidates(weighing: Extract<Weighing, { verdict: 'unsure' }>): string {
  const lines = [`was not imported, since ${weighing.reason}: choose one of the readings the importer can make of it.`];
  for (const w of weighing.all) {
    lines.push('', ...formatReadingGrid(w.reading).map((l) => `  ${l}`));
    lines.push(...w.problems.map((p) => `    implausible: ${p}`));
    lines.push(`    choose it with ${chooser(w)}`);
  }
  return lines.join('\n');
}
