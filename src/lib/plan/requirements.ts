// What a growth plan asks of its reader: what the target level requires that the current one doesn't, grouped for
// reading. Runs in the plan page's script, over the compact ladder data the page embeds (plan-ladder.ts builds it
// from the ladder index and src/lib/compare at build time), so nothing here imports the ladder index or Markdown.

/** A growth plan's problem, worded for the reader: the page shows the message as it is. */
export class PlanError extends Error {}

/** How two levels stand, from src/lib/compare, and `same` when a plan's two levels are one. */
export type PlanDirection = 'same' | 'up' | 'down' | 'across';

export interface PlanLevel {
  id: string;
  title: string;
  track: string;
  /** Null for a level beside the rungs (Specialties), which no plan starts or ends at. */
  rank: number | null;
  /** Ids the level had before it was renamed, so a plan made then still finds it. */
  aliases: string[];
  /** The level's own skill sets, in ladder order, each with its skills' ids in order. */
  skillSets: { id: string; title: string; skills: string[] }[];
}

/**
 * A skill as the embedded ladder data holds it, keyed by its id; aliases and competency only when it has them. Its
 * summary and fingerprint are not embedded (they would double the page's weight): they come from its level's file
 * (`planLevelSkills` at build time), put in by `withLevelSkills` for the levels a plan needs (`levelsOf`).
 */
export interface PlanSkillData {
  title: string;
  /** Ids the skill had before it was renamed. */
  aliases?: string[];
  /** The competency of a matrix ladder's cell. */
  competency?: string;
  /** The description's first sentence, plain text, once its level's file is in. */
  summary?: string;
  /** The description's fingerprint (fingerprint.ts), once its level's file is in: rewording shows without the text. */
  fingerprint?: string;
}

/** One level's file: each of its skills' summary and fingerprint, by skill id. */
export type LevelSkills = Record<string, { summary: string; fingerprint: string }>;

/** A skill as a plan lists it: its data, with its id and where it sits. */
export interface PlanSkillInfo extends PlanSkillData {
  id: string;
  level: string;
  skillSet: string;
}

/** What src/lib/compare says about one ordered pair of rungs, by level id. */
export interface PlanPair {
  direction: Exclude<PlanDirection, 'same'>;
  /** Levels required at `to` and not at `from`, in ladder order. */
  added: string[];
  /** Levels required at both, in ladder order. */
  shared: string[];
}

/** Everything the plan page needs of a ladder, small enough to embed in the page (built by plan-ladder.ts). */
export interface PlanLadder {
  /** '' for the primary ladder, else its folder name under content/ladders/. */
  id: string;
  title: string;
  /** The release the ladder's content is (its latest release), or null before the first release. */
  release: string | null;
  /** Every level in ladder order: tracks in order, each bottom to top, then the levels beside the rungs. */
  levels: PlanLevel[];
  /** Every skill by id; where it sits is read from `levels`. */
  skills: Record<string, PlanSkillData>;
  /** Competency titles by id, for matrix ladders; empty otherwise. */
  competencies: Record<string, string>;
  /** Each level's own requirements plus those it inherits, in ladder order: its "same level" plan carries them all. */
  requires: Record<string, string[]>;
  /** Every ordered pair of different rungs, keyed `<from>><to>`. */
  pairs: Record<string, PlanPair>;
}

/** A group of skills a plan shows under one heading: a skill set (of a level), or a competency across levels. */
export interface RequirementGroup {
  kind: 'skillSet' | 'competency';
  id: string;
  title: string;
  /** The level a skill set belongs to; absent for a competency, whose skills span levels. */
  level?: { id: string; title: string };
  skills: PlanSkillInfo[];
}

export interface RequirementSet {
  from: PlanLevel;
  to: PlanLevel;
  direction: PlanDirection;
  /** What `to` requires that `from` doesn't: the plan's skills. */
  required: RequirementGroup[];
  /** What both require: shown folded, it carries over. */
  carried: RequirementGroup[];
}

/** The key of an ordered pair of levels in `PlanLadder.pairs`. */
export const pairKey = (from: string, to: string) => `${from}>${to}`;

/** The levels a plan can start or end at: the rungs of every track, in ladder order. */
export function plannableLevels(ladder: PlanLadder): PlanLevel[] {
  return ladder.levels.filter((level) => level.rank !== null);
}

/** A level by its id or an id it had before a rename; undefined when the ladder has none. */
export function findLevel(ladder: PlanLadder, id: string): PlanLevel | undefined {
  return ladder.levels.find((level) => level.id === id) ?? ladder.levels.find((level) => level.aliases.includes(id));
}

