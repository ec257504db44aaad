// The browser's storage record of every plan, written by the plan page itself. Reading it is on the page's opening
// path, so it gets a guard of the document's format, version and shape only; plans from anywhere else are read
// against the whole schema (plan-file.ts). A plan that fails the guard is kept as it was, never deleted by a write.
import { formatProblem, isRecord, planVersion } from './plan-format.ts';
import type { Plan } from './plan-schema.ts';

/** Where the plans are kept in the browser's localStorage: one record holding every named plan. */
export const plansStorageKey = 'rungs:plans';

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

const textFields = ['id', 'name', 'ladder', 'from', 'to', 'created', 'updated'] as const;

/** Why a stored plan can't be used as one: its format, version or shape (not each field's rule); undefined if it can. */
function shapeProblem(stored: unknown): string | undefined {
  const problem = formatProblem(stored);
  if (problem || !isRecord(stored)) return problem;
  if (stored.version !== planVersion) return `it is version ${String(stored.version)}; this site reads ${planVersion}`;
  const notText = textFields.filter((field) => typeof stored[field] !== 'string');
  if (notText.length > 0) return `${notText.join(', ')} must be text`;
  for (const field of ['skills', 'retired'] as const) {
    const skills = stored[field];
    if (!isRecord(skills)) return `${field} must be an object keyed by skill id`;
    for (const [id, skill] of Object.entries(skills))
      if (!isRecord(skill) || typeof skill.title !== 'string' || !Array.isArray(skill.evidence))
        return `${field}.${id} must be a skill with a title and a list of evidence`;
  }
  return undefined;
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
    const problem = shapeProblem(stored);
    if (problem === undefined) plans.push(withNotes(stored as Plan));
    else {
      const name = isRecord(stored) && typeof stored.name === 'string' ? `“${stored.name}”` : `number ${i + 1}`;
      lost.push(`Saved plan ${name} couldn’t be read: ${problem}`);
      unreadable.push(stored);
    }
  });
  return lost.length > 0 ? { plans, problem: lost.join(' '), unreadable } : { plans, unreadable };
}

/** A stored plan with every skill's notes as text ('' when it was saved before notes existed). */
function withNotes(plan: Plan): Plan {
  const notes = <T extends { notes?: string }>(skills: Record<string, T>) =>
    Object.fromEntries(Object.entries(skills).map(([id, skill]) => [id, { ...skill, notes: skill.notes ?? '' }]));
  return { ...plan, skills: notes(plan.skills), retired: notes(plan.retired) } as Plan;
}
