import { z } from 'astro/zod';
import {
  defaultContentFolder,
  entryPath,
  ladderFile,
  ladderFilePath,
  primaryLadderId,
  sourcesFolder,
  type EntryKind,
} from './content-layout.ts';
import { competencySchema, ladderSchema, levelSchema, skillSchema, skillSetSchema } from './schemas.ts';
import { importConfigSchema } from '../import/import-config.ts';

/** Where the generated JSON Schemas live, for editors (.vscode/settings.json) and anyone else who reads them. */
export const jsonSchemaFolder = '.schemas';

// The files of a kind in every ladder of the default content folder, as the globs editors match files with.
const everyLadder = (path: (ladder: string) => string) =>
  [path(primaryLadderId), path('*')].map((inFolder) => `${defaultContentFolder}/${inFolder}`);
const ofKind = (kind: EntryKind) => everyLadder((ladder) => entryPath(ladder, kind, '*'));

/** Each content file kind, the zod schema the build reads it with, and the files editors should check with it. */
export const contentFileSchemas = [
  {
    file: 'ladder.schema.json',
    title: `Rungs ladder (${ladderFile})`,
    schema: ladderSchema,
    matches: everyLadder(ladderFilePath),
  },
  {
    file: 'level.schema.json',
    title: `Rungs level (${entryPath(primaryLadderId, 'levels', '<id>')})`,
    schema: levelSchema,
    matches: ofKind('levels'),
  },
  {
    file: 'skill-set.schema.json',
    title: `Rungs skill set (${entryPath(primaryLadderId, 'skillSets', '<id>')})`,
    schema: skillSetSchema,
    matches: ofKind('skillSets'),
  },
  {
    file: 'skill.schema.json',
    title: `Rungs skill frontmatter (${entryPath(primaryLadderId, 'skills', '<id>')})`,
    schema: skillSchema,
    matches: ofKind('skills'),
  },
  {
    file: 'competency.schema.json',
    title: `Rungs competency (${entryPath(primaryLadderId, 'competencies', '<id>')})`,
    schema: competencySchema,
    matches: ofKind('competencies'),
  },
  {
    file: 'import-config.schema.json',
    title: 'Rungs import config (<document>.import.yaml)',
    schema: importConfigSchema,
    matches: [`${defaultContentFolder}/${sourcesFolder}/*.import.yaml`],
  },
] as const;

/**
 * The JSON Schema of each content file kind, as files to write: generated from the zod schemas, on their input side
 * (what an author writes: fields with defaults may be left out), so editors check what the build checks.
 */
export function jsonSchemaFiles(): Map<string, string> {
  return new Map(
    contentFileSchemas.map(({ file, title, schema }) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      return [file, `${JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2)}\n`];
    }),
  );
}

/**
 * VS Code's settings that check content files against the schemas as they are typed (with Red Hat's YAML
 * extension). Markdown frontmatter is left out: no common editor extension applies a JSON Schema to it.
 */
export function editorSettings(): string {
  const yamlSchemas = Object.fromEntries(
    contentFileSchemas
      .map(({ file, matches }) => [`./${jsonSchemaFolder}/${file}`, matches.filter((match) => match.endsWith('.yaml'))])
      .filter(([, matches]) => matches.length > 0),
  );
  // Format on save with the project's Prettier (and its Astro plugin); ESLint checks .astro files too.
  const formatting = {
    'editor.defaultFormatter': 'esbenp.prettier-vscode',
    'editor.formatOnSave': true,
    'prettier.documentSelectors': ['**/*.astro'],
    '[astro]': { 'editor.defaultFormatter': 'esbenp.prettier-vscode' },
    'eslint.validate': ['javascript', 'typescript', 'astro'],
  };
  return `${JSON.stringify({ 'yaml.schemas': yamlSchemas, ...formatting }, null, 2)}\n`;
}

/** Where `editorSettings` goes. */
export const editorSettingsFile = '.vscode/settings.json';
