// A ladder kept as data (a CSV/TSV export, an .xlsx workbook, a YAML or JSON file) imported as a document is: its
// readings weighed by the same chooser, the chosen one built by the matrix writer, titled and given the folder's
// aliases as a document is, the config beside it naming the reading. Only reading it is different: a workbook is read
// asynchronously.
import { configPathFor, parseImportConfig } from '../import-config.ts';
import { ImportError } from '../import-error.ts';
import {
  chooseAmong,
  finishImport,
  type ImportDocument,
  type ImportOptions,
  type LadderImport,
} from '../import-ladder-document.ts';
import type { ImportWarning } from '../markdown/publishable-source.ts';
import { matrixCandidate } from '../readers/document-readings.ts';
import { decodeText } from './read-delimited.ts';
import { dataExtensions, readingsOfData } from './readings-of-data.ts';

/** Whether a file is read as data (by its extension) rather than as a document. */
export function isDataFile(file: string): boolean {
  return dataExtensions.some((extension) => file.toLowerCase().endsWith(extension));
}

/** A data file's text, for messages that name its lines (none for a workbook, whose places are cells). */
export function dataFileText(document: ImportDocument): string {
  return document.file.toLowerCase().endsWith('.xlsx') ? '' : decodeText(document.file, document.bytes);
}

/** Reads a file of ladder data into content files, without writing anything, taking the reading named or weighed best. */
export async function importLadderData(document: ImportDocument, options: ImportOptions = {}): Promise<LadderImport> {
  const { file } = document;
  const configFile = configPathFor(file);
  const given = options.config ?? document.config;
  const config = given === undefined ? undefined : parseImportConfig(given, configFile);
  if (config && !('reading' in config))
    throw new ImportError(
      configFile,
      undefined,
      `chooses the shape "${config.shape ?? 'level-sections'}", which reads Markdown documents: ${file} is read as data, so name one of its readings with "reading:" instead`,
    );
  const readings = await readingsOfData(file, document.bytes);
  const baseUrl = options.baseUrl ?? config?.baseUrl;
  const candidates = readings.map((reading) => matrixCandidate(reading, file, baseUrl));
  const taken = chooseAmong(candidates, { levelHeadings: [] }, file, options.reading ?? config?.reading);
  const warnings: ImportWarning[] = [...taken.candidate.warnings];
  const { imported, files } = finishImport(taken.candidate.build(), dataFileText(document), warnings, options);
  return {
    imported,
    files,
    warnings,
    config: { path: configFile, detected: given === undefined, text: given ?? taken.candidate.config },
    choice: taken.choice,
  };
}
