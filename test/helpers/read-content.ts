import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LadderContent } from '../../src/lib/ladder.ts';
import { ladderSchema, levelSchema, skillSchema, skillSetSchema } from '../../src/lib/schemas.ts';

/** Content files by path relative to the content folder; `overlays` win over earlier folders, as edits would. */
function collectFiles(...folders: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of folders) {
    const walk = (relative: string) => {
      for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path);
        else files.set(path, join(folder, path));
      }
    };
    if (existsSync(folder)) walk('');
  }
  return files;
}

/** Reads a content folder the way the site's collections do, for tests of the domain model without Astro. */
export function readContent(...folders: string[]): LadderContent {
  const files = collectFiles(...folders);
  const entries = (prefix: string, extension: string) =>
    [...files].filter(([path]) => path.startsWith(`${prefix}/`) && path.endsWith(extension)).map(([path, file]) => ({ id: path.slice(prefix.length + 1, -extension.length), file, text: readFileSync(file, 'utf8') }));
  const yamlEntry = <T>(schema: { parse(data: unknown): T }) => (e: { id: string; file: string; text: string }) => ({ id: e.id, file: e.file, data: schema.parse(parseYaml(e.text)) });
  const ladderFile = files.get('ladder.yaml')!;
  return {
    ladder: { id: 'ladder', file: ladderFile, data: ladderSchema.parse(parseYaml(readFileSync(ladderFile, 'utf8'))) },
    levels: entries('levels', '.yaml').map(yamlEntry(levelSchema)),
    skillSets: entries('skill-sets', '.yaml').map(yamlEntry(skillSetSchema)),
    skills: entries('skills', '.md').map((e) => {
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(e.text)!;
      return { id: e.id, file: e.file, data: skillSchema.parse(parseYaml(frontmatter)), body };
    }),
  };
}
