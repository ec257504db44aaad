import type { LadderIndex } from '../ladder/ladder-index.ts';
import type { Level, Skill } from '../ladder/ladder.ts';
import type { LevelData } from '../content/schemas.ts';
import { urls } from '../links/urls.ts';

/**
 * How one skill relates to what it links to:
 * - `buildsOn`: a See also to a lower rung of the same track, or to the baseline that every level requires; and a
 *   competency's cell to the same competency's cell below it in its track (derived, as if named in See also);
 * - `related`: any other See also;
 * - `excluded`: named as separate in the skill's Excluded note;
 * - `raises`: a "higher bar" entry to the skill set (or side level) whose bar it raises.
 */
export type EdgeKind = 'buildsOn' | 'related' | 'excluded' | 'raises';

export const edgeKinds: readonly EdgeKind[] = ['buildsOn', 'related', 'excluded', 'raises'];

export const edgeKindNames: Record<EdgeKind, string> = {
  buildsOn: 'Builds on',
  related: 'Related',
  excluded: 'Excluded',
  raises: 'Raises',
};

/** What an edge points at, in the same shape the content uses: a skill, or a whole skill set or level. */
export type EdgeTarget = { skill: string } | { skillSet: string } | { level: string };

export interface GraphEdge {
  /** The skill whose See also, Excluded or raises names the target. */
  from: string;
  to: EdgeTarget;
  kind: EdgeKind;
}

export interface GraphLevel {
  id: string;
  title: string;
  track: LevelData['track'];
  rank?: number;
  baseline: boolean;
  url: string;
  /** A colour class shared by the level's skills: the baseline, a rung's position in its track, or beside the rungs. */
  tone: string;
}

export interface GraphSkillSet {
  id: string;
  title: string;
  level: string;
  url: string;
}

export interface GraphNode {
  id: string;
  title: string;
  url: string;
  level: string;
  track: LevelData['track'];
  skillSet: string;
  /** Edges that start or end at this skill. */
  degree: number;
  /** See also names not yet in the ladder: no node to draw, but kept so nothing from the source is lost. */
  unresolved?: string[];
  /** Old ids of a renamed skill. */
  aliases?: string[];
}

