import type { EdgeKind, GraphLevel, LadderGraph } from './graph.ts';
import { counted } from '../text/counted.ts';
import { wrapLabel } from './text.ts';

export interface Point {
  x: number;
  y: number;
}

/** A link between two skill sets in the overview: every "builds on" or "raises" from a skill of one to the other. */
export interface OverviewEdge {
  /** The skill set whose skills name the link (drawn above), and the one they name (below). */
  from: string;
  to: string;
  kind: 'buildsOn' | 'raises';
  /** How many links between skills it stands for. */
  count: number;
  /** From the bottom of `from` down to the top of `to`, passing between the skill sets of the layers in between. */
  points: Point[];
}

/** A level as one layer of the overview, its title drawn whole above its skill sets. */
export interface OverviewLayer {
  level: string;
  title: string;
  tone: string;
  y: number;
  height: number;
}

export interface OverviewSkill {
  id: string;
  title: string;
  /** The title as drawn, on up to three lines (cut with an ellipsis only past three; the whole title is its tooltip). */
  lines: string[];
  /** Baseline of its first line. */
  y: number;
}

/** A skill set as a group: its title on one or two lines, then its skills one per line (or only their count, zoomed out). */
export interface OverviewGroup {
  id: string;
  title: string;
  titleLines: string[];
  level: string;
  x: number;
  y: number;
  width: number;
  height: number;
  skillCount: number;
  skills: OverviewSkill[];
}

/** The default view of `/graph/`: levels as layers, skill sets as groups, and the links that build up the ladder. */
export interface Overview {
  width: number;
  height: number;
  /** Whether the groups list their skills; above `listLimit` skills they show counts, and a skill is one search away. */
  listsSkills: boolean;
  layers: OverviewLayer[];
  groups: OverviewGroup[];
  edges: OverviewEdge[];
}

/** What a crossing-minimiser is given: layers top to bottom, and edges between groups (always downwards). */
export interface LayeredInput {
  layers: { id: string; width: number }[][];
  edges: { from: string; to: string }[];
}

/** What it gives back: each group's centre x, and for each edge (in input order) its x in every layer it passes. */
export interface LayeredOrder {
  x: Map<string, number>;
  bends: number[][];
}

export type Orderer = (input: LayeredInput) => LayeredOrder | Promise<LayeredOrder>;

export const groupWidth = 164;
export const titleSize = 13;
export const titleLine = 16;
export const skillSize = 12;
export const skillLine = 16;
export const layerTitle = 30;

/**
 * Semantic zoom: text is never drawn under 11 px on screen. From `detailScale` up the boxes list their skills (12 px
 * titles); below it, down to `minScale`, each box shows its title and skill count in `summarySize` type instead, and
 * level titles grow to `groupedLayerSize`: the view groups skills into skill sets rather than shrinking text.
 */
export const detailScale = 11 / skillSize;
export const minScale = 0.62;
export const summarySize = 18;
export const summaryLine = 21;
export const groupedLayerSize = 18;

/** A group's title and count as shown zoomed out: lines that fit its box at `summarySize`, then the count. */
export function summaryLines(group: Pick<OverviewGroup, 'title' | 'width' | 'skillCount'>): string[] {
  return [...wrapLabel(group.title, group.width - 2 * 8, summarySize, 3), counted(group.skillCount, 'skill', 'skills')];
}
const groupPadding = 8;
const layerGap = 30;
const groupGap = 12;
/** Room a link takes where it passes through a layer, and its gap to its neighbours. */
const laneWidth = 3;
const laneGap = 3;
/** How wide a layer of groups may grow when the groups show counts (and no links) and wrap onto rows. */
const wrapWidth = 1100;
/** Above this many skills the groups show counts, not titles, and links show in focus only: the page stays light and legible. */
export const listLimit = 1000;

const round = (value: number) => Math.round(value * 10) / 10;

