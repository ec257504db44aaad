// The growth plan's document: what the browser stores, the JSON file a reader exports and imports, and what a share
// link carries, with the one check every copy of it goes through. The check is written by hand because it runs in the
// plan page's script on every visit: zod's classic build costs about 92 KB gzipped in a bundle and its mini build
// about 7.5 KB, half the page's script budget; this costs about 1 KB. Its messages name the field, as zod's would.
import { isId } from '../content/content-layout.ts';
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

/** One piece of evidence: a note, a link, or both, with the day it happened (or was written down). */
export interface Evidence {
  /** YYYY-MM-DD. */
  date: string;
  note?: string;
  /** Checked by the site's one URL rule (src/lib/markdown/url.ts): no javascript:. */
  link?: string;
}

export interface PlanSkill {
  /** The skill's title when the plan was made (or last migrated). */
  title: string;
  /** The skill's description, Markdown, when the plan was made: a later rewording is shown as a word diff of it. */
  text: string;
  standing: Standing;
  /** The reader's own words about the skill, free text beside the dated entries; '' when none. */
  notes: string;
  evidence: Evidence[];
}

export const retiredReasons = ['not-in-ladder', 'not-required'] as const;

/** A skill the ladder dropped, or that the target no longer requires: kept so no evidence is lost. */
export interface RetiredSkill extends PlanSkill {
  reason: (typeof retiredReasons)[number];
}

export interface Plan {
  format: typeof planFormat;
  version: typeof planVersion;
  id: string;
  name: string;
  /** '' for the primary ladder, else its folder name under content/ladders/. */
  ladder: string;
  /** The ladder's release the plan was made against (or last migrated to); null when the ladder had none. */
  release: string | null;
  from: string;
  to: string;
  /** YYYY-MM-DD. */
  created: string;
  updated: string;
  skills: Record<string, PlanSkill>;
  retired: Record<string, RetiredSkill>;
}

/** One problem of a document: the field's path (`skills.basic-sql.evidence[2].date`, '' for the whole) and why. */
export interface PlanIssue {
  path: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real calendar date written YYYY-MM-DD: "2025-02-30" is refused, not read as 2 March. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const idRule = 'a lowercase slug such as "basic-sql"';
const listOf = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** Checks a document against the plan's shape, collecting every problem with its field's path. */
class Checker {
  readonly issues: PlanIssue[] = [];

