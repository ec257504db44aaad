// The growth plan's document, defined once: what the browser stores, the JSON file a reader exports and imports, and
// what a share link carries. Documents from outside (a file, a link, someone else's plan) are read against it in a
// worker (src/client/plan/plan-reading.worker.ts), so zod never weighs on the plan page's opening; the page itself
// uses only the types, and plan-format.ts's words. Every message names its field's path, as the reader is shown it.
import * as z from 'zod/mini';
import { isId } from '../content/content-layout.ts';
import { isAllowedUrl, urlProblem } from '../markdown/url.ts';
import { dateRule, isDate, noteOrLinkRule, planFormat, planVersion, retiredReasons, standings } from './plan-format.ts';

const idRule = 'a lowercase slug such as "basic-sql"';
const listOf = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
const missingOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : message;

const text = () => z.string({ error: missingOr('must be text') });
const nonEmptyText = () =>
  text().check(z.refine((value: string) => value.trim() !== '', { error: 'must not be empty', abort: true }));
const id = () =>
  z.string({ error: missingOr(`must be an id, ${idRule}`) }).check(z.refine(isId, `must be an id, ${idRule}`));
const date = () => z.string({ error: missingOr(dateRule) }).check(z.refine(isDate, dateRule));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: missingOr(`must be one of ${listOf(values)}`) });

/** A strict object: a field a plan doesn't have is refused, so a typo is not silently lost. */
const object = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} a growth plan doesn’t have: ${listOf(issue.keys)}`;
      return missingOr(`must be an object with ${Object.keys(shape).join(', ')}`)(issue);
    },
  });

export const evidenceSchema = object({
  date: date(),
  note: z.optional(nonEmptyText()),
  link: z.optional(
    z
      .string({ error: 'must be a link' })
      .check(z.refine(isAllowedUrl, { error: (issue) => urlProblem(issue.input as string) })),
  ),
}).check(z.refine((entry) => entry.note !== undefined || entry.link !== undefined, noteOrLinkRule));

const skillShape = {
  title: nonEmptyText(),
  text: text(),
  standing: oneOf(standings),
  // Absent in files written before notes existed: read as none.
  notes: z._default(text(), ''),
  evidence: z.array(evidenceSchema, { error: missingOr('must be a list of evidence entries') }),
};
export const planSkillSchema = object(skillShape);
export const retiredSkillSchema = object({ ...skillShape, reason: oneOf(retiredReasons) });

const skillsOf = <Skill extends z.ZodMiniType>(skill: Skill) =>
  z.record(z.string().check(z.refine(isId)), skill, {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? `"${String(issue.input)}" is not a skill id (${idRule})`
        : missingOr('must be an object keyed by skill id')(issue),
  });

export const planSchema = object({
  format: z.literal(planFormat, { error: missingOr(`must be "${planFormat}"`) }),
  version: z.literal(planVersion, { error: missingOr(`must be ${planVersion}`) }),
  id: id(),
  name: nonEmptyText(),
  /** '' for the primary ladder, else its folder name under content/ladders/. */
  ladder: z
    .string({ error: missingOr(`must be "" (the site’s own ladder) or a ladder id, ${idRule}`) })
    .check(
      z.refine(
        (ladder: string) => ladder === '' || isId(ladder),
        `must be "" (the site’s own ladder) or a ladder id, ${idRule}`,
      ),
    ),
  /** The ladder's release the plan was made against (or last migrated to); null when the ladder had none. */
  release: z.nullable(id()),
  from: id(),
  to: id(),
  created: date(),
  updated: date(),
  skills: skillsOf(planSkillSchema),
  retired: skillsOf(retiredSkillSchema),
});

/** One piece of evidence: a note, a link, or both, with the day it happened (or was written down). */
export type Evidence = z.output<typeof evidenceSchema>;
/** A skill of the plan: its title and text as planned (a later rewording shows as a word diff), standing, notes. */
export type PlanSkill = z.output<typeof planSkillSchema>;
/** A skill the ladder dropped, or that the target no longer requires: kept so no evidence is lost. */
export type RetiredSkill = z.output<typeof retiredSkillSchema>;
export type Plan = z.output<typeof planSchema>;
export type { Standing } from './plan-format.ts';
