import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { idPattern } from '../content/content-layout.ts';
import { levelSchema } from '../content/schemas.ts';
import { ImportError } from './import-error.ts';

const slug = z.string().regex(idPattern, 'must be a lowercase ASCII slug such as "senior-engineer"');

/**
 * What the importer can't read from the document itself: which headings are level sections (with their
 * track and rank), and how to resolve names the document cites differently from the titles it uses.
 */
export const levelSectionsConfigSchema = z.strictObject({
  /** The default shape: a document of level sections, each with skill sets and skills. */
  shape: z.literal('level-sections').optional(),
  levels: z
    .array(
      z.strictObject({
        heading: z.string().min(1),
        id: slug.optional(),
        track: levelSchema.shape.track,
        rank: levelSchema.shape.rank,
        baseline: z.boolean().optional(),
        tags: levelSchema.shape.tags,
      }),
    )
    .min(1),
  /** A name as the document cites it → the title it means. */
  aliases: z.record(z.string(), z.string()).default({}),
  /** A phrase in an Excluded note → the title of the skill it names. */
  excludedNames: z.record(z.string(), z.string()).default({}),
  /** How many of the preamble's last paragraphs are the disclaimer. */
  disclaimerParagraphs: z.number().int().min(0).default(1),
});

export type ImportConfig = z.infer<typeof levelSectionsConfigSchema>;

/**
 * A reference document shaped as an outline (headings, nested or numbered lists): its areas become skill sets
 * and its items skills, all on the one level the config names, since such a document describes one role.
 */
export const outlineConfigSchema = z.strictObject({
  shape: z.literal('outline'),
  ladder: z.strictObject({ id: slug, title: z.string().trim().min(1) }),
  level: z.strictObject({
    id: slug,
    title: z.string().trim().min(1),
    track: levelSchema.shape.track,
    rank: levelSchema.shape.rank,
    tags: levelSchema.shape.tags,
  }),
});

export type OutlineConfig = z.infer<typeof outlineConfigSchema>;

/**
 * A document whose levels are headings or table rows or columns, each with its expectations: list items (a bold
 * lead names one), paragraphs, or table cells. `npm run import` detects this shape and writes the config it used.
 */
export const levelsConfigSchema = z.strictObject({
  shape: z.literal('levels'),
  /** The ladder's title; without it, the front matter's `title` or the document's first heading. */
  title: z.string().trim().min(1).optional(),
  /** What one expectation (one skill) is. */
  expectations: z.enum(['list-items', 'paragraphs', 'table-cells']),
  /** Tables only: whether the levels are the header row's cells (columns) or the first column's (rows). */
  levelsAre: z.enum(['columns', 'rows']).default('columns'),
  /** Relative links in the document are resolved against this URL (the document's folder in its repository). */
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  levels: z
    .array(
      z.strictObject({
        /** The heading (or table header cell) that names the level, as written. */
        heading: z.string().min(1),
        /** The level's title on the site, when the heading is not one ("3" in a table of levels). */
        title: z.string().trim().min(1).optional(),
        id: slug.optional(),
        track: levelSchema.shape.track,
        rank: levelSchema.shape.rank,
        tags: levelSchema.shape.tags.optional(),
      }),
    )
    .min(1),
});

export type LevelsConfig = z.infer<typeof levelsConfigSchema>;

/**
 * Which of the readings the importer can make of a source to take (the names it lists when it stops): a competency
 * matrix read from the document's headings, tables or data.
 */
export const readingConfigSchema = z.strictObject({
  reading: z.string().min(1),
  /** Relative links in the document are resolved against this URL (the document's folder in its repository). */
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export type ReadingConfig = z.infer<typeof readingConfigSchema>;
export type AnyImportConfig = ImportConfig | OutlineConfig | LevelsConfig | ReadingConfig;

const shapes = {
  'level-sections': levelSectionsConfigSchema,
  outline: outlineConfigSchema,
  levels: levelsConfigSchema,
} as const;

/** Every config the importer reads, by shape (absent: "level-sections"); a JSON Schema is generated from it. */
export const importConfigSchema = z.union([
  levelSectionsConfigSchema,
  outlineConfigSchema,
  levelsConfigSchema,
  readingConfigSchema,
]);
export type LevelConfig = ImportConfig['levels'][number];

/** The config for `document.md` lives beside it as `document.import.yaml`. */
export function configPathFor(documentPath: string): string {
  return documentPath.replace(/\.[^./]+$/, '') + '.import.yaml';
}

export function parseImportConfig(text: string, file: string): AnyImportConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ImportError(
      file,
      (error as { linePos?: { line: number }[] }).linePos?.[0]?.line,
      `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (raw !== null && typeof raw === 'object' && 'reading' in raw && !('shape' in raw)) {
    const result = readingConfigSchema.safeParse(raw);
    if (result.success) return result.data;
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ImportError(file, undefined, `is not a valid import config:\n  - ${issues.join('\n  - ')}`);
  }
  const shape = (raw as { shape?: unknown } | null)?.shape ?? 'level-sections';
  if (typeof shape !== 'string' || !Object.hasOwn(shapes, shape)) {
    throw new ImportError(
      file,
      undefined,
      `is not a valid import config:\n  - shape: must be one of ${Object.keys(shapes)
        .map((s) => `"${s}"`)
        .join(', ')} (or absent for "level-sections"), not ${JSON.stringify(shape)}`,
    );
  }
  const result = shapes[shape as keyof typeof shapes].safeParse(raw ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ImportError(file, undefined, `is not a valid import config:\n  - ${issues.join('\n  - ')}`);
  }
  return result.data;
}
