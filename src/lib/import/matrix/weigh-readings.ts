import { looksLikeLevel } from './level-names.ts';
import type { MatrixReading } from './matrix-reading.ts';

/** What the whole source says, whichever reading is taken of it. */
export interface SourceFacts {
  /** The titles of the source's headings that read like levels ("Senior Engineer", "L3"), the ladder's title aside. */
  levelHeadings: string[];
}

export interface WeighedReading {
  reading: MatrixReading;
  score: number;
  /** Why the reading is implausible; empty when it is plausible. */
  problems: string[];
  /** The share of the reading's words that are in cells (0–1). */
  inCells: number;
}

export type Weighing =
  | { verdict: 'chosen'; chosen: WeighedReading; runnerUp?: WeighedReading; all: WeighedReading[] }
  | { verdict: 'unsure'; reason: string; all: WeighedReading[] };

/** A name is a short label; an expectation is a sentence ("Adds unit tests to the code they touch."). */
const readsAsSentence = (title: string) => /[.!?]$/.test(title.trim()) || title.split(/\s+/).length > 8;

const wordCount = (text: string | undefined) => (text ? (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) : 0);

const quoted = (names: string[], most = 3) =>
  names
    .slice(0, most)
    .map((n) => `"${n}"`)
    .join(', ') + (names.length > most ? `, …` : '');

/** How far ahead of the runner-up the best reading must score to be taken without asking. */
export const clearMargin = 0.5;

/** Weighs one reading: names that read like levels on the level axis and not on the other, and most words in cells. */
export function weighReading(reading: MatrixReading, facts: SourceFacts, dataReadings: boolean): WeighedReading {
  const levelTitles = reading.levels.map((l) => l.title);
  const competencyTitles = reading.competencies.map((c) => c.title);
  const levelLike = levelTitles.filter(looksLikeLevel);
  const competencyLevelLike = competencyTitles.filter(looksLikeLevel);
  const levelShare = levelTitles.length === 0 ? 0 : levelLike.length / levelTitles.length;
  const competencyShare = competencyTitles.length === 0 ? 0 : competencyLevelLike.length / competencyTitles.length;
  const cellWords = reading.cells.reduce((n, cell) => n + cell.expectations.reduce((m, e) => m + wordCount(e), 0), 0);
  const otherWords =
    wordCount(reading.introduction) +
    reading.prose.reduce((n, p) => n + wordCount(p.text), 0) +
    reading.levels.reduce((n, l) => n + wordCount(l.intro), 0) +
    reading.competencies.reduce((n, c) => n + wordCount(c.intro), 0);
  const inCells = cellWords + otherWords === 0 ? 0 : cellWords / (cellWords + otherWords);

  const problems: string[] = [];
  if (reading.levels.length < 2) problems.push(`it has only ${reading.levels.length} level(s)`);
  if (levelShare < 0.5)
    problems.push(`its levels do not read like levels (${quoted(levelTitles.filter((t) => !looksLikeLevel(t)))})`);
  if (competencyTitles.length >= 2 && competencyShare >= 0.5)
    problems.push(`its competencies read like levels (${quoted(competencyLevelLike)})`);
  const sentences = [...levelTitles, ...competencyTitles].filter(readsAsSentence);
  if (sentences.length * 2 >= Math.max(levelTitles.length, competencyTitles.length))
    problems.push(`it takes sentences for names (${quoted(sentences)})`);
  const headings = new Set(facts.levelHeadings.map((h) => h.toLowerCase()));
  if (headings.size >= 3 && reading.levels.length * 2 < headings.size)
    problems.push(
      `it reads ${headings.size} level-like headings (${quoted(facts.levelHeadings)}) as ${reading.levels.length} level(s)`,
    );
  if (dataReadings && !reading.fromData)
    problems.push('it reads the prose and leaves out the ladder kept as data in the front matter');
  if (inCells < 0.3) problems.push(`only ${Math.round(inCells * 100)}% of its words are in cells`);

  const score = 2 * levelShare - 2 * competencyShare + 2 * inCells + (reading.fromData ? 1 : 0) - problems.length;
  return { reading, score, problems, inCells };
}

/** Two readings that find the same levels differ only in how they group what is under them. */
function agree(a: MatrixReading, b: MatrixReading): boolean {
  const titles = (r: MatrixReading) => r.levels.map((level) => level.title.toLowerCase()).join('\n');
  return titles(a) === titles(b);
}

/**
 * Chooses among the readings of one source, given in order of preference: the best must be plausible and clearly
 * ahead of every reading that finds other levels, or the importer asks. Readings that find the same levels are told
 * apart by how much of their text lands in cells, and then by that order.
 */
export function weighReadings(readings: MatrixReading[], facts: SourceFacts): Weighing {
  const dataReadings = readings.some((r) => r.fromData && r.cells.length > 0);
  const weighed = readings.map((reading) => weighReading(reading, facts, dataReadings));
  const all = [...weighed].sort((a, b) => b.score - a.score || weighed.indexOf(a) - weighed.indexOf(b));
  const plausible = all.filter((w) => w.problems.length === 0);
  if (plausible.length === 0)
    return {
      verdict: 'unsure',
      reason:
        all.length === 0 ? 'the importer can read no levels in it' : 'none of the readings it can make is plausible',
      all,
    };
  const best = plausible[0];
  // Of readings that find the same levels, the one that puts the most words in cells; if about as many, the first.
  const preferred = plausible
    .filter((w) => agree(w.reading, best.reading))
    .sort((a, b) =>
      Math.abs(a.inCells - b.inCells) > 0.05 ? b.inCells - a.inCells : weighed.indexOf(a) - weighed.indexOf(b),
    )[0];
  const runnerUp = all.find((w) => w !== preferred && !agree(w.reading, preferred.reading));
  if (runnerUp && runnerUp.problems.length === 0 && preferred.score - runnerUp.score < clearMargin)
    return {
      verdict: 'unsure',
      reason: `no reading is clearly best: "${preferred.reading.reading}" and "${runnerUp.reading.reading}" are both plausible`,
      all,
    };
  return { verdict: 'chosen', chosen: preferred, ...(runnerUp ? { runnerUp } : {}), all };
}
