// Reading a growth plan that comes from outside this browser's storage: an imported file, a share link, the other
// person's plan opened beside one's own. Read against the schema (zod), so it runs in the plan page's reading worker,
// never on its opening path. Every problem names the field it is about, so whoever edited the file knows what to fix.
import type { $ZodIssue } from 'zod/v4/core';
import { formatProblem } from './plan-format.ts';
import { planSchema, type Plan } from './plan-schema.ts';
import { fragmentData } from './plan-share.ts';

export type PlanReading = { plan: Plan } | { problems: string[] };

/** An issue's field as the reader is shown it: `skills.basic-sql.evidence[2].date`, '' for the whole plan. */
function fieldPath(issue: $ZodIssue): string {
  // A record's bad key is reported at the key; the message is about the record's field.
  const path = issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path;
  return path.reduce<string>(
    (written, key) =>
      typeof key === 'number' ? `${written}[${key}]` : written ? `${written}.${String(key)}` : String(key),
    '',
  );
}

/** Checks already-parsed data as a plan: the messages of every problem found, each naming its field, or the plan. */
export function readPlan(data: unknown): PlanReading {
  const problem = formatProblem(data);
  if (problem) return { problems: [problem] };
  const result = planSchema.safeParse(data);
  if (result.success) return { plan: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const path = fieldPath(issue);
      return path ? `${path}: ${issue.message}` : `The plan ${issue.message}`;
    }),
  };
}

/** Reads an imported plan file's text: the plan, or every problem, each naming its field. */
export function parsePlanFile(text: string): PlanReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        `This file is not JSON (${(error as Error).message}): a growth plan is the .json file “Export JSON” saves.`,
      ],
    };
  }
  return readPlan(data);
}

/**
 * The plan a `#plan=…` fragment carries, validated as an imported file is, or what is wrong with the link. Each
 * skill's text is put back from `textsFor`, called once with the ids of the skills whose text the link left out, after
 * the plan is read (so only the texts that plan needs are fetched); a skill it has no text for keeps "".
 */
export async function planFromFragment(
  hash: string,
  textsFor: (skillIds: string[]) => Promise<Readonly<Record<string, string>>>,
): Promise<PlanReading> {
  const carried = await fragmentData(hash);
  if ('problems' in carried) return carried;
  const reading = readPlan(carried.data);
  if ('problems' in reading) return reading;
  const missing = Object.keys(reading.plan.skills).filter((id) => reading.plan.skills[id].text === '');
  if (missing.length === 0) return reading;
  const texts = await textsFor(missing);
  const skills: Plan['skills'] = {};
  for (const [id, skill] of Object.entries(reading.plan.skills))
    skills[id] = { ...skill, text: skill.text || (texts[id] ?? '') };
  return { plan: { ...reading.plan, skills } };
}
