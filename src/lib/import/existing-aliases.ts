import type { ContentFile } from '../content/content-files.ts';
import { entryPath, importedKinds, ladderFile, primaryLadderId } from '../content/content-layout.ts';
import { readLadders, unreadFiles, type ReadLadders } from '../content/read-ladders.ts';
import { formatProblem } from '../content/validate-ladder.ts';
import type { ImportedLadder } from './build-ladder-content.ts';
import { ImportError } from './import-error.ts';

/**
 * Keeps the old ids authors recorded in `aliases` when a document is imported again over its content:
 * the document knows nothing of renames, and dropping an alias would break every link to the old URL. A file the
 * import replaces that can't be read is refused, naming its problems, since its aliases would be lost without a word.
 */
export function keepExistingAliases(imported: ImportedLadder, directory: string, files: ContentFile[]): ImportedLadder {
  if (files.length === 0) return imported;
  const read = readLadders(files);
  const replaced = new Set([
    ladderFile,
    ...importedKinds.flatMap((kind) => imported[kind].map((entry) => entryPath(primaryLadderId, kind, entry.id))),
  ]);
  const unread = unreadFiles(files, read).filter((file) => replaced.has(file.path));
  if (unread.length > 0) {
    const problems = unread.flatMap((file) => file.problems.map(formatProblem));
    throw new ImportError(
      directory,
      undefined,
      `has ${unread.length} file(s) this import replaces that can't be read, so the old ids (aliases) recorded in ` +
        `them would be lost: fix them, or delete them to import without their aliases. Nothing was written.\n` +
        problems.join('\n'),
    );
  }
  const aliasesById = (entries: { id: string; data: { aliases: string[] } }[] = []) =>
    new Map(entries.map((entry) => [entry.id, entry.data.aliases]));
  const merge = <T extends { id: string; data: { aliases: string[] } }>(
    entries: T[],
    existing: Map<string, string[]>,
  ) =>
    entries.map((entry) => {
      const aliases = [...new Set([...entry.data.aliases, ...(existing.get(entry.id) ?? [])])];
      return aliases.length === entry.data.aliases.length ? entry : { ...entry, data: { ...entry.data, aliases } };
    });
  return {
    ...imported,
    levels: merge(imported.levels, aliasesById(read.primary?.levels)),
    skillSets: merge(imported.skillSets, aliasesById(read.primary?.skillSets)),
    skills: merge(imported.skills, new Map([...aliasesById(read.primary?.skills), ...renamedSkills(imported, read)])),
    competencies: merge(imported.competencies, aliasesById(read.primary?.competencies)),
  };
}

/**
 * A skill whose text is unchanged but whose id is new (its title is derived differently now) keeps its old id, and
 * that id's aliases, as aliases: the old URL redirects instead of breaking.
 */
function renamedSkills(imported: ImportedLadder, read: ReadLadders): Map<string, string[]> {
  const oldSkills = read.primary?.skills ?? [];
  const oldIds = new Set(oldSkills.map((skill) => skill.id));
  const newIds = new Set(imported.skills.map((skill) => skill.id));
  const goneByBody = new Map(
    oldSkills.filter((skill) => !newIds.has(skill.id)).map((skill) => [skill.body.trim(), skill]),
  );
  const renamed = new Map<string, string[]>();
  for (const skill of imported.skills) {
    const old = oldIds.has(skill.id) ? undefined : goneByBody.get(skill.body.trim());
    if (old) renamed.set(skill.id, [old.id, ...old.data.aliases]);
  }
  return renamed;
}
