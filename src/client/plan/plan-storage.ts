import { parseStoredPlans, plansStorageKey, serializePlans } from '../../lib/plan/stored-plans.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';

// The reader's plans in localStorage, every ladder's under one key; nothing else keeps them.

const blocked = 'This browser doesn’t let the site keep data, so your plan lasts only until you leave this page.';

/** What was stored but couldn't be read, written back with the plans so that no one's evidence is lost to a write. */
let unreadable: unknown[] = [];

/** The saved plans; what could not be read of them is kept aside and reported in `problem`. */
export function readPlans(): { plans: Plan[]; problem?: string } {
  try {
    const stored = parseStoredPlans(localStorage.getItem(plansStorageKey));
    unreadable = stored.unreadable;
    return stored.problem ? { plans: stored.plans, problem: stored.problem } : { plans: stored.plans };
  } catch {
    return { plans: [], problem: blocked };
  }
}

/** Saves every plan (and what couldn't be read, as it was); returns what went wrong, if anything. */
export function writePlans(plans: Plan[]): string | undefined {
  try {
    localStorage.setItem(plansStorageKey, serializePlans(plans, unreadable));
    return undefined;
  } catch {
    return blocked;
  }
}

/** Calls back when another tab changes the plans. */
export function onPlansChange(callback: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === plansStorageKey || event.key === null) callback();
  });
}
