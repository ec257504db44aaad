import type { LadderIndex } from '../ladder/ladder-index.ts';
import type { Level, Skill, SkillSet } from '../ladder/ladder.ts';
import { counted } from '../text/counted.ts';

/** One level's part of a requirement: its skill sets, each with its skills, in ladder order. */
export interface LevelRequirement {
  level: Level;
  skillSets: { skillSet: SkillSet; skills: Skill[] }[];
  skillCount: number;
}

/**
 * How two levels stand: `up` when `to` requires everything `from` does and more (a higher rung of the same track,
 * or a rung above the baseline), `down` the reverse, `across` when each requires something the other doesn't
 * (rungs of different tracks).
 */
export type CompareDirection = 'up' | 'down' | 'across';

/** What changes from one level to another, in one track or across tracks. */
export interface LevelComparison {
  from: Level;
  to: Level;
  direction: CompareDirection;
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
 * Levels a level can be compared with: every other rung, since people move between tracks; its own track first, then
 * the other tracks, each in ladder order. Levels beside the rungs (Specialties) compare with none.
 */
export function comparableLevels(ladder: LadderIndex, level: Level): Level[] {
  if (!isRung(level)) return [];
  const others = ladder.levels.filter((other) => other !== level && isRung(other));
  const sameTrack = (other: Level) => other.data.track === level.data.track;
  return [...others.filter(sameTrack), ...others.filter((other) => !sameTrack(other))];
}

/** Every ordered pair of comparable levels, each once, in ladder order. */
export function comparisonPairs(ladder: LadderIndex): [Level, Level][] {
  return ladder.levels.flatMap((from) => comparableLevels(ladder, from).map((to): [Level, Level] => [from, to]));
}

/** The rung just below a level, whose requirements carry over to it: the level below in its track, or the baseline. */
export function previousRung(ladder: LadderIndex, level: Level): Level | undefined {
  return ladder.inheritedLevels(level)[0];
}

/** What a rung's page says is new at it, beside the rung just below. */
export interface WhatsNew {
  /** The rung just below, absent on the first rung: what this one adds to it, and what carries over. */
  below?: {
    level: Level;
    added: { skillSets: number; skills: number };
    /** The skill sets it adds, in ladder order. */
    addedSkillSets: SkillSet[];
    carried: { skillSets: number; skills: number };
    /** The levels whose requirements carry over, in ladder order. */
    carriedFrom: Level[];
  };
}

/** What is new at a rung compared with the rung below; none for levels beside the rungs, which compare with none. */
export function whatsNew(ladder: LadderIndex, level: Level): WhatsNew | undefined {
  if (comparableLevels(ladder, level).length === 0) return undefined;
  const below = previousRung(ladder, level);
  if (!below) return {};
  const { added, shared } = compareLevels(ladder, below, level);
  return {
    below: {
      level: below,
      added: countRequirements(added),
      addedSkillSets: added.flatMap((requirement) => requirement.skillSets.map(({ skillSet }) => skillSet)),
      carried: countRequirements(shared),
      carriedFrom: shared.map((requirement) => requirement.level),
    },
  };
}

/** The level itself and every level it inherits, in ladder order. */
function requiredLevels(ladder: LadderIndex, level: Level): Set<Level> {
  return new Set([level, ...ladder.inheritedLevels(level)]);
}

function requirementOf(ladder: LadderIndex, level: Level): LevelRequirement {
  const skillSets = ladder.skillSetsOf(level).map((skillSet) => ({ skillSet, skills: ladder.skillsOf(skillSet) }));
  return { level, skillSets, skillCount: ladder.skillCount(level) };
}

function directionOf(fromLevels: Set<Level>, toLevels: Set<Level>, from: Level, to: Level): CompareDirection {
  if (toLevels.has(from)) return 'up';
  if (fromLevels.has(to)) return 'down';
  return 'across';
}

/**
 * What `to` requires that `from` doesn't, and the reverse, and what both require, each level's requirement counted
 * with everything it inherits; both must be rungs (of any track).
 */
export function compareLevels(ladder: LadderIndex, from: Level, to: Level): LevelComparison {
  if (!comparableLevels(ladder, from).includes(to)) {
    throw new Error(
      `Levels "${from.id}" and "${to.id}" can't be compared: compare two different rungs (levels with a rank); levels beside the rungs have nothing to compare.`,
    );
  }
  const fromLevels = requiredLevels(ladder, from);
  const toLevels = requiredLevels(ladder, to);
  const inOrder = (keep: (level: Level) => boolean) =>
    ladder.levels.filter(keep).map((level) => requirementOf(ladder, level));
  return {
    from,
    to,
    direction: directionOf(fromLevels, toLevels, from, to),
    added: inOrder((level) => toLevels.has(level) && !fromLevels.has(level)),
    dropped: inOrder((level) => fromLevels.has(level) && !toLevels.has(level)),
    shared: inOrder((level) => fromLevels.has(level) && toLevels.has(level)),
  };
}

/** One sentence that says what a comparison finds, for the page's lead and its description. */
export function comparisonSummary({ from, to, direction, added, dropped, shared }: LevelComparison): string {
  const [fromTitle, toTitle] = [from.data.title, to.data.title];
  const more = countRequirements(added);
  const fewer = countRequirements(dropped);
  if (direction === 'up') {
    return `${toTitle} requires ${counted(more.skillSets, 'more skill set', 'more skill sets')} (${counted(more.skills, 'skill', 'skills')}) than ${fromTitle}, and everything ${fromTitle} requires carries over.`;
  }
  if (direction === 'down') {
    return `${toTitle} requires ${counted(fewer.skillSets, 'fewer skill set', 'fewer skill sets')} (${counted(fewer.skills, 'skill', 'skills')}) than ${fromTitle}; everything it requires is also required at ${fromTitle}.`;
  }
  const both = countRequirements(shared);
  return (
    `${fromTitle} and ${toTitle} are on different tracks: ${toTitle} requires ${counted(more.skillSets, 'skill set', 'skill sets')} (${counted(more.skills, 'skill', 'skills')}) that ${fromTitle} doesn’t, ` +
    `${fromTitle} requires ${counted(fewer.skillSets, 'skill set', 'skill sets')} (${counted(fewer.skills, 'skill', 'skills')}) that ${toTitle} doesn’t, ` +
    `and both require ${counted(both.skillSets, 'skill set', 'skill sets')} (${counted(both.skills, 'skill', 'skills')}).`
  );
}
