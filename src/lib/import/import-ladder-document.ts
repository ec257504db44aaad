import type { ContentFile } from '../content/content-files.ts';
import { buildLadderContent, type ImportedLadder } from './build-ladder-content.ts';
import { renderContentFiles } from './import-files.ts';
import { keepExistingAliases } from './existing-aliases.ts';
import { decodeDocument } from './decode-document.ts';
import { plainTitle, publishableHtml, publishableSource, type ImportWarning } from './markdown/publishable-source.ts';
import { configPathFor, parseImportConfig, type AnyImportConfig, type ReadingConfig } from './import-config.ts';
import { ImportError } from './import-error.ts';
import { buildLevelsLadder } from './levels/build-levels-ladder.ts';
import { detectLevelsConfig } from './levels/detect-levels.ts';
import { formatCandidates, formatChoice, formatReadingGrid } from './matrix/reading-grid.ts';
import { weighReadings, type SourceFacts } from './matrix/weigh-readings.ts';
import { buildOutlineLadder } from './outline/build-outline-ladder.ts';
import { parseLadderDocument } from './parse-ladder-document.ts';
import { matrixCandidate, readingsOfMarkdown, type Candidate } from './readers/document-readings.ts';
import { readingsOfHtmlTables } from './grid/read-html-tables.ts';

const isHtmlDocument = (file: string) => /\.html?$/i.test(file);

export interface LadderImport {
  imported: ImportedLadder;
  files: Map<string, string>;
  /** What the import changed so the result publishes (links kept as text, markup dropped from headings), by line. */
  warnings: ImportWarning[];
  /** The config used: read from beside the document, or detected (then `text` is what to write there). */
  config: { path: string; detected: boolean; text: string };
  /** The reading taken, as a grid (next to the runner-up when the importer weighed them), for the command to print. */
  choice?: string[];
}

/** A document as read from disk: its path for messages, its bytes, and the import config beside it, if any. */
export interface ImportDocument {
  file: string;
  bytes: Uint8Array;
  config?: string;
}

export interface ImportOptions {
  /** The files of the ladder folder the import will be written to, with its path: the aliases recorded there are kept. */
  over?: { folder: string; files: ContentFile[] };
  /** Resolves the document's relative links (only when the config is detected; a config has its own baseUrl). */
  baseUrl?: string;
  /** The config's text, instead of the file beside the document. */
  config?: string;
  /** The reading to take (a name the importer lists when it stops), instead of weighing them. */
  reading?: string;
  /** The ladder's title, instead of the document's (or its file name's). */
  title?: string;
}

/**
 * Takes a reading of the document: the one named, or the one the importer weighs clearly the most plausible. When it
 * is not sure, it stops and lists every reading it can make, each with the flag and config key that takes it.
 */
function chooseReading(source: string, file: string, configFile: string, name?: string, baseUrl?: string) {
  if (isHtmlDocument(file)) {
    // An HTML page is read for its tables (spans expanded, padded headers tidied); its other text is kept as prose.
    const readings = readingsOfHtmlTables(source, 1);
    if (readings.length === 0)
      throw new ImportError(
        file,
        undefined,
        'has no table the importer can read as a ladder: an HTML page is read for its tables of levels and competencies; save a page of another shape as Markdown',
      );
    const candidates = readings.map((reading) => matrixCandidate(reading, file, baseUrl));
    return chooseAmong(candidates, { levelHeadings: [] }, file, name);
  }
  const { candidates, facts, refusals } = readingsOfMarkdown(source, file, configFile, baseUrl);
  if (candidates.length === 0 && refusals.length > 0) throw refusals[0];
  if (candidates.length === 0) detectLevelsConfig(source, file, baseUrl);
  return chooseAmong(candidates, facts, file, name, refusals);
}

/**
 * Takes the candidate named, or the one the importer weighs clearly the most plausible; stops and lists them when
 * unsure (or, when none is plausible, gives the first refusal of a reader that says what to fix).
 */