/** Levels top to bottom: those beside the rungs, then rungs from the highest (ties in ladder order), then the baseline. */
export function layerOrder(levels: GraphLevel[]): GraphLevel[] {
  const position = (level: GraphLevel) => (level.baseline ? -Infinity : (level.rank ?? Infinity));
  return levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => position(b.level) - position(a.level) || a.index - b.index)
    .map(({ level }) => level);
}

export interface SkillSetLink<Kind extends EdgeKind = EdgeKind> {
  from: string;
  to: string;
  kind: Kind;
  count: number;
}

/** Links between skills (or from a skill to a skill set) of the given kinds, one per pair of skill sets and kind, in ladder order. */
export function skillSetLinks<Kind extends EdgeKind>(graph: LadderGraph, kinds: readonly Kind[]): SkillSetLink<Kind>[] {
  const skillSetOf = new Map(graph.nodes.map((node) => [node.id, node.skillSet]));
  const links = new Map<string, SkillSetLink<Kind>>();
  for (const edge of graph.edges) {
    if (!(kinds as readonly EdgeKind[]).includes(edge.kind)) continue;
    const to =
      'skill' in edge.to ? skillSetOf.get(edge.to.skill) : 'skillSet' in edge.to ? edge.to.skillSet : undefined;
    const from = skillSetOf.get(edge.from)!;
    if (to === undefined || to === from) continue;
    const key = `${edge.kind} ${from} ${to}`;
    const link = links.get(key);
    if (link) link.count++;
    else links.set(key, { from, to, kind: edge.kind as Kind, count: 1 });
  }
  return [...links.values()];
}

interface Item {
  key: string;
  at: number;
  width: number;
  lane: boolean;
}

/**
 * Lays out the overview: one layer per level (a level without skill sets has nothing to draw), each skill set a group
 * listing its skills, placed across its layer in the order `order` chooses to keep links from crossing. Only the order is
 * taken: each layer is packed left to right, with a narrow lane for each link passing through, and centred, so the
 * drawing is as narrow as its widest layer and links run down between groups, never through them.
 */
