import { parseStoredPlans, plansStorageKey, serializePlans } from '../../lib/plan/plan-file.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';

// The reader's plans in localStorage, every ladder's under one key; nothing else keeps them.

const blocked = 'This browser doesn’t let the site keep data, so your plan lasts only until you leave this page.';

/** The saved plans; what could not be read of them is left out and reported in `problem`. */
export function readPlans(): { plans: Plan[]; problem?: string } {
  try {
    return parseStoredPlans(localStorage.getItem(plansStorageKey));
  } catch {
    return { plans: [], problem: blocked };
  }
}

/** Saves every plan; returns what went wrong, if anything. */
export function writePlans(plans: Plan[]): string | undefined {
  try {
    localStorage.setItem(plansStorageKey, serializePlans(plans));
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