export function chooseAmong(
  candidates: Candidate[],
  facts: SourceFacts,
  file: string,
  name?: string,
  refusals: ImportError[] = [],
): { candidate: Candidate; choice: string[] } {
  if (name !== undefined) {
    const named = candidates.find((c) => c.reading.reading === name);
    if (!named)
      throw new ImportError(
        file,
        undefined,
        `has no reading "${name}": the readings the importer can make of it are ${candidates.map((c) => `"${c.reading.reading}"`).join(', ')}`,
      );
    return {
      candidate: named,
      choice: ['Reading as asked:', ...formatReadingGrid(named.reading).map((l) => `  ${l}`)],
    };
  }
  const weighing = weighReadings(
    candidates.map((c) => c.reading),
    facts,
  );
  if (weighing.verdict === 'unsure') {
    // A document the "levels" shape refuses (a level repeated) and no other reading makes sense of: say what to fix.
    if (refusals.length > 0 && weighing.all.every((w) => w.problems.length > 0)) throw refusals[0];
    throw new ImportError(file, undefined, formatCandidates(weighing));
  }
  return { candidate: candidates.find((c) => c.reading === weighing.chosen.reading)!, choice: formatChoice(weighing) };
}

type ShapeConfig = Exclude<AnyImportConfig, ReadingConfig>;

function buildShape(config: ShapeConfig, source: string, file: string, configFile: string) {
  if (config.shape === 'outline') return buildOutlineLadder(source, config, file);
  if (config.shape === 'levels') return buildLevelsLadder(source, config, file, configFile);
  return buildLadderContent(parseLadderDocument(source, config, file), config, file, configFile);
}

/**
 * The ladder as imported, titled (`--title`, or its own title reduced to plain text), keeping the aliases recorded in
 * the folder it goes to. Shared by documents and data files.
 */
export function finishImport(
  built: ImportedLadder,
  source: string,
  warnings: ImportWarning[],
  options: ImportOptions,
): { imported: ImportedLadder; files: Map<string, string> } {
  // A title from front matter or a config may still hold markup: the warning names the line that holds it, if any.
  const titleLine = source.split('\n').findIndex((line) => line.includes(built.ladder.title)) + 1 || 1;
  const title = options.title ?? plainTitle(built.ladder.title, titleLine, warnings);
  const titled = title === built.ladder.title ? built : { ...built, ladder: { ...built.ladder, title } };
  const imported = options.over ? keepExistingAliases(titled, options.over.folder, options.over.files) : titled;
  return { imported, files: renderContentFiles(imported) };
}

/**
 * Reads a ladder document into content files, without writing anything. The import config beside the document
 * says how to read it; without one, the importer weighs the readings it can make and takes the one clearly best.
 * The bytes are decoded (only bytes that are not UTF-8 are refused) and its links made publishable before any reading.
 */
export function importLadderDocument(document: ImportDocument, options: ImportOptions = {}): LadderImport {
  const { file } = document;
  const configFile = configPathFor(file);
  const given = options.config ?? document.config;
  const existing = given !== undefined;
  const config: AnyImportConfig | undefined = given === undefined ? undefined : parseImportConfig(given, configFile);
  if (config && !('reading' in config) && isHtmlDocument(file))
    throw new ImportError(
      configFile,
      undefined,
      `chooses the shape "${config.shape ?? 'level-sections'}", which reads Markdown documents: ${file} is an HTML page, so name one of its readings with "reading:" instead`,
    );
  const baseUrl = options.baseUrl ?? (config && 'baseUrl' in config ? config.baseUrl : undefined);
  const decoded = decodeDocument(document.bytes, file);
  const { text: source, warnings: changed } = (isHtmlDocument(file) ? publishableHtml : publishableSource)(
    decoded,
    baseUrl,
  );
  const taken =
    config === undefined || 'reading' in config
      ? chooseReading(source, file, configFile, options.reading ?? config?.reading, baseUrl)
      : undefined;
  const built = taken ? taken.candidate.build() : buildShape(config as ShapeConfig, source, file, configFile);
  const warnings = [...changed, ...(taken?.candidate.warnings ?? [])];
  const { imported, files } = finishImport(built, source, warnings, options);
  return {
    imported,
    files,
    warnings,
    config: { path: configFile, detected: !existing, text: given ?? taken!.candidate.config },
    ...(taken ? { choice: taken.choice } : {}),
  };
}

