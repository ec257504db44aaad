// An import is checked by the build's own reader before anything is written: readLadders runs every rule the build
// runs (the schemas, the URL rule, validate-ladder), over the content folder as it would be after the import.
import type { ContentFile } from '../content/content-files.ts';
import { readLadders } from '../content/read-ladders.ts';
import { formatProblem, type Problem } from '../content/validate-ladder.ts';
import { ImportError } from './import-error.ts';
import { isManaged } from './write-content.ts';

export interface ImportTarget {
  /** Every file of the content folder now. */
  root: ContentFile[];
  /** The ladder's folder inside it: '' for the primary ladder, "ladders/<id>" for another. */
  folder: string;
  /** How messages name a file of the content folder ("content/skills/x.md"). */
  shownAs: (path: string) => string;
  /** Paths inside the ladder's folder that the import removes besides the files it owns (a retired ladder's releases). */
  retired?: (path: string) => boolean;
}

/** The content folder as it would be after writing `files` (paths inside the ladder's folder) into the target. */
export function contentAfterImport(target: ImportTarget, files: Map<string, string>): ContentFile[] {
  const prefix = target.folder ? `${target.folder}/` : '';
  const replaced = (file: ContentFile) => {
    if (!file.path.startsWith(prefix)) return false;
    const inLadder = file.path.slice(prefix.length);
    return isManaged(inLadder) || (target.retired?.(inLadder) ?? false);
  };
  return [
    ...target.root.filter((file) => !replaced(file)),
    ...[...files].map(([path, text]) => ({
      path: prefix + path,
      shownAs: target.shownAs(prefix + path),
      read: () => text,
    })),
  ].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The document's line a problem in a generated file comes from: the line holding the value the build refused (a
 * link's address), or else the generated line's own words. Undefined when neither is found.
 */
function documentLine(problem: Problem, generated: string | undefined, document: string[]): number | undefined {
  const quoted = /\((".*?") was given\)/.exec(problem.message)?.[1];
  const value = quoted ? (JSON.parse(quoted) as string) : problem.value;
  const needles = [value, generated?.trim()].filter((n): n is string => n !== undefined && n.length >= 4);
  for (const needle of needles) {
    const index = document.findIndex((line) => line.includes(needle));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/**
 * Refuses an import whose result the build would refuse: every problem the build's reader finds after the import that
 * it did not find before, located in the document where possible. Nothing has been written when this throws.
 */
export function checkWithBuild(
  target: ImportTarget,
  files: Map<string, string>,
  document: { file: string; text: string },
): void {
  const found = readLadders(contentAfterImport(target, files)).errors;
  if (found.length === 0) return;
  // Problems the folder had before the import are not the import's to report.
  const before = new Set(readLadders(target.root).errors.map(formatProblem));
  const after = found.filter((p) => !before.has(formatProblem(p)));
  if (after.length === 0) return;
  const prefix = target.folder ? `${target.folder}/` : '';
  const byShown = new Map([...files].map(([path, text]) => [target.shownAs(prefix + path), text]));
  const lines = document.text.split(/\r?\n/);
  const located = after.map((problem) => {
    const written = byShown.get(problem.file);
    const generated = written !== undefined && problem.line ? written.split('\n')[problem.line - 1] : undefined;
    const line = written === undefined ? undefined : documentLine(problem, generated, lines);
    return line === undefined ? `  ${formatProblem(problem)}` : `  ${document.file}:${line}: ${formatProblem(problem)}`;
  });
  throw new ImportError(
    document.file,
    undefined,
    `would give content the build refuses, so nothing was written:\n${located.join('\n')}\n` +
      'Fix these lines of the document (or its import config) and import it again.',
  );
}
