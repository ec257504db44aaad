import { tracks } from '../content/schemas.ts';
import { competencyRows, type CompetencyRows } from './competency-rows.ts';
import type { Backlink, LadderContent, Level, LinkTarget, ResolvedLink, Skill, SkillSet, Track } from './ladder.ts';

/** Lookups and orderings the pages need, computed once per build from the validated content. */
export interface LadderIndex {
  content: LadderContent;
  tracks: Track[];
  /** Every level in reading order: tracks in order, each bottom to top. */
  levels: Level[];
  level(id: string): Level;
  skillSet(id: string): SkillSet;
  skill(id: string): Skill;
  skillSetsOf(level: Level): SkillSet[];
  skillsOf(skillSet: SkillSet): Skill[];
  /** Levels whose skill sets a level also requires: the rungs below it in its track and any baseline, nearest first. */
  inheritedLevels(level: Level): Level[];
  backlinks(skill: Skill): Backlink[];
  resolve(target: LinkTarget): ResolvedLink;
  previousAndNext(skill: Skill): { previous?: Skill; next?: Skill };
  skillsAlphabetically: Skill[];
  skillCount(level: Level): number;
  /** A matrix ladder's competencies as rows of cells; no rows for a ladder without competencies. */
  competencies: CompetencyRows;
}

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
const alphabetically = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${what} with id "${id}"`);
    return found;
  };
}

function orderTrack(levels: Level[]): Level[] {
  const ranked = levels.filter((l) => l.data.rank !== undefined).sort((a, b) => a.data.rank! - b.data.rank!);
  const beside = levels.filter((l) => l.data.rank === undefined).sort(alphabetically);
  return [...ranked, ...beside];
}

export function buildLadderIndex(content: LadderContent): LadderIndex {
  const level = lookup(content.levels, 'level');
  const skillSet = lookup(content.skillSets, 'skill set');
  const skill = lookup(content.skills, 'skill');

  const levelsByTrack = groupBy(content.levels, (l) => l.data.track);
  const trackList: Track[] = tracks
    .filter((track) => levelsByTrack.has(track))
    .map((track) => ({ track, levels: orderTrack(levelsByTrack.get(track)!) }));
  const levels = trackList.flatMap((t) => t.levels);

  const skillSetsByLevel = groupBy([...content.skillSets].sort(byOrder), (s) => s.data.level);
  const skillsBySkillSet = groupBy([...content.skills].sort(byOrder), (s) => s.data.skillSet);
  const skillSetsOf = (l: Level) => skillSetsByLevel.get(l.id) ?? [];
  const skillsOf = (s: SkillSet) => skillsBySkillSet.get(s.id) ?? [];

  const backlinksBySkill = new Map<string, Backlink[]>();
  const addBacklink = (to: string, backlink: Backlink) =>
    backlinksBySkill.set(to, [...(backlinksBySkill.get(to) ?? []), backlink]);
  for (const from of content.skills) {
    for (const target of from.data.seeAlso) if ('skill' in target) addBacklink(target.skill, { from, kind: 'seeAlso' });
    for (const to of from.data.excluded?.skills ?? []) addBacklink(to, { from, kind: 'excluded' });
  }

  const baselines = levels.filter((l) => l.data.baseline);
  const inheritedLevels = (l: Level): Level[] => {
    if (l.data.rank === undefined) return [];
    const below = (levelsByTrack.get(l.data.track) ?? [])
      .filter((other) => other.data.rank !== undefined && other.data.rank < l.data.rank!)
      .sort((a, b) => b.data.rank! - a.data.rank!);
    const extraBaselines = baselines.filter((b) => b.id !== l.id && !below.includes(b));
    return [...below, ...extraBaselines];
  };

  const skillCounts = new Map(levels.map((l) => [l.id, skillSetsOf(l).reduce((n, s) => n + skillsOf(s).length, 0)]));

  return {
    content,
    tracks: trackList,
    levels,
    level,
    skillSet,
    skill,
    skillSetsOf,
    skillsOf,
    inheritedLevels,
    backlinks: (s) => backlinksBySkill.get(s.id) ?? [],
    resolve(target) {
      if ('skill' in target) return { kind: 'skill', skill: skill(target.skill) };
      if ('skillSet' in target) return { kind: 'skillSet', skillSet: skillSet(target.skillSet) };
      return { kind: 'unresolved', name: target.unresolved };
    },
    previousAndNext(s) {
      const siblings = skillsBySkillSet.get(s.data.skillSet) ?? [];
      const at = siblings.indexOf(s);
      return { previous: siblings[at - 1], next: siblings[at + 1] };
    },
    skillsAlphabetically: [...content.skills].sort(alphabetically),
    skillCount: (l) => skillCounts.get(l.id) ?? 0,
    competencies: competencyRows(content.competencies, content.skills, trackList),
  };
}
