import { existsSync } from 'node:fs';
import { contentFiles, type ContentFile } from '../content/content-files.ts';
import { readLadders } from '../content/read-ladders.ts';
import type { LadderContent } from '../ladder/ladder.ts';
import { changesBetween, type Change } from '../releases/changes.ts';

/** An import's files (path inside the ladder folder → text) as the content reader reads a folder. */
function asContentFiles(files: Map<string, string>): ContentFile[] {
  return [...files].map(([path, text]) => ({ path, shownAs: path, read: () => text }));
}

/** The ladder a folder holds now, when it holds one the build would read. */
function currentLadder(folder: string): LadderContent | undefined {
  if (!existsSync(folder)) return undefined;
  return readLadders(contentFiles(folder)).primary;
}

/**
 * What re-importing a document would change in the ladder already in `folder`, in the change log's kinds (added,
 * removed, renamed, moved, reworded, links): undefined when the folder holds no ladder yet.
 */
export function changesOnReimport(folder: string, files: Map<string, string>): Change[] | undefined {
  const before = currentLadder(folder);
  const after = readLadders(asContentFiles(files)).primary;
  return before && after ? changesBetween(before, after) : undefined;
}
