// Everything `npm run import` reads from and writes to disk; src/lib/import/ takes text and bytes and returns files.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { contentFiles, type ContentFile } from '../src/lib/content/content-files.ts';
import { configPathFor } from '../src/lib/import/import-config.ts';
import { ImportError } from '../src/lib/import/import-error.ts';
import type { ImportDocument } from '../src/lib/import/import-ladder-document.ts';
import { checkReplace, planWrite, type WritePlan } from '../src/lib/import/write-content.ts';

/** A document's bytes and the import config beside it, named in messages by its path from the working directory. */
export function readImportDocument(path: string): ImportDocument {
  const file = relative(process.cwd(), resolve(path)) || path;
  if (!existsSync(path)) throw new ImportError(file, undefined, 'does not exist');
  const config = existsSync(configPathFor(path)) ? readFileSync(configPathFor(path), 'utf8') : undefined;
  return { file, bytes: readFileSync(path), ...(config === undefined ? {} : { config }) };
}

/** Every file of a content folder (none when it does not exist yet); a file given as the folder is refused. */
export function readContentFolder(directory: string): ContentFile[] {
  if (!existsSync(directory)) return [];
  if (!statSync(directory).isDirectory())
    throw new ImportError(
      directory,
      undefined,
      'is a file, not a folder: give --out a folder to write the ladder into (it is created if missing)',
    );
  return contentFiles(directory);
}

/**
 * Writes an imported ladder. Existing content that would change or disappear is only replaced when the caller
 * says so, and files are staged beside the target first so a failed write leaves the old content in place.
 */
export function writeContent(directory: string, files: Map<string, string>, options: { replace: boolean }): WritePlan {
  const plan = planWrite(directory, readContentFolder(directory), files);
  checkReplace(directory, plan, options.replace);
  const staging = join(directory, `.import-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
    }
    for (const path of plan.removed) rmSync(join(directory, path));
    for (const path of [...plan.added, ...plan.changed]) {
      mkdirSync(dirname(join(directory, path)), { recursive: true });
      renameSync(join(staging, path), join(directory, path));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return plan;
}
