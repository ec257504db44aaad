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

/** The storage record of every plan this browser keeps. */
export function serializePlans(plans: readonly Plan[]): string {
  return JSON.stringify({ format: 'rungs-plans', version: planVersion, plans });
}

/**
 * The plans kept in storage. A record that can't be read gives no plans; a plan that can't be read is left out on its
 * own. Either way `problem` says what was lost and why, so no evidence disappears without a word.
 */
export function parseStoredPlans(raw: string | null): { plans: Plan[]; problem?: string } {
  if (raw === null || raw === '') return { plans: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { plans: [], problem: 'Your saved plans couldn’t be read (they are not valid JSON).' };
  }
  if (!isRecord(data) || data.format !== 'rungs-plans' || !Array.isArray(data.plans))
    return { plans: [], problem: 'Your saved plans couldn’t be read (they are not in the expected form).' };
  const plans: Plan[] = [];
  const lost: string[] = [];
  data.plans.forEach((stored: unknown, i: number) => {
    const reading = readPlan(stored);
    if ('plan' in reading) plans.push(reading.plan);
    else {
      const name = isRecord(stored) && typeof stored.name === 'string' ? `“${stored.name}”` : `number ${i + 1}`;
      lost.push(`Saved plan ${name} couldn’t be read: ${reading.problems.join('; ')}`);
    }
  });
  return lost.length > 0 ? { plans, problem: lost.join(' ') } : { plans };
}
