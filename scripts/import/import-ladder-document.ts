import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildLadderContent, type ImportedLadder } from './build-ladder-content.ts';
import { renderContentFiles } from './content-files.ts';
import { keepExistingAliases } from './existing-aliases.ts';
import { configPathFor, parseImportConfig } from './import-config.ts';
import { ImportError } from './import-error.ts';
import { buildOutlineLadder } from './outline/build-outline-ladder.ts';
import { parseLadderDocument } from './parse-ladder-document.ts';

export interface LadderImport {
  imported: ImportedLadder;
  files: Map<string, string>;
}

/**
 * Reads a ladder document and the import config beside it into content files, without writing anything.
 * With `over`, the content folder it will be written to, the aliases recorded there are kept.
 */
export function importLadderDocument(documentPath: string, over?: string): LadderImport {
  const file = relative(process.cwd(), documentPath) || documentPath;
  if (!existsSync(documentPath)) throw new ImportError(file, undefined, 'does not exist');
  const configFile = configPathFor(file);
  if (!existsSync(configPathFor(documentPath))) {
    throw new ImportError(
      configFile,
      undefined,
      `is missing: the importer needs it beside the document to know which headings are level sections (heading, track, rank, tags) and how to resolve renamed names (aliases). See README "Import a ladder document".`,
    );
  }
  const config = parseImportConfig(readFileSync(configPathFor(documentPath), 'utf8'), configFile);
  const bytes = readFileSync(documentPath);
  const source = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (source.includes('\uFFFD')) {
    const line = source.slice(0, source.indexOf('\uFFFD')).split('\n').length;
    throw new ImportError(file, line, 'is not valid UTF-8: save the document as UTF-8 and import it again');
  }
  const built = config.shape === 'outline' ? buildOutlineLadder(source, config, file) : buildLadderContent(parseLadderDocument(source, config, file), config, file, configFile);
  const imported = over ? keepExistingAliases(built, over) : built;
  return { imported, files: renderContentFiles(imported) };
}

export function formatSummary(imported: ImportedLadder, file: string): string {
  const { summary } = imported;
  const byTrack = Object.entries(Object.groupBy(imported.levels, (l) => l.data.track)).map(([track, levels]) => `${track} ${levels!.length}`);
  const lines = [
    `Imported "${imported.ladder.title}" from ${file}`,
    `  levels:          ${summary.levels} (${byTrack.join(', ')})`,
    `  skill sets:      ${summary.skillSets}`,
    `  skills:          ${summary.skills}`,
    `  See also links:  ${summary.seeAlsoResolved} resolved (${summary.seeAlsoByAlias} through aliases), ${summary.unresolved.length} unresolved`,
    `  Excluded notes:  ${summary.excludedNotes}, linking ${summary.excludedLinks} skills`,
    `  further reading: ${summary.furtherReading}`,
    ...(summary.placeholders === undefined ? [] : [`  placeholders:    ${summary.placeholders}`]),
    ...(summary.readingList === undefined ? [] : [`  reading list:    ${summary.readingList}`]),
    `  split paragraphs rejoined: ${summary.rejoinedAt.length}${summary.rejoinedAt.length ? ` (lines ${summary.rejoinedAt.join(', ')})` : ''}`,
    `  lines with mojibake repaired: ${summary.mojibakeRepairedAt.length}${summary.mojibakeRepairedAt.length ? ` (lines ${summary.mojibakeRepairedAt.join(', ')})` : ''}`,
  ];
  if (summary.movedToExcluded.length > 0) {
    lines.push('  named in both See also and Excluded, listed under Excluded only:');
    for (const m of summary.movedToExcluded) lines.push(`    ${file}:${m.line} ${m.skill}: ${m.name}`);
  }
  if (summary.unresolved.length > 0) {
    lines.push('  unresolved names, kept as plain text marked "not yet in the ladder" (add an alias to the import config to link them):');
    for (const u of summary.unresolved) lines.push(`    ${file}:${u.line} ${u.skill}: "${u.name}"`);
  }
  return lines.join('\n');
}