function plannableLevel(ladder: PlanLadder, id: string, which: string): PlanLevel {
  const level = findLevel(ladder, id);
  const choices = plannableLevels(ladder)
    .map((rung) => `"${rung.id}"`)
    .join(', ');
  if (!level)
    throw new PlanError(`The ${which} level "${id}" is not a level of ${ladder.title}: choose one of ${choices}.`);
  if (level.rank === null)
    throw new PlanError(
      `${level.title} stands beside the rungs, so a plan can’t ${which === 'current' ? 'start' : 'end'} there: choose one of ${choices}.`,
    );
  return level;
}

/**
 * The skills of some levels grouped for reading: by competency when a skill has one (a matrix ladder's cells, in
 * competency order as first met), else by skill set, in ladder order.
 */
function groupsOf(ladder: PlanLadder, levelIds: readonly string[]): RequirementGroup[] {
  const groups: RequirementGroup[] = [];
  const competencyGroups = new Map<string, RequirementGroup>();
  for (const level of ladder.levels.filter((l) => levelIds.includes(l.id))) {
    for (const skillSet of level.skillSets) {
      const own: RequirementGroup = {
        kind: 'skillSet',
        id: skillSet.id,
        title: skillSet.title,
        level: { id: level.id, title: level.title },
        skills: [],
      };
      for (const id of skillSet.skills) {
        const skill: PlanSkillInfo = { id, level: level.id, skillSet: skillSet.id, ...ladder.skills[id] };
        if (skill.competency === undefined) {
          own.skills.push(skill);
          continue;
        }
        let group = competencyGroups.get(skill.competency);
        if (!group) {
          const title = ladder.competencies[skill.competency] ?? skill.competency;
          group = { kind: 'competency', id: skill.competency, title, skills: [] };
          competencyGroups.set(skill.competency, group);
          groups.push(group);
        }
        group.skills.push(skill);
      }
      if (own.skills.length > 0) groups.push(own);
    }
  }
  return groups;
}

/**
 * What `to` requires that `from` doesn't, and what carries over, for any two rungs of the ladder (across tracks too;
 * level ids may be ids the levels had before a rename). Throws a PlanError for a level the ladder doesn't have or one
 * beside the rungs.
 */
export function requirementSet(ladder: PlanLadder, fromId: string, toId: string): RequirementSet {
  const from = plannableLevel(ladder, fromId, 'current');
  const to = plannableLevel(ladder, toId, 'target');
  if (from === to)
    return { from, to, direction: 'same', required: [], carried: groupsOf(ladder, ladder.requires[from.id]) };
  const pair = ladder.pairs[pairKey(from.id, to.id)];
  return {
    from,
    to,
    direction: pair.direction,
    required: groupsOf(ladder, pair.added),
    carried: groupsOf(ladder, pair.shared),
  };
}

/** A skill of the ladder with where it sits (its level, for the texts file that holds it), by its current id. */
export function skillInfo(ladder: PlanLadder, id: string): PlanSkillInfo | undefined {
  for (const level of ladder.levels)
    for (const skillSet of level.skillSets)
      if (skillSet.skills.includes(id)) return { id, level: level.id, skillSet: skillSet.id, ...ladder.skills[id] };
  return undefined;
}

/**
 * The levels whose files (`LevelSkills`) a plan between two levels needs: those of the skills it requires, in ladder
 * order (none for a lower or the same target). Level ids may be ids the levels had before a rename.
 */
export function levelsOf(ladder: PlanLadder, fromId: string, toId: string): string[] {
  const from = plannableLevel(ladder, fromId, 'current');
  const to = plannableLevel(ladder, toId, 'target');
  return from === to ? [] : ladder.pairs[pairKey(from.id, to.id)].added;
}

/** The ladder with the summaries and fingerprints of some levels' files put in. */
export function withLevelSkills(ladder: PlanLadder, ...files: LevelSkills[]): PlanLadder {
  const skills = { ...ladder.skills };
  for (const file of files)
    for (const [id, { summary, fingerprint }] of Object.entries(file))
      if (skills[id]) skills[id] = { ...skills[id], summary, fingerprint };
  return { ...ladder, skills };
}

/** A skill's fingerprint; a PlanError when its level's file wasn't put in, which `levelsOf` would have named. */
export function fingerprintOf(ladder: PlanLadder, id: string): string {
  const fingerprint = ladder.skills[id]?.fingerprint;
  if (fingerprint === undefined)
    throw new PlanError(
      `The fingerprint of "${id}" isn’t loaded: put in its level’s skills (levelsOf, withLevelSkills) first.`,
    );
  return fingerprint;
}

/** The ids of a requirement set's groups' skills, in order. */
export function skillIdsOf(groups: readonly RequirementGroup[]): string[] {
  return groups.flatMap((group) => group.skills.map((skill) => skill.id));
}