export function formatSummary(imported: ImportedLadder, file: string): string {
  const { summary } = imported;
  const byTrack = Object.entries(Object.groupBy(imported.levels, (l) => l.data.track)).map(
    ([track, levels]) => `${track} ${levels!.length}`,
  );
  const lines = [
    `Imported "${imported.ladder.title}" from ${file}`,
    `  levels:          ${summary.levels} (${byTrack.join(', ')})`,
    `  skill sets:      ${summary.skillSets}`,
    `  skills:          ${summary.skills}`,
  ];
  if (summary.competencies !== undefined) {
    lines.push(`  competencies:    ${summary.competencies}`, `  cells:           ${summary.skills} (one skill each)`);
    const notes = summary.readingWarnings ?? [];
    if (notes.length > 0) lines.push(`  notes on the reading: ${notes.length}`);
    for (const note of notes)
      lines.push(
        `    ${file}${typeof note.where === 'number' ? `:${note.where}` : note.where ? ` (${note.where})` : ''}: ${note.message}`,
      );
    return lines.join('\n');
  }
  if (summary.found) {
    const { found } = summary;
    lines.push(`  expectations:    ${found.expectations}`);
    for (const level of found.perLevel)
      lines.push(
        `    ${file}:${level.line} ${level.level}: ${level.skills} skills in ${level.skillSets.map((s) => `"${s}"`).join(', ')}`,
      );
    lines.push(`  kept only as prose: ${found.prose.length} lines`);
    for (const prose of found.prose) lines.push(`    ${file}:${prose.line} ${prose.where}`);
    return lines.join('\n');
  }
  lines.push(
    `  See also links:  ${summary.seeAlsoResolved} resolved (${summary.seeAlsoByAlias} through aliases), ${summary.unresolved.length} unresolved`,
    `  Excluded notes:  ${summary.excludedNotes}, linking ${summary.excludedLinks} skills`,
    `  further reading: ${summary.furtherReading}`,
    ...(summary.placeholders === undefined ? [] : [`  placeholders:    ${summary.placeholders}`]),
    ...(summary.readingList === undefined ? [] : [`  reading list:    ${summary.readingList}`]),
    `  split paragraphs rejoined: ${summary.rejoinedAt.length}${summary.rejoinedAt.length ? ` (lines ${summary.rejoinedAt.join(', ')})` : ''}`,
    `  lines with mojibake repaired: ${summary.mojibakeRepairedAt.length}${summary.mojibakeRepairedAt.length ? ` (lines ${summary.mojibakeRepairedAt.join(', ')})` : ''}`,
  );
  if (summary.movedToExcluded.length > 0) {
    lines.push('  named in both See also and Excluded, listed under Excluded only:');
    for (const m of summary.movedToExcluded) lines.push(`    ${file}:${m.line} ${m.skill}: ${m.name}`);
  }
  if (summary.unresolved.length > 0) {
    lines.push(
      '  unresolved names, kept as plain text marked "not yet in the ladder" (add an alias to the import config to link them):',
    );
    for (const u of summary.unresolved) lines.push(`    ${file}:${u.line} ${u.skill}: "${u.name}"`);
  }
  return lines.join('\n');
}

/** What the import left out, for the warning the command prints: dropped markup and front matter it can't publish. */
export function formatWarnings(imported: ImportedLadder, file: string): string[] {
  const { dropped = [], found } = imported.summary;
  return [
    ...dropped.map((d) => `${file}:${d.line}: dropped ${d.what}`),
    ...(found && found.unusedFrontMatter.length > 0
      ? [
          `${file}: front matter fields not published: ${found.unusedFrontMatter.join(', ')} (only title and updated/date are)`,
        ]
      : []),
  ];
}
