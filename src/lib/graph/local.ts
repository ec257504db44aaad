import {
  describeTargets,
  linkGroupNames,
  skillLinks,
  type EdgeKind,
  type EdgeTarget,
  type GraphEdge,
  type GraphLevel,
  type LadderGraph,
  type SkillLink,
  type TargetDescription,
} from './graph.ts';
import { labelWidth, wrapLabel } from './text.ts';

export type Band = 'higher' | 'same' | 'lower';

export interface LocalNode {
  key: string;
  title: string;
  /** Absent for the skill the graph is about: it is the page the reader is on. */
  url?: string;
  tone: string;
  /** The title of the level whose colour it has. */
  levelTitle: string;
  kind: 'skill' | 'skillSet' | 'level';
  /** The title broken into lines, then the level's when it differs from the centre's. */
  lines: string[];
  levelLines: string[];
  /** How the node relates to the centre. */
  relation: string;
  /** The link's accessible name: the visible label (title, then level) and the relation. */
  name: string;
  x: number;
  y: number;
  r: number;
  /** Baseline of the label's first line: above the circle in the band of higher levels, so edges from below miss the text. */
  labelY: number;
}

/** The one line between the skill and a neighbour, standing for every link between the two. */
export interface LocalEdge {
  /** The kind it is drawn as: the first of `kinds`, outgoing links first. */
  kind: EdgeKind;
  kinds: EdgeKind[];
  /** Keys of the skill that names the target, and of the target (either one, when `twoWay`). */
  from: string;
  to: string;
  /** Each names the other: an arrowhead at both ends. */
  twoWay: boolean;
  /**
   * Set when the two directions of a two-way link are different kinds: the kind of the link back, from the target to the
   * naming skill. The line is then drawn as two parallel strokes, each in its own kind's style with its own arrowhead.
   */
  backKind?: EdgeKind;
  /** How far apart the two strokes of a mixed line sit: half the gap, across the line from its start to its end. */
  offset?: { x: number; y: number };
  /** SVG path data, from the naming skill to its target, stopping short of both circles. */
  d: string;
}

/** A skill and its neighbours, placed for a small build-time SVG: higher levels above, lower ones below. */
export interface LocalGraph {
  width: number;
  height: number;
  centre: LocalNode;
  nodes: LocalNode[];
  edges: LocalEdge[];
  bands: { band: Band; label: string; y: number }[];
  /** One sentence per kind of link, naming the neighbours: the drawing's text equivalent. */
  description: string;
}

const width = 372;
const columns = 3;
const cell = width / columns;
const fontSize = 12.5;
export const lineHeight = 14;
const levelFontSize = 10.5;
const bandCaption = 20;
const centreRadius = 10;
const neighbourRadius = 7;

const relationText: Record<EdgeKind, Record<SkillLink['direction'], string>> = {
  buildsOn: { out: 'this skill builds on it', in: 'builds on this skill' },
  related: { out: 'related, in this skill’s See also', in: 'lists this skill as related' },
  excluded: { out: 'excluded from this skill', in: 'excludes this skill' },
  raises: { out: 'this skill raises its bar', in: 'raises this skill’s bar' },
};

// Bands are rungs, not levels: a management level sits on the same rung as the engineering level of equal rank.
const bandLabels: Record<Band, string> = { higher: 'Higher rungs', same: 'Same rung', lower: 'Lower rungs' };

/**
 * Local graphs of one laid-out ladder, its lookups built once: each skill's from its edges (both directions),
 * placed deterministically without a simulation.
 */
export function localGraphs(graph: LadderGraph): (skillId: string, edges: GraphEdge[]) => LocalGraph {
  const describe = describeTargets(graph);
  const order = new Map(graph.levels.map((level, index) => [level.id, index]));
  return (skillId, edges) => localGraph(describe, order, skillId, edges);
}

/** A level's rung: the baseline is under every rung; a level beside the rungs stands on the rung of the skill in view. */
const rungOf = (level: GraphLevel, beside: number) => (level.baseline ? 0 : (level.rank ?? beside));

