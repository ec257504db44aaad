import type { ContentFile } from '../content/content-files.ts';
import { readLadders } from '../content/read-ladders.ts';
import { changesBetween, type Change } from '../releases/changes.ts';

/** An import's files (path inside the ladder folder → text) as the content reader reads a folder. */
function asContentFiles(files: Map<string, string>): ContentFile[] {
  return [...files].map(([path, text]) => ({ path, shownAs: path, read: () => text }));
}

/**
 * What re-importing a document would change in the ladder whose folder holds `existing`, in the change log's kinds
 * (added, removed, renamed, moved, reworded, links): undefined when the folder holds no ladder the build would read.
 */
export function changesOnReimport(existing: ContentFile[], files: Map<string, string>): Change[] | undefined {
  const before = readLadders(existing).primary;
  const after = readLadders(asContentFiles(files)).primary;
  return before && after ? changesBetween(before, after) : undefined;
}
