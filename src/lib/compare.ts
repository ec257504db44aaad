import type { LadderIndex } from './ladder-index.ts';
import type { Level, Skill, SkillSet } from './ladder.ts';

/** One level's part of a requirement: its skill sets, each with its skills, in ladder order. */
export interface LevelRequirement {
  level: Level;
  skillSets: { skillSet: SkillSet; skills: Skill[] }[];
  skillCount: number;
}

/** What changes from one level to another of the same track. */
export interface LevelComparison {
  from: Level;
  to: Level;
  /** Up the ladder when `to` is the higher rung. */
  direction: 'up' | 'down';
  /** Required at `to` but not at `from`. */
  added: LevelRequirement[];
  /** Required at `from` but not at `to`. */
  dropped: LevelRequirement[];
  /** Required at both. */
  shared: LevelRequirement[];
}

/** Totals of a list of requirements, for sentences like "3 skill sets, 24 skills". */
export function countRequirements(requirements: LevelRequirement[]): { skillSets: number; skills: number } {
  return {
    skillSets: requirements.reduce((n, r) => n + r.skillSets.length, 0),
    skills: requirements.reduce((n, r) => n + r.skillCount, 0),
  };
}

const isRung = (level: Level) => level.data.rank !== undefined;

/**
 * Levels a level can be compared with: the other rungs of its track and the baseline, which stands below both tracks.
 * The baseline compares with every rung; levels beside the rungs (Specialties) compare with none.
 */
export function comparableLevels(ladder: LadderIndex, level: Level): Level[] {
  if (!isRung(level)) return [];
  return ladder.levels.filter(
    (other) =>
      other !== level &&
      isRung(other) &&
      (other.data.track === level.data.track || other.data.baseline || level.data.baseline),
  );
}

/** Every ordered pair of comparable levels, each once, in ladder order. */
export function comparisonPairs(ladder: LadderIndex): [Level, Level][] {
  return ladder.levels.flatMap((from) => comparableLevels(ladder, from).map((to): [Level, Level] => [from, to]));
}

/** The rung just below a level, whose requirements carry over to it: the level below in its track, or the baseline. */
export function previousRung(ladder: LadderIndex, level: Level): Level | undefined {
  return ladder.inheritedLevels(level)[0];
}

/** The level itself and every level it inherits, in ladder order. */
function requiredLevels(ladder: LadderIndex, level: Level): Set<Level> {
  return new Set([level, ...ladder.inheritedLevels(level)]);
}

function requirementOf(ladder: LadderIndex, level: Level): LevelRequirement {
  const skillSets = ladder.skillSetsOf(level).map((skillSet) => ({ skillSet, skills: ladder.skillsOf(skillSet) }));
  return { level, skillSets, skillCount: ladder.skillCount(level) };
}

/** What `to` requires that `from` doesn't, and the reverse, and what both require; both must be rungs of one track. */
export function compareLevels(ladder: LadderIndex, from: Level, to: Level): LevelComparison {
  if (!comparableLevels(ladder, from).includes(to)) {
    throw new Error(`Levels "${from.id}" and "${to.id}" can't be compared: compare two rungs of one track, or a rung with the baseline.`);
  }
  const fromLevels = requiredLevels(ladder, from);
  const toLevels = requiredLevels(ladder, to);
  const inOrder = (keep: (level: Level) => boolean) => ladder.levels.filter(keep).map((level) => requirementOf(ladder, level));
  return {
    from,
    to,
    direction: toLevels.has(from) ? 'up' : 'down',
    added: inOrder((level) => toLevels.has(level) && !fromLevels.has(level)),
    dropped: inOrder((level) => fromLevels.has(level) && !toLevels.has(level)),
    shared: inOrder((level) => fromLevels.has(level) && toLevels.has(level)),
  };
}
