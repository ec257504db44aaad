import { z } from 'astro/zod';
import { isAllowedUrl, urlProblem } from '../markdown/url.ts';
import { idPattern } from './content-layout.ts';

/** Ids are the file names (see content-layout.ts). */
const id = z.string().regex(idPattern, 'must be a lowercase ASCII slug such as "basic-sql"');

/** Markdown kept as written in the source: paragraphs separated by blank lines, inline emphasis and links. */
const prose = z.string().trim().min(1, 'must not be empty');

/** Every URL a content file gives goes through the one rule of markdown/url.ts. */
const url = z.string().refine(isAllowedUrl, { error: (issue) => urlProblem(String(issue.input)) });

/** A real calendar date, YYYY-MM-DD: "2024-02-30" is refused, not read as 1 March. */
const date = z.iso.date({ error: 'must be a real date written YYYY-MM-DD, such as 2024-08-18' });

export const tracks = ['engineering', 'management'] as const;

export const ladderSchema = z.strictObject({
  title: prose,
  // Content is read as YAML 1.2, so an unquoted 2024-08-18 stays the text it is and is checked as a date.
  updated: date.optional(),
  introduction: prose.optional(),
  disclaimer: prose.optional(),
  source: z.string().optional(),
  /** Another ladder's reading list, kept from its document ("Stuff to read"). */
  readingList: z.array(z.strictObject({ title: prose, url: url.optional() })).default([]),
});

export const levelSchema = z.strictObject({
  title: prose,
  track: z.enum(tracks),
  /** Position within the track, 0 at the bottom; a level without a rank (Specialties) stands beside the rungs. */
  rank: z.number().int().min(0).optional(),
  /** A baseline level's skill sets are required on every ranked level of both tracks. */
  baseline: z.boolean().default(false),
  /** The tags the source document puts in parentheses after this level's skill sets, e.g. "Senior SE". */
  tags: z.array(z.string().min(1)).min(1),
  intro: prose.optional(),
  aliases: z.array(id).default([]),
});

export const skillSetSchema = z.strictObject({
  title: prose,
  level: id,
  order: z.number().int().min(1),
  tag: z.string().min(1),
  intro: prose.optional(),
  aliases: z.array(id).default([]),
});

/**
 * A competency of a matrix ladder: a row spanning the levels (competencies/<id>.yaml). Its cells are skills naming it
 * in their `competency` field, one per level at most.
 */
export const competencySchema = z.strictObject({
  title: prose,
  /** The row's position among the ladder's competencies, unique within the ladder. */
  order: z.number().int().min(1),
  /** The category the source groups competencies under ("Technical skills"). */
  group: prose.optional(),
  /** Prose about the competency itself, not about one level. */
  intro: prose.optional(),
  aliases: z.array(id).default([]),
});

export const linkTargetSchema = z.union(
  [z.strictObject({ skill: id }), z.strictObject({ skillSet: id }), z.strictObject({ unresolved: prose })],
  { error: 'must give exactly one of skill, skillSet or unresolved' },
);

export const skillSchema = z.strictObject({
  title: prose,
  level: id,
  skillSet: id,
  order: z.number().int().min(1),
  seeAlso: z.array(linkTargetSchema).default([]),
  excluded: z
    .strictObject({
      note: prose,
      skills: z.array(id).default([]),
    })
    .optional(),
  furtherReading: z
    .array(
      z.strictObject({
        title: prose,
        author: z.string().min(1).optional(),
        url: url.optional(),
      }),
    )
    .default([]),
  /** The document holds a placeholder ("TODO") here: shown as "to be written". */
  placeholder: z.boolean().default(false),
  /** A "higher bar" entry names the skill set (or side level) it raises. */
  raises: z
    .union([z.strictObject({ skillSet: id }), z.strictObject({ level: id })], {
      error: 'must give exactly one of skillSet or level',
    })
    .optional(),
  aliases: z.array(id).default([]),
  /** The competency this skill is the cell of, at its level (a matrix ladder's row; see competencySchema). */
  competency: id.optional(),
});

export type LadderData = z.infer<typeof ladderSchema>;
export type LevelData = z.infer<typeof levelSchema>;
export type SkillSetData = z.infer<typeof skillSetSchema>;
export type SkillData = z.infer<typeof skillSchema>;
export type CompetencyData = z.infer<typeof competencySchema>;
export type LinkTarget = z.infer<typeof linkTargetSchema>;
