import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { entryKinds, importedKinds, ladderFile } from '../content/content-layout.ts';
import { ImportError } from './import-error.ts';

export interface WritePlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

/** The files an import owns in a ladder's folder (its ladder.yaml, levels, skill sets and skills); nothing else there is touched. */
function existingManagedFiles(directory: string): string[] {
  const files: string[] = existsSync(join(directory, ladderFile)) ? [ladderFile] : [];
  for (const { folder, extension } of importedKinds.map((kind) => entryKinds[kind])) {
    const path = join(directory, folder);
    if (!existsSync(path)) continue;
    files.push(
      ...readdirSync(path)
        .filter((name) => name.endsWith(extension))
        .map((name) => `${folder}/${name}`),
    );
  }
  return files;
}

/**
 * Refuses an output folder that is a file, and any path that would land outside the folder (an id of "../../x"):
 * an import writes only inside the folder it was given.
 */
export function checkConfined(directory: string, paths: Iterable<string>): void {
  if (existsSync(directory) && !statSync(directory).isDirectory()) {
    throw new ImportError(
      directory,
      undefined,
      'is a file, not a folder: give --out a folder to write the ladder into (it is created if missing)',
    );
  }
  const root = resolve(directory);
  for (const path of paths) {
    const target = resolve(root, path);
    if (!target.startsWith(root + sep) || relative(root, target).split(sep).includes('..')) {
      throw new ImportError(
        directory,
        undefined,
        `refuses to write "${path}", which resolves outside the folder: ids must be lowercase slugs such as "senior-engineer"`,
      );
    }
  }
}

/** What writing `files` into `directory` would add, change and remove. */
export function planWrite(directory: string, files: Map<string, string>): WritePlan {
  checkConfined(directory, files.keys());
  const existing = existingManagedFiles(directory);
  const plan: WritePlan = {
    added: [],
    changed: [],
    removed: existing.filter((path) => !files.has(path)),
    unchanged: [],
  };
  for (const [path, text] of files) {
    if (!existing.includes(path)) plan.added.push(path);
    else if (readFileSync(join(directory, path), 'utf8') === text) plan.unchanged.push(path);
    else plan.changed.push(path);
  }
  return plan;
}

/**
 * Writes an imported ladder. Existing content that would change or disappear is only replaced when the caller
 * says so, and files are staged beside the target first so a failed write leaves the old content in place.
 */
export function writeContent(directory: string, files: Map<string, string>, options: { replace: boolean }): WritePlan {
  const plan = planWrite(directory, files);
  const overwritten = [...plan.changed, ...plan.removed];
  if (overwritten.length > 0 && !options.replace) {
    const sample = overwritten
      .slice(0, 5)
      .map((path) => `\n  - ${join(directory, path)}`)
      .join('');
    throw new ImportError(
      directory,
      undefined,
      `already holds ladder content that this import would change or remove (${plan.changed.length} changed, ${plan.removed.length} removed):${sample}${overwritten.length > 5 ? `\n  … and ${overwritten.length - 5} more` : ''}\nNothing was written. Commit or back up your edits, then run again with --replace.`,
    );
  }
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
