// Reading and writing growth plans: the exported JSON file, and the browser's storage record of every plan. Every
// problem names the field it is about, so a reader (or whoever edited the file) knows what to fix.
import { planFormat, planVersion, validatePlan, type Plan } from './plan-schema.ts';

/** Where the plans are kept in the browser's localStorage: one record holding every named plan. */
export const plansStorageKey = 'rungs:plans';

export type PlanReading = { plan: Plan } | { problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks already-parsed data as a plan: the messages of every problem found, each naming its field, or the plan. */
export function readPlan(data: unknown): PlanReading {
  if (!isRecord(data) || data.format !== planFormat)
    return { problems: [`This is not a growth plan: a plan file has "format": "${planFormat}".`] };
  if (typeof data.version === 'number' && data.version > planVersion)
    return {
      problems: [
        `This plan was made by a newer Rungs (version ${data.version}); this site reads version ${planVersion}.`,
      ],
    };
  const result = validatePlan(data);
  if ('plan' in result) return result;
  return { problems: result.issues.map(({ path, message }) => (path ? `${path}: ${message}` : `The plan ${message}`)) };
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

/** The file “Export JSON” saves: the plan as it is stored, readable by people as well as by `parsePlanFile`. */
export function planJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** The plans read from the browser's storage. */
export interface StoredPlans {
  plans: Plan[];
  /** What couldn't be read and why, for the page to show. */
  problem?: string;
  /**
   * What couldn't be read, as it was stored: hand it back to `serializePlans` so that writing the plans doesn't
   * delete it, and nobody's evidence disappears because one field went wrong.
   */
  unreadable: unknown[];
}

/** The storage record of every plan this browser keeps, and of what it kept without being able to read it. */
export function serializePlans(plans: readonly Plan[], unreadable: readonly unknown[] = []): string {
  return JSON.stringify({ format: 'rungs-plans', version: planVersion, plans: [...plans, ...unreadable] });
}

/**
 * The plans kept in storage. A plan that can't be read is left out of `plans` on its own, a record that can't be
 * read at all gives none; either way `problem` says what and why, and `unreadable` keeps it as it was stored.
 */
export function parseStoredPlans(raw: string | null): StoredPlans {
  if (raw === null || raw === '') return { plans: [], unreadable: [] };
  const unreadableRecord = (why: string) => ({
    plans: [],
    problem: `Your saved plans couldn’t be read (${why}); they are kept in this browser as they were.`,
    unreadable: [raw],
  });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return unreadableRecord('they are not valid JSON');
  }
  if (!isRecord(data) || data.format !== 'rungs-plans' || !Array.isArray(data.plans))
    return unreadableRecord('they are not in the expected form');
  const plans: Plan[] = [];
  const unreadable: unknown[] = [];
  const lost: string[] = [];
  data.plans.forEach((stored: unknown, i: number) => {
    const reading = readPlan(stored);
    if ('plan' in reading) plans.push(reading.plan);
    else {
      const name = isRecord(stored) && typeof stored.name === 'string' ? `“${stored.name}”` : `number ${i + 1}`;
      lost.push(`Saved plan ${name} couldn’t be read: ${reading.problems.join('; ')}`);
      unreadable.push(stored);
    }
  });
  return lost.length > 0 ? { plans, problem: lost.join(' '), unreadable } : { plans, unreadable };
}
