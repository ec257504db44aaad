// The growth plan's document: what the browser stores, the JSON file a reader exports and imports, and what a share
// link carries. Written with zod's mini build because it runs in the plan page's script: the classic build costs
// about 92 KB gzipped in a bundle, the mini one under 8 KB (see test/plan/plan-file.test.ts for what it says).
import * as z from 'zod/mini';
import { idPattern } from '../content/content-layout.ts';
import { isAllowedUrl, urlProblem } from '../markdown/url.ts';

export const planFormat = 'rungs-plan';
/** Bump on any change an older Rungs couldn't read, and teach plan-file.ts to read the version before. */
export const planVersion = 1;

/** Where a reader thinks they stand on a skill, in words: never a percentage or a score. */
export const standings = ['not-yet', 'growing', 'evidence-recorded'] as const;
export type Standing = (typeof standings)[number];

const standingLabels: Record<Standing, string> = {
  'not-yet': 'not yet',
  growing: 'growing',
  'evidence-recorded': 'evidence recorded',
};

/** A standing as the page and the exports write it: "not yet", "growing", "evidence recorded". */
export const standingLabel = (standing: Standing): string => standingLabels[standing];

const missingOr = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : what);

const text = z.string({ error: missingOr('must be text') });
const nonEmpty = z.string({ error: missingOr('must be text') }).check(z.trim(), z.minLength(1, 'must not be empty'));
const id = z
  .string({ error: missingOr('must be an id') })
  .check(z.regex(idPattern, 'must be an id, a lowercase slug such as "basic-sql"'));
const date = z.iso.date({ error: missingOr('must be a date written YYYY-MM-DD') });
const link = z
  .string({ error: missingOr('must be a link') })
  .check(z.refine(isAllowedUrl, { error: (issue) => urlProblem(String(issue.input)) }));

/** One piece of evidence: a note, a link, or both, with the day it happened (or was written down). */
export const evidenceSchema = z
  .strictObject(
    { date, note: z.optional(nonEmpty), link: z.optional(link) },
    { error: missingOr('must be an object with a date and a note or a link') },
  )
  .check(
    z.refine((entry) => entry.note !== undefined || entry.link !== undefined, {
      error: 'must have a note, a link or both',
    }),
  );

const standing = z.enum(standings, {
  error: missingOr(`must be one of ${standings.map((s) => `"${s}"`).join(', ')}`),
});

const skillShape = {
  /** The skill's title when the plan was made (or last migrated). */
  title: nonEmpty,
  /** The skill's description, Markdown, when the plan was made: a later rewording is shown as a word diff of it. */
  text,
  standing,
  /** The reader's own words about the skill, free text beside the dated entries; '' when none. */
  notes: z._default(text, ''),
  evidence: z.array(evidenceSchema, { error: missingOr('must be a list of evidence entries') }),
};

export const planSkillSchema = z.strictObject(skillShape, {
  error: missingOr('must be an object with title, text, standing, notes and evidence'),
});

/** A skill the ladder dropped, or that the target no longer requires: kept so no evidence is lost. */
export const retiredSkillSchema = z.strictObject(
  {
    ...skillShape,
    reason: z.enum(['not-in-ladder', 'not-required'], {
      error: missingOr('must be "not-in-ladder" or "not-required"'),
    }),
  },
  { error: missingOr('must be an object with title, text, standing, notes, evidence and reason') },
);

const skillId = z.string().check(z.regex(idPattern, 'must be a skill id, a lowercase slug such as "basic-sql"'));

export const planSchema = z.strictObject(
  {
    format: z.literal(planFormat, { error: `must be "${planFormat}": this file is not a growth plan` }),
    version: z.literal(planVersion, { error: `must be ${planVersion}` }),
    id,
    name: nonEmpty,
    /** '' for the primary ladder, else its folder name under content/ladders/. */
    ladder: z.union([z.literal(''), id], { error: missingOr('must be "" (the site’s own ladder) or a ladder id') }),
    /** The ladder's release the plan was made against (or last migrated to); null when the ladder had none. */
    release: z.nullable(id),
    from: id,
    to: id,
    created: date,
    updated: date,
    skills: z.record(skillId, planSkillSchema, { error: missingOr('must be an object keyed by skill id') }),
    retired: z.record(skillId, retiredSkillSchema, { error: missingOr('must be an object keyed by skill id') }),
  },
  { error: missingOr('must be an object') },
);

export type Evidence = z.infer<typeof evidenceSchema>;
export type PlanSkill = z.infer<typeof planSkillSchema>;
export type RetiredSkill = z.infer<typeof retiredSkillSchema>;
export type Plan = z.infer<typeof planSchema>;
