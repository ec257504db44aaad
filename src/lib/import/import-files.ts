import { stringify } from 'yaml';
import { entryPath, joinFrontmatter, ladderFile, primaryLadderId } from '../content/content-layout.ts';
import type { ImportedLadder } from './build-ladder-content.ts';

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Drops empty lists and false flags, the schemas' defaults, so a generated file only says what the document said. */
function withoutDefaults<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== false && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}

/** Every file of an imported ladder, by path relative to its ladder's folder, in a stable order. */
export function renderContentFiles(imported: ImportedLadder): Map<string, string> {
  const files = new Map<string, string>();
  files.set(ladderFile, yaml(withoutDefaults(imported.ladder)));
  for (const level of imported.levels)
    files.set(entryPath(primaryLadderId, 'levels', level.id), yaml(withoutDefaults(level.data)));
  for (const skillSet of imported.skillSets)
    files.set(entryPath(primaryLadderId, 'skillSets', skillSet.id), yaml(withoutDefaults(skillSet.data)));
  for (const competency of imported.competencies)
    files.set(entryPath(primaryLadderId, 'competencies', competency.id), yaml(withoutDefaults(competency.data)));
  for (const skill of imported.skills)
    files.set(
      entryPath(primaryLadderId, 'skills', skill.id),
      joinFrontmatter(yaml(withoutDefaults(skill.data)), skill.body),
    );
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
