// A plan made against an older release, brought up to the ladder as it is now. The plan keeps each skill's title and
// text as planned; the page has the current ladder's aliases (embedded) and the text fingerprints of the levels the
// plan requires (their files), so nothing of the old releases is needed: only the current texts of the skills that
// were reworded or are new, fetched when there are any.
import { wordDiff, type DiffPart } from '../releases/word-diff.ts';
import { textFingerprint } from './fingerprint.ts';
import type { Plan, PlanSkill, RetiredSkill } from './plan-schema.ts';
import {
  findLevel,
  fingerprintOf,
  PlanError,
  requirementSet,
  skillIdsOf,
  type PlanLadder,
  type PlanSkillData,
} from './requirements.ts';

/** What changed for a plan since the release it was made against, for the page to tell its reader. */
export interface MigrationReport {
  release: { from: string | null; to: string | null };
  /** Levels of the plan renamed since (their old id is an alias of the new). */
  levels: { from: string; to: string }[];
  /** Skills renamed since (and their titles then and now): their evidence follows them to the new id. */
  renamed: { from: string; to: string; title: string; fromTitle: string }[];
  /**
   * Skills whose text changed (the word diff of the text as planned against the text now), or whose title changed
   * without a rename (`retitledFrom`, with a diff of unchanged words).
   */
  reworded: { id: string; title: string; retitledFrom?: string; diff: DiffPart[] }[];
  /** Skills kept under "no longer in the ladder" (or no longer required for this step), evidence and all. */
  removed: { id: string; title: string; reason: RetiredSkill['reason'] }[];
  /** Skills the target requires now that the plan didn't list: new, not yet started. */
  added: { id: string; title: string }[];
  /** Skills kept under "no longer in the ladder" that the target requires again: back in the plan with their evidence. */
  restored: { id: string; title: string }[];
}

/** Whether a migration changed nothing but, perhaps, the release the plan names. */
export function isEmptyReport(report: MigrationReport): boolean {
  const { levels, renamed, reworded, removed, added, restored } = report;
  return [levels, renamed, reworded, removed, added, restored].every((list) => list.length === 0);
}

/** The skill of the ladder a plan's skill id names now: itself, or the skill that took the id as an alias. */
function currentSkill(ladder: PlanLadder, id: string): (PlanSkillData & { id: string }) | undefined {
  if (ladder.skills[id]) return { id, ...ladder.skills[id] };
  const heir = Object.entries(ladder.skills).find(([, skill]) => skill.aliases?.includes(id));
  return heir && { id: heir[0], ...heir[1] };
}

function currentLevel(ladder: PlanLadder, id: string, which: string): string {
  const level = findLevel(ladder, id);
  if (!level)
    throw new PlanError(
      `This plan’s ${which} level "${id}" is no longer in ${ladder.title}: start a new plan; this one can still be exported.`,
    );
  return level.id;
}

/**
 * The skills whose current whole text `migratePlan` needs: those reworded since the plan was made (their fingerprint
 * differs) and those newly required. Empty when nothing changed, so the page fetches the texts only then.
 */
export function textsNeeded(plan: Plan, ladder: PlanLadder): string[] {
  const set = requirementSet(
    ladder,
    currentLevel(ladder, plan.from, 'current'),
    currentLevel(ladder, plan.to, 'target'),
  );
  const planned = new Map<string, PlanSkill>();
  for (const [id, skill] of Object.entries(plan.skills)) {
    const now = currentSkill(ladder, id);
    if (now) planned.set(now.id, skill);
  }
  return skillIdsOf(set.required).filter((id) => {
    const skill = planned.get(id);
    return !skill || textFingerprint(skill.text) !== fingerprintOf(ladder, id);
  });
}

/**
 * The plan brought up to the ladder now, and what changed: renamed skills follow their aliases (evidence kept, two
 * merged skills' notes and evidence joined), retired skills required again come back, reworded ones are flagged with a word diff and take the new title and text,
 * skills no longer in the ladder or no longer required keep their evidence under `retired`, and newly required ones
 * are added, not yet started. `texts` holds the current text of at least the skills `textsNeeded` names.
 */
export function migratePlan(
  plan: Plan,
  ladder: PlanLadder,
  texts: Readonly<Record<string, string>>,
): { plan: Plan; report: MigrationReport } {
  const from = currentLevel(ladder, plan.from, 'current');
  const to = currentLevel(ladder, plan.to, 'target');
  const required = skillIdsOf(requirementSet(ladder, from, to).required);
  const report: MigrationReport = {
    release: { from: plan.release, to: ladder.release },
    levels: [
      ...(from === plan.from ? [] : [{ from: plan.from, to: from }]),
      ...(to === plan.to ? [] : [{ from: plan.to, to }]),
    ],
    renamed: [],
    reworded: [],
    removed: [],
    added: [],
    restored: [],
  };
  const textOf = (id: string) => {
    const text = texts[id];
    if (text === undefined) throw new PlanError(`The current text of "${id}" is needed to bring this plan up to date.`);
    return text;
  };

  // A skill kept for its evidence that the target requires again comes back, evidence and all.
  const retired: Plan['retired'] = { ...plan.retired };
  const returning: [string, PlanSkill][] = [];
  for (const [id, { reason: _reason, ...skill }] of Object.entries(plan.retired)) {
    const now = currentSkill(ladder, id);
    if (!now || !required.includes(now.id)) continue;
    delete retired[id];
    returning.push([id, skill]);
    report.restored.push({ id: now.id, title: now.title });
  }

  const kept = new Map<string, PlanSkill>();
  for (const [id, skill] of [...Object.entries(plan.skills), ...returning]) {
    const now = currentSkill(ladder, id);
    if (!now || !required.includes(now.id)) {
      const reason = now ? 'not-required' : 'not-in-ladder';
      retired[id] = { ...skill, reason };
      report.removed.push({ id, title: skill.title, reason });
      continue;
    }
    const renamed = now.id !== id;
    if (renamed) report.renamed.push({ from: id, to: now.id, title: now.title, fromTitle: skill.title });
    const earlier = kept.get(now.id);
    if (earlier) {
      const notes = [earlier.notes, skill.notes].filter((text) => text.trim()).join('\n\n');
      kept.set(now.id, { ...earlier, notes, evidence: [...earlier.evidence, ...skill.evidence] });
      continue;
    }
    const reworded = textFingerprint(skill.text) !== fingerprintOf(ladder, now.id);
    const retitled = skill.title !== now.title;
    const text = reworded ? textOf(now.id) : skill.text;
    if (reworded || (retitled && !renamed)) {
      report.reworded.push({
        id: now.id,
        title: now.title,
        ...(retitled ? { retitledFrom: skill.title } : {}),
        diff: wordDiff(skill.text, text),
      });
    }
    kept.set(now.id, { ...skill, title: now.title, text });
  }

  const skills: Plan['skills'] = {};
  for (const id of required) {
    const skill = kept.get(id);
    if (skill) skills[id] = skill;
    else {
      skills[id] = { title: ladder.skills[id].title, text: textOf(id), standing: 'not-yet', notes: '', evidence: [] };
      report.added.push({ id, title: ladder.skills[id].title });
    }
  }
  return { plan: { ...plan, from, to, release: ladder.release, skills, retired }, report };
}
