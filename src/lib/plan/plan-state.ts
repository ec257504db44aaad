// A growth plan's state as pure functions: the plan page's script keeps the plans in the browser's storage and
// re-renders from what these return. Every change returns a new plan with `updated` set to the day given.
import { evidenceProblem, planFormat, planVersion, type Standing } from './plan-format.ts';
import type { Evidence, Plan, PlanSkill } from './plan-schema.ts';
import { textFingerprint } from './fingerprint.ts';
import {
  findLevel,
  fingerprintOf,
  PlanError,
  requirementSet,
  skillIdsOf,
  type PlanLadder,
  type RequirementGroup,
  type RequirementSet,
} from './requirements.ts';

/** The plan for a ladder's pair of levels, if this browser has one: the page opens it rather than a new one. */
export function planFor(plans: readonly Plan[], ladder: string, from: string, to: string): Plan | undefined {
  return plans.find((plan) => plan.ladder === ladder && plan.from === from && plan.to === to);
}

/**
 * A new plan for a requirement set: every required skill not yet started, with its title and whole text as they are
 * now (`texts`, by skill id, from the ladder's texts file), so a later rewording can be shown. Its id is
 * `<from>-to-<to>` (after the ladder's id for another ladder), numbered when a plan of `existing` has it already.
 */
export function newPlan(options: {
  ladder: PlanLadder;
  set: RequirementSet;
  texts: Readonly<Record<string, string>>;
  today: string;
  existing: readonly Plan[];
}): Plan {
  const { ladder, set, texts, today, existing } = options;
  const skills: Plan['skills'] = {};
  for (const skillId of skillIdsOf(set.required)) {
    const text = texts[skillId];
    if (text === undefined) throw new PlanError(`The text of "${skillId}" is missing from the ladder's texts.`);
    skills[skillId] = { title: ladder.skills[skillId].title, text, standing: 'not-yet', notes: '', evidence: [] };
  }
  return {
    format: planFormat,
    version: planVersion,
    id: freshId(ladder.id, set.from.id, set.to.id, existing),
    name: `${set.from.title} to ${set.to.title}`,
    ladder: ladder.id,
    release: ladder.release,
    from: set.from.id,
    to: set.to.id,
    created: today,
    updated: today,
    skills,
    retired: {},
  };
}