function localGraph(
  describe: (target: EdgeTarget) => TargetDescription,
  levelOrder: Map<string, number>,
  skillId: string,
  edges: GraphEdge[],
): LocalGraph {
  const self = describe({ skill: skillId });
  const selfRung = rungOf(self.level, Infinity);
  const links = skillLinks(skillId, edges);

  const neighbours = new Map<string, { target: TargetDescription; kind: LocalNode['kind']; links: SkillLink[] }>();
  for (const link of links) {
    const target = describe(link.other);
    const kind = 'skill' in link.other ? 'skill' : 'skillSet' in link.other ? 'skillSet' : 'level';
    if (!neighbours.has(target.key)) neighbours.set(target.key, { target, kind, links: [] });
    neighbours.get(target.key)!.links.push(link);
  }
  const bandOf = (target: TargetDescription): Band => {
    const rung = rungOf(target.level, selfRung);
    if (target.level.id === self.level.id || rung === selfRung) return 'same';
    return rung > selfRung ? 'higher' : 'lower';
  };
  // Higher rungs first, then levels in ladder order.
  const order = (a: TargetDescription, b: TargetDescription) =>
    rungOf(b.level, selfRung) - rungOf(a.level, selfRung) || levelOrder.get(a.level.id)! - levelOrder.get(b.level.id)!;

  const toNode = (
    entry: { target: TargetDescription; kind: LocalNode['kind']; links: SkillLink[] },
    centre: boolean,
  ): LocalNode => {
    const levelLine =
      centre || entry.target.level.id === self.level.id
        ? undefined
        : entry.kind === 'level'
          ? 'Level'
          : entry.target.level.title;
    const relation = entry.links.map((l) => relationText[l.kind][l.direction]).join('; ');
    return {
      key: entry.target.key,
      title: entry.target.title,
      ...(centre ? {} : { url: entry.target.url }),
      tone: entry.target.level.tone,
      levelTitle: entry.target.level.title,
      kind: entry.kind,
      lines: wrapLabel(entry.target.title, cell - 12, fontSize, 3),
      levelLines: levelLine ? wrapLabel(levelLine, cell - 12, levelFontSize, 2) : [],
      relation,
      name: `${[entry.target.title, levelLine].filter(Boolean).join(', ')}: ${relation}`,
      x: 0,
      y: 0,
      r: centre ? centreRadius : neighbourRadius,
      labelY: 0,
    };
  };
  const centre = toNode({ target: self, kind: 'skill', links: [] }, true);
  const byBand: Record<Band, LocalNode[]> = { higher: [], same: [], lower: [] };
  for (const entry of [...neighbours.values()].sort((a, b) => order(a.target, b.target)))
    byBand[bandOf(entry.target)].push(toNode(entry, false));

  // Rows of up to three, centred; the skill itself heads the middle of its band, flanked by its first two same-level neighbours.
  const nodes: LocalNode[] = [];
  const bands: LocalGraph['bands'] = [];
  let y = 0;
  for (const band of ['higher', 'same', 'lower'] as const) {
    // Titles sit on the side of their circles that fewer lines come from: above in the higher band, below in the lower,
    // and in the skill's own band on the side with fewer neighbours.
    const labelsAbove = band === 'higher' || (band === 'same' && byBand.lower.length > byBand.higher.length);
    const members =
      band === 'same'
        ? [byBand.same[0], centre, byBand.same[1]].filter(Boolean).concat(byBand.same.slice(2))
        : byBand[band];
    if (members.length === 0) continue;
    bands.push({ band, label: bandLabels[band], y });
    y += bandCaption;
    for (let start = 0; start < members.length; start += columns) {
      const row = members.slice(start, start + columns);
      const textLines = Math.max(...row.map((node) => node.lines.length + node.levelLines.length));
      const text = textLines * lineHeight;
      const circleY = labelsAbove ? y + text + 6 + centreRadius : y + centreRadius;
      row.forEach((node, i) => {
        const lines = node.lines.length + node.levelLines.length;
        node.x = width / 2 + (i - (row.length - 1) / 2) * cell;
        node.y = circleY;
        node.labelY = labelsAbove ? circleY - node.r - 10 - (lines - 1) * lineHeight : circleY + node.r + 18;
      });
      y += text + 2 * centreRadius + 22;
      nodes.push(...row.filter((node) => node !== centre));
    }
  }

  const position = new Map([centre, ...nodes].map((node) => [node.key, node]));
  const everyNode = [centre, ...nodes];
  const edgeList: LocalEdge[] = [];
  for (const [key, entry] of neighbours) {
    // One line per pair: from the skill that names the link to the one named, with an arrowhead at each end when each names the other.
    const outgoing = entry.links.some((link) => link.direction === 'out');
    const twoWay = outgoing && entry.links.some((link) => link.direction === 'in');
    const [from, to] = outgoing ? [centre, position.get(key)!] : [position.get(key)!, centre];
    // A line that would cross another node, or any title (its own ends' too), bends round it.
    const obstacles = everyNode.flatMap((node) =>
      node === from || node === to ? obstaclesOf(node).slice(1) : obstaclesOf(node),
    );
    const crossings = (path: ReturnType<typeof curve>) =>
      path.points.filter((p) => obstacles.some((o) => p.x > o.left && p.x < o.right && p.y > o.top && p.y < o.bottom))
        .length;
    const paths = [0, ...Array.from({ length: 12 }, (_, i) => [(i + 1) * 20, -(i + 1) * 20]).flat()].map((bend) =>
      curve(from, to, bend, twoWay),
    );
    const best = paths.reduce((a, b) => (crossings(b) < crossings(a) ? b : a));
    const kind = entry.links[0].kind;
    const outKinds = new Set(entry.links.filter((link) => link.direction === 'out').map((link) => link.kind));
    const backLinks = entry.links.filter((link) => link.direction === 'in');
    const back = twoWay && !backLinks.some((link) => outKinds.has(link.kind)) ? backLinks[0] : undefined;
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const mixed = back
      ? {
          backKind: back.kind,
          offset: { x: round((-(to.y - from.y) / length) * 1.75), y: round(((to.x - from.x) / length) * 1.75) },
        }
      : {};
    edgeList.push({
      kind,
      kinds: [...new Set(entry.links.map((link) => link.kind))],
      from: from.key,
      to: to.key,
      twoWay,
      d: best.d,
      ...mixed,
    });
  }

  const mixedSentences = edgeList
    .filter((edge) => edge.backKind)
    .map(
      (edge) =>
        `${position.get(edge.to)!.title}: two links of two kinds: ${relationText[edge.kind].out}, and it ${relationText[edge.backKind!].in}.`,
    );
  const description = [groupSentences(links, describe), ...mixedSentences].join(' ');
  return { width, height: Math.ceil(y), centre, nodes, edges: edgeList, bands, description };
}

interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What an edge should not cross: a node's circle, then its title. */
function obstaclesOf(node: LocalNode): Area[] {
  const lines = [
    ...node.lines.map((line) => labelWidth(line, fontSize)),
    ...node.levelLines.map((line) => labelWidth(line, levelFontSize)),
  ];
  // Widths are estimates, and the skill's own title is bold: a margin keeps lines clear of the text as drawn.
  const half = (Math.max(...lines) * (node.url ? 1 : 1.15)) / 2 + 4;
  return [
    { left: node.x - node.r - 3, right: node.x + node.r + 3, top: node.y - node.r - 3, bottom: node.y + node.r + 3 },
    {
      left: node.x - half,
      right: node.x + half,
      top: node.labelY - fontSize - 2,
      bottom: node.labelY + (lines.length - 1) * lineHeight + 5,
    },
  ];
}

/**
 * A straight or bent path between two circles, leaving and reaching each along the curve's own direction and ending just
 * outside it (room for an arrowhead at the start too when two-way), with points along it, ends included, to test for crossings.
 */
function curve(
  from: LocalNode,
  to: LocalNode,
  bend: number,
  twoWay: boolean,
): { d: string; points: { x: number; y: number }[] } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = { x: (from.x + to.x) / 2 - (dy / length) * bend, y: (from.y + to.y) / 2 + (dx / length) * bend };
  const towards = (p: { x: number; y: number }, q: { x: number; y: number }, distance: number) => {
    const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    return { x: p.x + ((q.x - p.x) / l) * distance, y: p.y + ((q.y - p.y) / l) * distance };
  };
  const start = towards(from, control, from.r + (twoWay ? 4 : 2));
  const end = towards(to, control, to.r + 4);
  // An arrowhead reaches about 6 units past either end it sits on.
  const points = Array.from({ length: 61 }, (_, i) => {
    const t = i / 60;
    return {
      x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x,
      y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y,
    };
  });
  const f = (n: number) => Math.round(n * 10) / 10;
  const d =
    bend === 0
      ? `M${f(start.x)} ${f(start.y)}L${f(end.x)} ${f(end.y)}`
      : `M${f(start.x)} ${f(start.y)}Q${f(control.x)} ${f(control.y)} ${f(end.x)} ${f(end.y)}`;
  return { d, points };
}

const round = (n: number) => Math.round(n * 100) / 100;

function groupSentences(links: SkillLink[], describe: (target: EdgeTarget) => TargetDescription): string {
  const groups = new Map<string, string[]>();
  for (const link of links) {
    const name = linkGroupNames[link.kind][link.direction];
    groups.set(name, [...(groups.get(name) ?? []), describe(link.other).title]);
  }
  return [...groups].map(([name, titles]) => `${name}: ${titles.join(', ')}.`).join(' ');
}
