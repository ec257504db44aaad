import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ImportedLadder } from './build-ladder-content.ts';

function aliasesIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.md') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
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
  const merge = <T extends { id: string; data: { aliases: string[] } }>(entries: T[], folder: string, extension: string): T[] =>
    entries.map((entry) => {
      const kept = aliasesIn(join(directory, folder, `${entry.id}${extension}`));
      const aliases = [...new Set([...entry.data.aliases, ...kept])];
      return aliases.length === entry.data.aliases.length ? entry : { ...entry, data: { ...entry.data, aliases } };
    });
  return {
    ...imported,
    levels: merge(imported.levels, 'levels', '.yaml'),
    skillSets: merge(imported.skillSets, 'skill-sets', '.yaml'),
    skills: merge(imported.skills, 'skills', '.md'),
  };
}
