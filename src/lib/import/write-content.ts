import { join, relative, resolve, sep } from 'node:path';
import type { ContentFile } from '../content/content-files.ts';
import { entryKinds, importedKinds, ladderFile } from '../content/content-layout.ts';
import { ImportError } from './import-error.ts';

export interface WritePlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

/** Whether an import owns a file of a ladder's folder: its ladder.yaml, levels, skill sets and skills; nothing else. */
export function isManaged(path: string): boolean {
  if (path === ladderFile) return true;
  return importedKinds.some((kind) => {
    const { folder, extension } = entryKinds[kind];
    return path.startsWith(`${folder}/`) && path.endsWith(extension) && !path.slice(folder.length + 1).includes('/');
  });
}

/** Refuses any path that would land outside the folder (an id of "../../x"): an import writes only inside its folder. */
export function checkConfined(directory: string, paths: Iterable<string>): void {
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

/** What writing `files` into the folder that holds `existing` would add, change and remove. */
export function planWrite(directory: string, existing: ContentFile[], files: Map<string, string>): WritePlan {
  checkConfined(directory, files.keys());
  const managed = new Map(existing.filter((file) => isManaged(file.path)).map((file) => [file.path, file]));
  const plan: WritePlan = {
    added: [],
    changed: [],
    removed: [...managed.keys()].filter((path) => !files.has(path)),
    unchanged: [],
  };
  for (const [path, text] of files) {
    const old = managed.get(path);
    if (!old) plan.added.push(path);
    else if (old.read() === text) plan.unchanged.push(path);
    else plan.changed.push(path);
  }
  return plan;
}

/** Existing content that would change or disappear is only replaced when the caller says so. */
export function checkReplace(directory: string, plan: WritePlan, replace: boolean): void {
  const overwritten = [...plan.changed, ...plan.removed];
  if (overwritten.length === 0 || replace) return;
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
