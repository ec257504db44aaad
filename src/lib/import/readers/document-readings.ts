import { stringify } from 'yaml';
import type { ImportedLadder } from '../build-ladder-content.ts';
import type { LevelsConfig } from '../import-config.ts';
import type { DroppedMarkup } from '../markdown/html-blocks.ts';
import type { ImportWarning } from '../markdown/publishable-source.ts';
import { publishableReading } from '../matrix/publishable-reading.ts';
import { ImportError } from '../import-error.ts';
import { buildLevelsLadder } from '../levels/build-levels-ladder.ts';
import { detectLevelsConfig } from '../levels/detect-levels.ts';
import { describeTables, levelsReading } from '../levels/levels-reading.ts';
import { readLevelsDocument } from '../levels/read-levels-document.ts';
import { buildMatrixLadder } from '../matrix/build-matrix-ladder.ts';
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { weighReading, type SourceFacts } from '../matrix/weigh-readings.ts';
import { readingsOfTables, tablesOf } from './markdown-tables.ts';
import { readCompetencyFirst } from './competency-first.ts';
import { readLevelSections } from './level-sections.ts';
import { levelHeadingsOf, proseOf, readMarkdownSource } from './markdown-source.ts';
import { readingsOfFrontMatter } from '../data/readings-of-data.ts';

/** A reading the importer may take, with what builds its content and the config that takes it again. */
export interface Candidate {
  reading: MatrixReading;
  /** What making the reading publishable changed (links kept as their text), by place. */
  warnings: ImportWarning[];
  build(): ImportedLadder;
  /** The import config that chooses this reading (written beside the document). */
  config: string;
}

const configHeader = (file: string, reading: string) =>
  `# How npm run import read ${file}: the reading "${reading}", weighed the most plausible of those it could make.\n# Review it, edit, and import again; "npm run import -- ${file} --reading <name>" takes another.\n`;

/**
 * A reading of the matrix shape, its text held to the site's content rules, built by the matrix writer and chosen
 * again by its name.
 */
export function matrixCandidate(
  read: MatrixReading,
  file: string,
  baseUrl?: string,
  dropped: DroppedMarkup[] = [],
): Candidate {
  const { reading, warnings } = publishableReading(read, baseUrl);
  return {
    reading,
    warnings,
    build: () => {
      const built = buildMatrixLadder(reading, file);
      return dropped.length > 0 ? { ...built, summary: { ...built.summary, dropped } } : built;
    },
    config:
      configHeader(file, reading.reading) + stringify({ reading: reading.reading, ...(baseUrl ? { baseUrl } : {}) }),
  };
}

/** The "levels" shape, detected with or without its tables, as a candidate (none when it finds no levels). */
function levelsCandidate(
  name: string,
  source: string,
  file: string,
  configFile: string,
  baseUrl: string | undefined,
  readTables: boolean,
  refusals: ImportError[],
): Candidate | undefined {
  let config: LevelsConfig;
  let reading: MatrixReading;
  try {
    config = detectLevelsConfig(source, file, baseUrl, { readTables });
    reading = levelsReading(name, readLevelsDocument(source, config, file), config);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (!/has no levels the importer can recognise/.test(error.message)) refusals.push(error);
    return undefined;
  }
  // A table of categories × levels is a matrix: its rows become competencies, as any other table's do.
  if (readTables) return matrixCandidate(reading, file, baseUrl, readLevelsDocument(source, config, file).dropped);
  return {
    reading,
    warnings: [],
    build: () => buildLevelsLadder(source, config, file, configFile),
    config: configHeader(file, name) + stringify(config, { lineWidth: 0 }),
  };
}

/**
 * Every reading the importer can make of a Markdown document (and the errors of the "levels" shape, which are the
 * answer when no reading is plausible), in order of preference among readings that find the
 * same levels: the "levels" shape read from headings, the matrix readings (each table's, level sections', competency
 * sections'), and last the "levels" shape read from a table, which publishes a matrix as one-skill skill sets.
 */
export function readingsOfMarkdown(
  source: string,
  file: string,
  configFile: string,
  baseUrl?: string,
): { candidates: Candidate[]; facts: SourceFacts; refusals: ImportError[] } {
  const markdown = readMarkdownSource(source, file);
  const refusals: ImportError[] = [];
  const byHeadings = levelsCandidate('levels', source, file, configFile, baseUrl, false, refusals);
  const byTables = levelsCandidate('level-table', source, file, configFile, baseUrl, true, refusals);
  // Without tables the levels are headings; with them, a document holding a table may read it as the levels.
  const levels = [byHeadings, byTables?.reading.describe === describeTables ? byTables : undefined];
  const facts = { levelHeadings: levelHeadingsOf(markdown) };
  const tables = readingsOfTables(markdown);
  // A table beside level headings joins their grid when one of its readings is plausible as a ladder of its own.
  const ladderTables = new Map(
    tablesOf(markdown).flatMap(({ table, readings }) => {
      const best = readings
        .map((reading) => weighReading(reading, { levelHeadings: [] }, false))
        .filter((w) => w.problems.length === 0)
        .sort((a, b) => b.score - a.score)[0];
      return best ? [[table, best.reading] as const] : [];
    }),
  );

  // A ladder kept as data in the front matter: the prose below it is the ladder's introduction.
  const body = proseOf(markdown.body);
  const data = readingsOfFrontMatter(markdown.frontMatter, markdown.frontMatterLine ?? 1, markdown.frontMatterYaml).map(
    (reading) => {
      const introduction = [reading.introduction ?? '', body].filter((text) => text.trim() !== '').join('\n\n');
      const title = reading.title ?? markdown.title;
      return { ...reading, fromData: true, ...(title ? { title } : {}), ...(introduction ? { introduction } : {}) };
    },
  );
  const matrices = [...data, ...tables, readLevelSections(markdown, ladderTables), readCompetencyFirst(markdown)];
  // The levels shape's table reading, when a table's own reading finds the same rows and columns, says nothing new.
  const axes = (r: MatrixReading) => JSON.stringify([r.levels.map((l) => l.title), r.competencies.map((c) => c.title)]);
  const byTable = levels[1] && tables.some((r) => axes(r) === axes(levels[1]!.reading)) ? undefined : levels[1];
  return {
    candidates: [
      levels[0],
      ...matrices
        .filter((r): r is MatrixReading => r !== undefined)
        .map((r) => matrixCandidate(r, file, baseUrl, markdown.dropped)),
      byTable,
    ].filter((c): c is Candidate => c !== undefined),
    facts,
    refusals,
  };
}