  problem(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** The object at `path` with exactly `fields` (the optional ones may be absent), or undefined after a problem. */
  object(value: unknown, path: string, fields: readonly string[], optional: readonly string[] = []) {
    if (!isRecord(value)) {
      this.problem(path, value === undefined ? 'is missing' : `must be an object with ${fields.join(', ')}`);
      return undefined;
    }
    for (const field of fields)
      if (value[field] === undefined && !optional.includes(field)) this.problem(at(path, field), 'is missing');
    const unknown = Object.keys(value).filter((key) => !fields.includes(key));
    if (unknown.length > 0)
      this.problem(
        path,
        `has ${unknown.length === 1 ? 'a field' : 'fields'} a growth plan doesn’t have: ${listOf(unknown)}`,
      );
    return value;
  }

  check(ok: boolean, value: unknown, path: string, message: string): void {
    if (value !== undefined && !ok) this.problem(path, message);
  }

  text(value: unknown, path: string, options: { nonEmpty?: boolean } = {}): void {
    this.check(typeof value === 'string', value, path, 'must be text');
    if (options.nonEmpty && typeof value === 'string' && value.trim() === '') this.problem(path, 'must not be empty');
  }

  id(value: unknown, path: string): void {
    this.check(typeof value === 'string' && isId(value), value, path, `must be an id, ${idRule}`);
  }

  date(value: unknown, path: string): void {
    this.check(isDate(value), value, path, 'must be a date written YYYY-MM-DD');
  }

  oneOf(value: unknown, path: string, values: readonly string[]): void {
    this.check(values.includes(value as string), value, path, `must be one of ${listOf(values)}`);
  }

  evidence(value: unknown, path: string): void {
    const entry = this.object(value, path, ['date', 'note', 'link'], ['note', 'link']);
    if (!entry) return;
    this.date(entry.date, at(path, 'date'));
    this.text(entry.note, at(path, 'note'), { nonEmpty: true });
    if (entry.link !== undefined)
      if (typeof entry.link !== 'string') this.problem(at(path, 'link'), 'must be a link');
      else if (!isAllowedUrl(entry.link)) this.problem(at(path, 'link'), urlProblem(entry.link));
    if (entry.note === undefined && entry.link === undefined) this.problem(path, 'must have a note, a link or both');
  }

  skill(value: unknown, path: string, retired: boolean): void {
    const fields = ['title', 'text', 'standing', 'notes', 'evidence', ...(retired ? ['reason'] : [])];
    const skill = this.object(value, path, fields, ['notes']);
    if (!skill) return;
    this.text(skill.title, at(path, 'title'), { nonEmpty: true });
    this.text(skill.text, at(path, 'text'));
    this.oneOf(skill.standing, at(path, 'standing'), standings);
    this.text(skill.notes, at(path, 'notes'));
    if (retired) this.oneOf(skill.reason, at(path, 'reason'), retiredReasons);
    if (skill.evidence === undefined) return;
    if (!Array.isArray(skill.evidence)) this.problem(at(path, 'evidence'), 'must be a list of evidence entries');
    else skill.evidence.forEach((entry, i) => this.evidence(entry, `${at(path, 'evidence')}[${i}]`));
  }

  skills(value: unknown, path: string, retired: boolean): void {
    if (value === undefined) return;
    if (!isRecord(value)) return this.problem(path, 'must be an object keyed by skill id');
    for (const [id, skill] of Object.entries(value)) {
      if (!isId(id)) this.problem(path, `"${id}" is not a skill id (${idRule})`);
      else this.skill(skill, at(path, id), retired);
    }
  }
}

const at = (path: string, field: string) => (path ? `${path}.${field}` : field);

const planFields = ['format', 'version', 'id', 'name', 'ladder', 'release', 'from', 'to', 'created', 'updated'];

/**
 * The plan a document holds, or every problem with the field it is about. A skill's `notes` may be absent (read as
 * ''); every other field is required, and fields a plan doesn't have are refused, so a typo is not silently lost.
 */
export function validatePlan(data: unknown): { plan: Plan } | { issues: PlanIssue[] } {
  const checker = new Checker();
  const plan = checker.object(data, '', [...planFields, 'skills', 'retired']);
  if (plan) {
    checker.check(plan.format === planFormat, plan.format, 'format', `must be "${planFormat}"`);
    checker.check(plan.version === planVersion, plan.version, 'version', `must be ${planVersion}`);
    checker.id(plan.id, 'id');
    checker.text(plan.name, 'name', { nonEmpty: true });
    checker.check(
      plan.ladder === '' || (typeof plan.ladder === 'string' && isId(plan.ladder)),
      plan.ladder,
      'ladder',
      `must be "" (the site’s own ladder) or a ladder id, ${idRule}`,
    );
    if (plan.release !== null) checker.id(plan.release, 'release');
    checker.id(plan.from, 'from');
    checker.id(plan.to, 'to');
    checker.date(plan.created, 'created');
    checker.date(plan.updated, 'updated');
    checker.skills(plan.skills, 'skills', false);
    checker.skills(plan.retired, 'retired', true);
  }
  if (checker.issues.length > 0) return { issues: checker.issues };
  return { plan: withNotes(data as Plan) };
}

/** An evidence entry checked as a plan file's would be: the entry, or its problems (paths within the entry). */
export function validateEvidence(data: unknown): { evidence: Evidence } | { issues: PlanIssue[] } {
  const checker = new Checker();
  checker.evidence(data, '');
  return checker.issues.length > 0 ? { issues: checker.issues } : { evidence: { ...(data as Evidence) } };
}

/** The plan as checked, each skill's absent notes read as '' and every object a copy of the document's own. */
function withNotes(plan: Plan): Plan {
  const skills = <T extends PlanSkill>(record: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(record).map(([id, skill]) => [
        id,
        { ...skill, notes: skill.notes ?? '', evidence: skill.evidence.map((entry) => ({ ...entry })) },
      ]),
    ) as Record<string, T>;
  return { ...plan, skills: skills(plan.skills), retired: skills(plan.retired) };
}
