// A ladder kept as data (a CSV/TSV export, an .xlsx workbook, a YAML or JSON file) imported as a document is: its
// readings weighed by the same chooser, the chosen one built by the matrix writer, the config beside it naming the
// reading. Only reading it is different: a workbook is read asynchronously.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { keepExistingAliases } from '../existing-aliases.ts';
import { configPathFor, parseImportConfig } from '../import-config.ts';
import { ImportError } from '../import-error.ts';
import { renderContentFiles } from '../import-files.ts';
import { chooseAmong, type ImportOptions, type LadderImport } from '../import-ladder-document.ts';
import { matrixCandidate } from '../readers/document-readings.ts';
import { dataExtensions, readingsOfData } from './readings-of-data.ts';

/** Whether a file is read as data (by its extension) rather than as a document. */
export function isDataFile(file: string): boolean {
  return dataExtensions.some((extension) => file.toLowerCase().endsWith(extension));
}

/** Reads a file of ladder data into content files, without writing anything, taking the reading named or weighed best. */
export async function importLadderData(documentPath: string, options: ImportOptions = {}): Promise<LadderImport> {
  const file = relative(process.cwd(), documentPath) || documentPath;
  if (!existsSync(documentPath)) throw new ImportError(file, undefined, 'does not exist');
  const configFile = configPathFor(file);
  const existing = options.config !== undefined || existsSync(configPathFor(documentPath));
  const configText = existing ? (options.config ?? readFileSync(configPathFor(documentPath), 'utf8')) : undefined;
  const config = configText === undefined ? undefined : parseImportConfig(configText, configFile);
  if (config && !('reading' in config))
    throw new ImportError(
      configFile,
      undefined,
      `chooses the shape "${config.shape ?? 'level-sections'}", which reads Markdown documents: ${file} is read as data, so name one of its readings with "reading:" instead`,
    );
  const readings = await readingsOfData(file, new Uint8Array(readFileSync(documentPath)));
  const baseUrl = config?.baseUrl ?? options.baseUrl;
  const candidates = readings.map((reading) => matrixCandidate(reading, file, baseUrl));
  const taken = chooseAmong(candidates, { levelHeadings: [] }, file, options.reading ?? config?.reading);
  const built = taken.candidate.build();
  const imported = options.over ? keepExistingAliases(built, options.over) : built;
  return {
    imported,
    files: renderContentFiles(imported),
    config: { path: configFile, detected: !existing, text: configText ?? taken.candidate.config },
    choice: taken.choice,
  };
}