/** The ladder as a graph: skills are nodes, grouped by skill set and layered by level; edges are typed links. */
export interface LadderGraph {
  levels: GraphLevel[];
  skillSets: GraphSkillSet[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A stable key for an edge's target, distinct across kinds (a skill and a skill set may share an id). */
export function targetKey(target: EdgeTarget): string {
  if ('skill' in target) return `skill:${target.skill}`;
  if ('skillSet' in target) return `skillSet:${target.skillSet}`;
  return `level:${target.level}`;
}

/** Whether a See also from a skill at `from` to something at `to` points down the ladder. */
export function buildsOn(from: Level, to: Level): boolean {
  if (to.data.baseline) return to.id !== from.id;
  const { rank: fromRank } = from.data;
  const { rank: toRank } = to.data;
  return from.data.track === to.data.track && fromRank !== undefined && toRank !== undefined && toRank < fromRank;
}

/** A skill's outgoing edges, typed. Unresolved See also names have no target and make no edge. */
export function edgesOf(skill: Skill, ladder: LadderIndex): GraphEdge[] {
  const from = ladder.level(skill.data.level);
  const edges: GraphEdge[] = [];
  for (const target of skill.data.seeAlso) {
    if ('unresolved' in target) continue;
    const level =
      'skill' in target ? ladder.skill(target.skill).data.level : ladder.skillSet(target.skillSet).data.level;
    edges.push({ from: skill.id, to: target, kind: buildsOn(from, ladder.level(level)) ? 'buildsOn' : 'related' });
  }
  const below = ladder.competencies.placeOf(skill)?.previous;
  if (below && !edges.some((edge) => 'skill' in edge.to && edge.to.skill === below.id))
    edges.unshift({ from: skill.id, to: { skill: below.id }, kind: 'buildsOn' });
  for (const id of skill.data.excluded?.skills ?? [])
    edges.push({ from: skill.id, to: { skill: id }, kind: 'excluded' });
  if (skill.data.raises) edges.push({ from: skill.id, to: skill.data.raises, kind: 'raises' });
  return edges;
}

function tones(ladder: LadderIndex): Map<string, string> {
  const tone = new Map<string, string>();
  for (const { track, levels } of ladder.tracks) {
    let rung = 0;
    for (const level of levels) {
      if (level.data.baseline) tone.set(level.id, 'tone-baseline');
      else if (level.data.rank === undefined) tone.set(level.id, 'tone-beside');
      else tone.set(level.id, `tone-${track}-${(rung++ % 5) + 1}`);
    }
  }
  return tone;
}

/** The graph of the whole ladder, in ladder order: levels bottom to top per track, skill sets and skills by their order. */
export function buildGraph(ladder: LadderIndex): LadderGraph {
  const tone = tones(ladder);
  const levels = ladder.levels.map((level): GraphLevel => ({
    id: level.id,
    title: level.data.title,
    track: level.data.track,
    ...(level.data.rank === undefined ? {} : { rank: level.data.rank }),
    baseline: level.data.baseline,
    url: urls.level(level.id),
    tone: tone.get(level.id)!,
  }));
  const skillSets = ladder.levels.flatMap((level) =>
    ladder.skillSetsOf(level).map((skillSet): GraphSkillSet => ({
      id: skillSet.id,
      title: skillSet.data.title,
      level: level.id,
      url: urls.skillSet(skillSet.id),
    })),
  );
  const skills = skillSets.flatMap((skillSet) => ladder.skillsOf(ladder.skillSet(skillSet.id)));
  const edges = skills.flatMap((skill) => edgesOf(skill, ladder));

  const degree = new Map<string, number>();
  const count = (key: string) => degree.set(key, (degree.get(key) ?? 0) + 1);
  for (const edge of edges) {
    count(`skill:${edge.from}`);
    count(targetKey(edge.to));
  }

  const nodes = skills.map((skill): GraphNode => {
    const unresolved = skill.data.seeAlso.flatMap((target) => ('unresolved' in target ? [target.unresolved] : []));
    return {
      id: skill.id,
      title: skill.data.title,
      url: urls.skill(skill.id),
      level: skill.data.level,
      track: ladder.level(skill.data.level).data.track,
      skillSet: skill.data.skillSet,
      degree: degree.get(`skill:${skill.id}`) ?? 0,
      ...(unresolved.length > 0 ? { unresolved } : {}),
      ...(skill.data.aliases.length > 0 ? { aliases: skill.data.aliases } : {}),
    };
  });
  return { levels, skillSets, nodes, edges };
}

/** Every edge by the key of each end it touches, so a skill's links are found without scanning the whole graph. */
export function edgesByEnd(edges: GraphEdge[]): Map<string, GraphEdge[]> {
  const byEnd = new Map<string, GraphEdge[]>();
  const add = (key: string, edge: GraphEdge) => byEnd.set(key, [...(byEnd.get(key) ?? []), edge]);
  for (const edge of edges) {
    add(`skill:${edge.from}`, edge);
    if (targetKey(edge.to) !== `skill:${edge.from}`) add(targetKey(edge.to), edge);
  }
  return byEnd;
}

export type Direction = 'out' | 'in';

/** One link as seen from a skill: what it points at (`out`) or what points at it (`in`). */
export interface SkillLink {
  kind: EdgeKind;
  direction: Direction;
  other: EdgeTarget;
}

/** How a skill's links are headed in lists, by kind and direction. */
export const linkGroupNames: Record<EdgeKind, Record<Direction, string>> = {
  buildsOn: { out: 'Builds on', in: 'Built on by' },
  related: { out: 'Related', in: 'Related from' },
  excluded: { out: 'Excluded', in: 'Excluded by' },
  raises: { out: 'Raises', in: 'Raised by' },
};

/** A skill's links from its own point of view, outgoing first, each kind in `edgeKinds` order, in content order within a kind. */
export function skillLinks(skillId: string, edges: GraphEdge[]): SkillLink[] {
  const links: SkillLink[] = [];
  for (const direction of ['out', 'in'] as const) {
    for (const kind of edgeKinds) {
      for (const edge of edges) {
        if (edge.kind !== kind) continue;
        if (direction === 'out' && edge.from === skillId) links.push({ kind, direction, other: edge.to });
        if (direction === 'in' && 'skill' in edge.to && edge.to.skill === skillId)
          links.push({ kind, direction, other: { skill: edge.from } });
      }
    }
  }
  return links;
}

/** What the page needs to draw or name an edge's end. */
export interface TargetDescription {
  key: string;
  title: string;
  url: string;
  /** The level the target belongs to (a level describes itself). */
  level: GraphLevel;
  /** "Software Engineers · Basic Implementation" for a skill, "Skill set · Software Engineers" for a skill set, "Level" for a level. */
  place: string;
}

/** Looks up edge targets by kind and id in one graph. */
export function describeTargets(graph: LadderGraph): (target: EdgeTarget) => TargetDescription {
  const levels = new Map(graph.levels.map((l) => [l.id, l]));
  const skillSets = new Map(graph.skillSets.map((s) => [s.id, s]));
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return (target) => {
    const key = targetKey(target);
    if ('skill' in target) {
      const node = nodes.get(target.skill)!;
      const level = levels.get(node.level)!;
      return {
        key,
        title: node.title,
        url: node.url,
        level,
        place: `${level.title} · ${skillSets.get(node.skillSet)!.title}`,
      };
    }
    if ('skillSet' in target) {
      const skillSet = skillSets.get(target.skillSet)!;
      const level = levels.get(skillSet.level)!;
      return { key, title: skillSet.title, url: skillSet.url, level, place: `Skill set · ${level.title}` };
    }
    const level = levels.get(target.level)!;
    return { key, title: level.title, url: level.url, level, place: 'Level' };
  };
}
