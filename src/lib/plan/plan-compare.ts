// Two views of one growth plan side by side, for a check-in: mine and my manager's copy (or anyone's file or link).
// Compare plans brought up to the same ladder (plan-migrate.ts) so a renamed skill is one skill in both.
import type { Evidence, Plan, PlanSkill } from './plan-schema.ts';

/** One skill as two plans see it: either side absent when only the other plan lists the skill. */
export interface SkillComparison {
  id: string;
  title: string;
  mine?: PlanSkill;
  theirs?: PlanSkill;
  /** The standings differ, or only one plan lists the skill. */
  standingDiffers: boolean;
  /** The free-text notes differ (blank space aside). */
  notesDiffer: boolean;
  /** Evidence entries in one plan and not the other (same date, note and link count as one entry). */
  onlyMine: Evidence[];
  onlyTheirs: Evidence[];
  differs: boolean;
}

export interface PlanComparison {
  /** Whether both plans go between the same two levels; when not, their skills differ by construction. */
  sameLevels: boolean;
  /** Every skill of either plan, mine first in my plan's order, then those only theirs lists. */
  skills: SkillComparison[];
  /** How many skills differ, for "3 skills differ". */
  differing: number;
}

const entryKey = (entry: Evidence) => JSON.stringify([entry.date, entry.note ?? '', entry.link ?? '']);

const notIn = (entries: readonly Evidence[], others: readonly Evidence[]) => {
  const keys = new Set(others.map(entryKey));
  return entries.filter((entry) => !keys.has(entryKey(entry)));
};

/** Two plans compared skill by skill: where the standing, the notes or the evidence differ. */
export function comparePlans(mine: Plan, theirs: Plan): PlanComparison {
  const ids = [...new Set([...Object.keys(mine.skills), ...Object.keys(theirs.skills)])];
  const skills = ids.map((id): SkillComparison => {
    const [my, their] = [mine.skills[id], theirs.skills[id]];
    const onlyMine = notIn(my?.evidence ?? [], their?.evidence ?? []);
    const onlyTheirs = notIn(their?.evidence ?? [], my?.evidence ?? []);
    const standingDiffers = my?.standing !== their?.standing;
    const notesDiffer = (my?.notes.trim() ?? '') !== (their?.notes.trim() ?? '');
    return {
      id,
      title: (my ?? their).title,
      ...(my ? { mine: my } : {}),
      ...(their ? { theirs: their } : {}),
      standingDiffers,
      notesDiffer,
      onlyMine,
      onlyTheirs,
      differs: standingDiffers || notesDiffer || onlyMine.length > 0 || onlyTheirs.length > 0,
    };
  });
  return {
    sameLevels: mine.from === theirs.from && mine.to === theirs.to && mine.ladder === theirs.ladder,
    skills,
    differing: skills.filter((skill) => skill.differs).length,
  };
}
