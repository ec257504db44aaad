import { stringify } from 'yaml';
import type { ContentFile } from '../content/content-files.ts';
import { buildLadderContent, type ImportedLadder } from './build-ladder-content.ts';
import { renderContentFiles } from './import-files.ts';
import { keepExistingAliases } from './existing-aliases.ts';
import { decodeDocument } from './decode-document.ts';
import { plainTitle, publishableSource, type ImportWarning } from './markdown/publishable-source.ts';
import { configPathFor, parseImportConfig, type AnyImportConfig } from './import-config.ts';
import { buildLevelsLadder } from './levels/build-levels-ladder.ts';
import { detectLevelsConfig } from './levels/detect-levels.ts';
import { buildOutlineLadder } from './outline/build-outline-ladder.ts';
import { parseLadderDocument } from './parse-ladder-document.ts';

export interface LadderImport {
  imported: ImportedLadder;
  files: Map<string, string>;
  /** What the import changed so the result publishes (links kept as text, markup dropped from headings), by line. */
  warnings: ImportWarning[];
  /** The config used: read from beside the document, or detected (then `text` is what to write there). */
  config: { path: string; detected: boolean; text: string };
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
  /** The ladder's title, instead of the document's (or its file name's). */
  title?: string;
}

const configHeader = (file: string) =>
  `# How npm run import read ${file}: detected from its shape. Review it (level tracks and ranks, ids), edit, and import again.\n`;

/**
 * Reads a ladder document into content files, without writing anything. The import config beside the document
 * says how to read it; without one, the document's shape is detected and the config that describes it returned.
 */
export function importLadderDocument(document: ImportDocument, options: ImportOptions = {}): LadderImport {
  const { file } = document;
  const configFile = configPathFor(file);
  const given = options.config ?? document.config;
  const existing = given !== undefined;
  const givenConfig = given === undefined ? undefined : parseImportConfig(given, configFile);
  const baseUrl = options.baseUrl ?? (givenConfig && 'baseUrl' in givenConfig ? givenConfig.baseUrl : undefined);
  const { text: source, warnings } = publishableSource(decodeDocument(document.bytes, file), baseUrl);
  const configText =
    given ?? configHeader(file) + stringify(detectLevelsConfig(source, file, options.baseUrl), { lineWidth: 0 });
  const config: AnyImportConfig = givenConfig ?? parseImportConfig(configText, configFile);
  const built =
    config.shape === 'outline'
      ? buildOutlineLadder(source, config, file)
      : config.shape === 'levels'
        ? buildLevelsLadder(source, config, file, configFile)
        : buildLadderContent(parseLadderDocument(source, config, file), config, file, configFile);
  // A title from front matter or a config may still hold markup: the warning names the line that holds it, if any.
  const titleLine = source.split('\n').findIndex((line) => line.includes(built.ladder.title)) + 1 || 1;
  const title = options.title ?? plainTitle(built.ladder.title, titleLine, warnings);
  const titled = title === built.ladder.title ? built : { ...built, ladder: { ...built.ladder, title } };
  const imported = options.over ? keepExistingAliases(titled, options.over.folder, options.over.files) : titled;
  return {
    imported,
    files: renderContentFiles(imported),
    warnings,
    config: { path: configFile, detected: !existing, text: configText },
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
