import { stringify } from 'yaml';
import type { ImportedLadder } from './build-ladder-content.ts';

/** The folders and file an import owns in a content directory; nothing else there is touched. */
export const managedPaths = { ladder: 'ladder.yaml', folders: { levels: '.yaml', 'skill-sets': '.yaml', skills: '.md' } } as const;

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Drops empty lists and false flags, the schemas' defaults, so a generated file only says what the document said. */
function withoutDefaults<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== false && !(Array.isArray(value) && value.length === 0))) as Partial<T>;
}

/** Every file of an imported ladder, by path relative to the content directory, in a stable order. */
export function renderContentFiles(imported: ImportedLadder): Map<string, string> {
  const files = new Map<string, string>();
  files.set(managedPaths.ladder, yaml(withoutDefaults(imported.ladder)));
  for (const level of imported.levels) files.set(`levels/${level.id}.yaml`, yaml(withoutDefaults(level.data)));
  for (const skillSet of imported.skillSets) files.set(`skill-sets/${skillSet.id}.yaml`, yaml(withoutDefaults(skillSet.data)));
  for (const skill of imported.skills) {
    files.set(`skills/${skill.id}.md`, `---\n${yaml(withoutDefaults(skill.data))}---\n\n${skill.body}\n`);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