/** `<from>-to-<to>` (after the ladder's id for another ladder), numbered when one of `existing` has it already. */
function freshId(ladder: string, from: string, to: string, existing: readonly Plan[]): string {
  const base = [ladder, from, 'to', to].filter(Boolean).join('-');
  const taken = new Set(existing.map((plan) => plan.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * "Save a copy" of a plan opened from someone's link or file: the same plan under an id none of `plans` has, so it
 * never overwrites the reader's own plan (a link of their own plan carries its id), named as a copy, updated today.
 */
export function copyPlan(plans: readonly Plan[], plan: Plan, today: string): Plan {
  return {
    ...plan,
    id: freshId(plan.ladder, plan.from, plan.to, plans),
    name: `${plan.name} (copy)`,
    updated: today,
  };
}

/** The plans with this one in place of the plan of its id, or added at the end. */
export function upsertPlan(plans: readonly Plan[], plan: Plan): Plan[] {
  return plans.some((other) => other.id === plan.id)
    ? plans.map((other) => (other.id === plan.id ? plan : other))
    : [...plans, plan];
}

export function removePlan(plans: readonly Plan[], id: string): Plan[] {
  return plans.filter((plan) => plan.id !== id);
}

export function renamePlan(plan: Plan, name: string, today: string): Plan {
  const trimmed = name.trim();
  if (!trimmed) throw new PlanError('A plan needs a name.');
  return { ...plan, name: trimmed, updated: today };
}

function skillOf(plan: Plan, skillId: string) {
  const skill = plan.skills[skillId];
  if (!skill) throw new PlanError(`“${plan.name}” has no skill "${skillId}".`);
  return skill;
}

const withSkill = (plan: Plan, skillId: string, change: Partial<Plan['skills'][string]>, today: string): Plan => ({
  ...plan,
  updated: today,
  skills: { ...plan.skills, [skillId]: { ...skillOf(plan, skillId), ...change } },
});

/** The skill's free-text notes, as typed (kept as they are, blank lines and all). */
export function setNotes(plan: Plan, skillId: string, notes: string, today: string): Plan {
  return withSkill(plan, skillId, { notes }, today);
}

export function setStanding(plan: Plan, skillId: string, standing: Standing, today: string): Plan {
  return withSkill(plan, skillId, { standing }, today);
}

/**
 * An evidence entry as a reader typed it, blank fields dropped, checked by the plan file's rules for an entry (plan-format.ts; its link
 * by the site's one URL rule); a PlanError names the skill and the field otherwise.
 */
export function evidenceEntry(skillTitle: string, entry: { date: string; note?: string; link?: string }): Evidence {
  const note = entry.note?.trim();
  const link = entry.link?.trim();
  const evidence = { date: entry.date, ...(note ? { note } : {}), ...(link ? { link } : {}) };
  const problem = evidenceProblem(evidence);
  if (!problem) return evidence;
  throw new PlanError(
    `The evidence for “${skillTitle}”: ${problem.field ? `its ${problem.field} ` : ''}${problem.message}.`,
  );
}

export function addEvidence(
  plan: Plan,
  skillId: string,
  entry: { date: string; note?: string; link?: string },
  today: string,
): Plan {
  const skill = skillOf(plan, skillId);
  return withSkill(plan, skillId, { evidence: [...skill.evidence, evidenceEntry(skill.title, entry)] }, today);
}

export function updateEvidence(
  plan: Plan,
  skillId: string,
  index: number,
  entry: { date: string; note?: string; link?: string },
  today: string,
): Plan {
  const skill = skillOf(plan, skillId);
  const evidence = skill.evidence.map((old, i) => (i === index ? evidenceEntry(skill.title, entry) : old));
  return withSkill(plan, skillId, { evidence }, today);
}

export function removeEvidence(plan: Plan, skillId: string, index: number, today: string): Plan {
  const skill = skillOf(plan, skillId);
  return withSkill(plan, skillId, { evidence: skill.evidence.filter((_, i) => i !== index) }, today);
}

/** Whether the reader has written anything for a skill: a dated entry, or notes that aren't blank. */
export const skillHasEvidence = (skill: PlanSkill): boolean => skill.evidence.length > 0 || skill.notes.trim() !== '';

/** Whether the plan has evidence for one of its skills (see `skillHasEvidence`). */
export function hasEvidence(plan: Plan, skillId: string): boolean {
  const skill = plan.skills[skillId];
  return skill !== undefined && skillHasEvidence(skill);
}

/** How many of a group's skills have evidence in the plan: "2 of 5 skills with evidence". */
export function evidenceCount(group: RequirementGroup, plan: Plan): { withEvidence: number; skills: number } {
  return {
    withEvidence: group.skills.filter((skill) => hasEvidence(plan, skill.id)).length,
    skills: group.skills.length,
  };
}

/** The "what's left" filter: each group with only its skills without evidence (entries or notes), empty groups dropped. */
export function whatsLeft(groups: readonly RequirementGroup[], plan: Plan): RequirementGroup[] {
  return groups
    .map((group) => ({ ...group, skills: group.skills.filter((skill) => !hasEvidence(plan, skill.id)) }))
    .filter((group) => group.skills.length > 0);
}

/**
 * Whether a plan already stands on the ladder as it is: same release, same level ids, exactly the skills required,
 * each with its current title and text. When it does, migration would change nothing, so the page need not load
 * plan-migrate.ts (and the word diff) at all.
 */
export function planIsCurrent(plan: Plan, ladder: PlanLadder): boolean {
  if (plan.release !== ladder.release) return false;
  const [from, to] = [findLevel(ladder, plan.from), findLevel(ladder, plan.to)];
  if (from?.id !== plan.from || to?.id !== plan.to || from.rank === null || to.rank === null) return false;
  const required = skillIdsOf(requirementSet(ladder, from.id, to.id).required);
  return (
    Object.keys(plan.skills).length === required.length &&
    required.every((id) => {
      const skill = plan.skills[id];
      return skill?.title === ladder.skills[id].title && textFingerprint(skill.text) === fingerprintOf(ladder, id);
    })
  );
}
