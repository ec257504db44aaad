import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryPath, splitFrontmatter, type EntryKind } from '../content/content-layout.ts';
import type { ImportedLadder } from './build-ladder-content.ts';

function aliasesIn(file: string, kind: EntryKind): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const yaml = kind === 'skills' ? (splitFrontmatter(text)?.yaml ?? '') : text;
  try {
    const aliases = (parseYaml(yaml) as { aliases?: unknown } | null)?.aliases;
    return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the old ids authors recorded in `aliases` when a document is imported again over its content:
 * the document knows nothing of renames, and dropping an alias would break every link to the old URL.
 */
export function keepExistingAliases(imported: ImportedLadder, directory: string): ImportedLadder {
  const merge = <T extends { id: string; data: { aliases: string[] } }>(entries: T[], kind: EntryKind): T[] =>
    entries.map((entry) => {
      const kept = aliasesIn(join(directory, entryPath('', kind, entry.id)), kind);
      const aliases = [...new Set([...entry.data.aliases, ...kept])];
      return aliases.length === entry.data.aliases.length ? entry : { ...entry, data: { ...entry.data, aliases } };
    });
  return {
    ...imported,
    levels: merge(imported.levels, 'levels'),
    skillSets: merge(imported.skillSets, 'skillSets'),
    skills: merge(imported.skills, 'skills'),
  };
}