export async function layoutOverview(graph: LadderGraph, order: Orderer): Promise<Overview> {
  const listsSkills = graph.nodes.length <= listLimit;
  const levels = layerOrder(graph.levels).filter((level) =>
    graph.skillSets.some((skillSet) => skillSet.level === level.id),
  );
  const layerIndex = new Map(levels.map((level, index) => [level.id, index]));
  const skillsOf = new Map<string, LadderGraph['nodes']>();
  for (const node of graph.nodes) skillsOf.set(node.skillSet, [...(skillsOf.get(node.skillSet) ?? []), node]);
  const skillSetsOf = levels.map((level) => graph.skillSets.filter((skillSet) => skillSet.level === level.id));
  const layerOf = new Map(graph.skillSets.map((skillSet) => [skillSet.id, layerIndex.get(skillSet.level)!]));
  // Links run downwards, between skill sets of the overview, and only while the groups list their skills.
  const links = listsSkills
    ? skillSetLinks(graph, ['buildsOn', 'raises'] as const).filter(
        (link) => layerOf.get(link.to)! > layerOf.get(link.from)!,
      )
    : [];

  const placed: LayeredOrder = listsSkills
    ? await order({
        layers: skillSetsOf.map((skillSets) => skillSets.map((skillSet) => ({ id: skillSet.id, width: groupWidth }))),
        edges: links.map(({ from, to }) => ({ from, to })),
      })
    : { x: new Map(graph.skillSets.map((skillSet, index) => [skillSet.id, index])), bends: [] };

  const inner = groupWidth - 2 * groupPadding;
  const titleLinesOf = new Map(
    graph.skillSets.map((skillSet) => [skillSet.id, wrapLabel(skillSet.title, inner, titleSize, 2)]),
  );
  // Skill titles start a little further in than the group's title, and capitals run wider than the estimate.
  const labelsOf = new Map(
    graph.nodes.map((node) => [node.id, listsSkills ? wrapLabel(node.title, inner - 6, skillSize, 3) : []]),
  );
  const linesOf = (id: string) =>
    listsSkills ? (skillsOf.get(id) ?? []).reduce((sum, skill) => sum + labelsOf.get(skill.id)!.length, 0) : 1;
  const heightOf = (id: string) =>
    groupPadding * 2 + titleLinesOf.get(id)!.length * titleLine + 4 + Math.max(linesOf(id), 1) * skillLine;

  // Each link keeps a lane of its own through every layer it passes: sharing lanes (bundling) was tried and, here,
  // nearly quadrupled the crossings.
  const laneKey = (i: number, k: number) => `${i} ${k}`;
  // Each layer's items (groups, and a lane per link passing), left to right, in rows: one row while links are drawn.
  const rowsOf = skillSetsOf.map((skillSets, k) => {
    const items: Item[] = skillSets.map((s) => ({
      key: s.id,
      at: placed.x.get(s.id)!,
      width: groupWidth,
      lane: false,
    }));
    links.forEach((link, i) => {
      const step = k - layerOf.get(link.from)! - 1;
      if (step >= 0 && k < layerOf.get(link.to)!)
        items.push({ key: laneKey(i, k), at: placed.bends[i][step], width: laneWidth, lane: true });
    });
    items.sort((a, b) => a.at - b.at);
    if (listsSkills) return [items];
    const perRow = Math.max(1, Math.floor((wrapWidth + groupGap) / (groupWidth + groupGap)));
    return Array.from({ length: Math.ceil(items.length / perRow) }, (_, row) =>
      items.slice(row * perRow, (row + 1) * perRow),
    );
  });
  const gapAfter = (item: Item, next: Item) => (item.lane || next.lane ? laneGap : groupGap);
  const rowWidth = (items: Item[]) =>
    items.reduce((sum, item, i) => sum + item.width + (i > 0 ? gapAfter(items[i - 1], item) : 0), 0);
  const widest = Math.max(groupWidth, ...rowsOf.flat().map(rowWidth));
  const lanes = new Map<string, number>();
  const centres = new Map<string, number>();
  const rowOf = new Map<string, number>();
  for (const rows of rowsOf) {
    rows.forEach((items, row) => {
      let x = listsSkills ? (widest - rowWidth(items)) / 2 : 0;
      items.forEach((item, i) => {
        if (i > 0) x += gapAfter(items[i - 1], item);
        (item.lane ? lanes : centres).set(item.key, x + item.width / 2);
        rowOf.set(item.key, row);
        x += item.width;
      });
    });
  }

  const layers: OverviewLayer[] = [];
  const groups: OverviewGroup[] = [];
  const boxes = new Map<string, OverviewGroup>();
  let y = 0;
  for (const [index, level] of levels.entries()) {
    const rowHeights = rowsOf[index].map((items) =>
      Math.max(skillLine, ...items.filter((item) => !item.lane).map((item) => heightOf(item.key))),
    );
    const rowTops = rowHeights.map(
      (_, row) => y + layerTitle + rowHeights.slice(0, row).reduce((sum, h) => sum + h + groupGap, 0),
    );
    const height = layerTitle + rowHeights.reduce((sum, h) => sum + h, 0) + (rowHeights.length - 1) * groupGap;
    layers.push({ level: level.id, title: level.title, tone: level.tone, y, height });
    for (const skillSet of skillSetsOf[index]) {
      const top = rowTops[rowOf.get(skillSet.id)!];
      const titleLines = titleLinesOf.get(skillSet.id)!;
      let line = top + groupPadding + titleLines.length * titleLine + 4 + skillSize;
      const skills = (listsSkills ? (skillsOf.get(skillSet.id) ?? []) : []).map((skill) => {
        const lines = labelsOf.get(skill.id)!;
        const placedSkill = { id: skill.id, title: skill.title, lines, y: round(line) };
        line += lines.length * skillLine;
        return placedSkill;
      });
      const group: OverviewGroup = {
        id: skillSet.id,
        title: skillSet.title,
        titleLines,
        level: level.id,
        x: round(centres.get(skillSet.id)! - groupWidth / 2),
        y: round(top),
        width: groupWidth,
        height: heightOf(skillSet.id),
        skillCount: skillsOf.get(skillSet.id)?.length ?? 0,
        skills,
      };
      groups.push(group);
      boxes.set(skillSet.id, group);
    }
    y += height + layerGap;
  }
  const height = Math.max(0, y - layerGap);

  // Where each link leaves and reaches a group: spread along its edge in the order of the other ends, so links
  // sharing a group fan out instead of starting from one point.
  const ports = new Map<string, number>();
  for (const side of ['from', 'to'] as const) {
    const bySkillSet = new Map<string, number[]>();
    links.forEach((link, i) => bySkillSet.set(link[side], [...(bySkillSet.get(link[side]) ?? []), i]));
    for (const [id, indices] of bySkillSet) {
      const group = boxes.get(id)!;
      const towards = (i: number) => {
        const k = side === 'from' ? layerOf.get(links[i].from)! + 1 : layerOf.get(links[i].to)! - 1;
        return lanes.get(laneKey(i, k)) ?? centres.get(links[i][side === 'from' ? 'to' : 'from'])!;
      };
      indices.sort((a, b) => towards(a) - towards(b));
      indices.forEach((i, rank) =>
        ports.set(`${side} ${i}`, group.x + (group.width * (rank + 1)) / (indices.length + 1)),
      );
    }
  }
  const edges = links.map((link, i): OverviewEdge => {
    const from = boxes.get(link.from)!;
    const to = boxes.get(link.to)!;
    // Straight down out of its group to the foot of the layer, so it passes under no taller neighbour.
    const fromLayer = layers[layerOf.get(link.from)!];
    const points: Point[] = [{ x: ports.get(`from ${i}`)!, y: from.y + from.height }];
    if (from.y + from.height < fromLayer.y + fromLayer.height)
      points.push({ x: ports.get(`from ${i}`)!, y: fromLayer.y + fromLayer.height });
    for (let k = layerOf.get(link.from)! + 1; k < layerOf.get(link.to)!; k++) {
      const x = lanes.get(laneKey(i, k))!;
      points.push({ x, y: layers[k].y }, { x, y: layers[k].y + layers[k].height });
    }
    points.push({ x: ports.get(`to ${i}`)!, y: to.y });
    return { ...link, points: points.map((p) => ({ x: round(p.x), y: round(p.y) })) };
  });

  return { width: round(widest), height: round(height), listsSkills, layers, groups, edges };
}

/** Pairs of polylines that cross (segments sharing an end don't count): how tangled a drawing is. */
export function countCrossings(polylines: Point[][]): number {
  const segments = polylines.flatMap((points, line) => points.slice(1).map((b, i) => ({ line, a: points[i], b })));
  const near = (p: Point, q: Point) => Math.abs(p.x - q.x) < 0.5 && Math.abs(p.y - q.y) < 0.5;
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const crossed = new Set<string>();
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j];
      if (s.line === t.line || near(s.a, t.a) || near(s.a, t.b) || near(s.b, t.a) || near(s.b, t.b)) continue;
      if (Math.max(s.a.x, s.b.x) < Math.min(t.a.x, t.b.x) || Math.max(t.a.x, t.b.x) < Math.min(s.a.x, s.b.x)) continue;
      if (side(s.a, s.b, t.a) * side(s.a, s.b, t.b) < 0 && side(t.a, t.b, s.a) * side(t.a, t.b, s.b) < 0)
        crossed.add(`${s.line}:${t.line}`);
    }
  }
  return crossed.size;
}
