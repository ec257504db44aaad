import type { CompetencyData, LadderData, LevelData, LinkTarget, SkillData, SkillSetData } from '../content/schemas.ts';

/** One content file as plain data: its id (the file name), where it lives, and its validated frontmatter. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** The line of each field in the file ("seeAlso[1].skill", and "body" for a skill's description), for messages. */
  lines?: Record<string, number>;
}

export type Level = Entry<LevelData>;
export type SkillSet = Entry<SkillSetData>;
export type Skill = Entry<SkillData> & { body: string };
/** A row of a competency matrix; its cells are the skills that name it. */
export type Competency = Entry<CompetencyData>;

/** Everything the site is built from, independent of Astro. */
export interface LadderContent {
  ladder: Entry<LadderData>;
  levels: Level[];
  skillSets: SkillSet[];
  skills: Skill[];
  /** A matrix ladder's competencies; none for a ladder whose skills each belong to one level. */
  competencies: Competency[];
}

export type ResolvedLink =
  { kind: 'skill'; skill: Skill } | { kind: 'skillSet'; skillSet: SkillSet } | { kind: 'unresolved'; name: string };

export type BacklinkKind = 'seeAlso' | 'excluded';

export interface Backlink {
  from: Skill;
  kind: BacklinkKind;
}

export interface Track {
  track: LevelData['track'];
  /** Ranked levels bottom to top, then levels beside the rungs. */
  levels: Level[];
}

export type { LinkTarget };
