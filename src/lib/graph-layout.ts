import { forceCollide, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import type { EdgeTarget, GraphEdge, GraphLevel, GraphNode, GraphSkillSet, LadderGraph } from './graph.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLevel extends GraphLevel {
  box: Box;
}

export interface PlacedSkillSet extends GraphSkillSet {
  box: Box;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  /** Radius, growing with degree. */
  r: number;
}

/** The graph with every level, skill set and skill placed: what `/graph.json` publishes and `/graph/` draws. */
export interface GraphLayout {
  width: number;
  height: number;
  levels: PlacedLevel[];
  skillSets: PlacedSkillSet[];
  nodes: PlacedNode[];
  edges: GraphEdge[];
}

/** Room per skill: the side of the square each node gets on average. */
const spacing = 30;
const levelLabel = 24;
const skillSetLabel = 16;
const padding = 6;
const gap = 14;
const columnGap = 28;
const minimumBoxWidth = 150;
const minimumLevelHeight = 56;
/** Small simulations settle in fewer ticks than d3's default 300; these cool from alpha 1 to d3's minimum of 0.001. */
const ticks = 120;

export const nodeRadius = (degree: number) => Math.round((3.5 + 1.4 * Math.sqrt(degree)) * 10) / 10;

const round = (value: number) => Math.round(value * 10) / 10;
const roundBox = (box: Box): Box => ({ x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) });

/** A column wide enough that its largest level reads as a wide, short band. */
const columnWidth = (largestLevel: number) => Math.max(minimumBoxWidth, Math.round(3 * spacing * Math.sqrt(Math.max(largestLevel, 1))));

interface Tile {
  skillSet: GraphSkillSet;
  count: number;
  box: Box;
}

/** Skill sets tiled inside a level's box, each with area for its skills; undefined when the box is too short. */
function tileLevel(skillSets: { skillSet: GraphSkillSet; count: number }[], box: Box, strict: boolean): Tile[] | undefined {
  const inner = { x: box.x + padding, y: box.y + levelLabel, width: box.width - 2 * padding, height: box.height - levelLabel - padding };
  if (skillSets.length === 0) return [];
  // An empty skill set still gets a (small) box, so its title shows and links to it have somewhere to go.
  const root = hierarchy<{ skillSet?: GraphSkillSet; count: number; children?: { skillSet: GraphSkillSet; count: number }[] }>({
    count: 0,
    children: skillSets,
  }).sum((d) => (d.skillSet ? Math.max(d.count, 1) : 0));
  treemap<(typeof root)['data']>().tile(treemapSquarify.ratio(1.4)).size([inner.width, inner.height]).paddingInner(gap / 2).round(false)(root);
  const tiles = root.leaves().map((leaf) => {
    const node = leaf as typeof leaf & { x0: number; y0: number; x1: number; y1: number };
    return {
      skillSet: leaf.data.skillSet!,
      count: leaf.data.count,
      box: { x: inner.x + node.x0, y: inner.y + node.y0, width: node.x1 - node.x0, height: node.y1 - node.y0 },
    };
  });
  const fits = (t: Tile) => {
    const usable = Math.max(0, t.box.width - 4) * Math.max(0, t.box.height - skillSetLabel - 4);
    return usable >= t.count * spacing * spacing * 0.8 && t.box.height >= skillSetLabel + spacing;
  };
  return !strict || tiles.every(fits) ? tiles : undefined;
}

/** The least height (in steps of 4%) at which a level's skill sets fit a box of the given width. */
function levelHeight(skillSets: { skillSet: GraphSkillSet; count: number }[], width: number): number {
  const count = skillSets.reduce((n, s) => n + Math.max(s.count, 1), 0);
  if (skillSets.length === 0) return minimumLevelHeight;
  let height = Math.max(minimumLevelHeight, levelLabel + padding + (count * spacing * spacing) / (width - 2 * padding));
  for (let attempt = 0; attempt < 200 && !tileLevel(skillSets, { x: 0, y: 0, width, height }, true); attempt++) height *= 1.04;
  return Math.ceil(height);
}

/**
 * Places the ladder: one column per track (its rungs stacked highest first, levels without a rank in a column beside them),
 * rungs of equal rank side by side, and the baseline across the bottom under both tracks. Inside a level, skill sets are
 * tiled in proportion to their size; inside a skill set, a d3-force simulation settles the skills, kept apart by
 * collision and drawn sideways towards the skills they link to. Deterministic: d3-force's random source is a fixed-seed generator, and
 * every input is in ladder order.
 */
export function layoutGraph(graph: LadderGraph): GraphLayout {
  const counts = new Map<string, number>();
  for (const node of graph.nodes) counts.set(node.skillSet, (counts.get(node.skillSet) ?? 0) + 1);
  const skillSetsOf = (level: GraphLevel) => graph.skillSets.filter((s) => s.level === level.id).map((skillSet) => ({ skillSet, count: counts.get(skillSet.id) ?? 0 }));
  const sizeOf = (level: GraphLevel) => skillSetsOf(level).reduce((n, s) => n + s.count, 0);

  const ranked = graph.levels.filter((l) => l.rank !== undefined && !l.baseline);
  const beside = graph.levels.filter((l) => l.rank === undefined && !l.baseline);
  const baselines = graph.levels.filter((l) => l.baseline);
  const tracks = [...new Set(graph.levels.filter((l) => !l.baseline).map((l) => l.track))];

  // Columns, left to right: each track's rungs, then what stands beside them.
  const columns: { levels: GraphLevel[]; x: number; width: number; rungs: boolean }[] = [];
  let x = 0;
  for (const track of tracks) {
    for (const [levels, rungs] of [
      [ranked.filter((l) => l.track === track), true],
      [beside.filter((l) => l.track === track), false],
    ] as const) {
      if (levels.length === 0) continue;
      const width = columnWidth(Math.max(...levels.map(sizeOf)));
      columns.push({ levels, x, width, rungs });
      x += width + columnGap;
    }
  }
  const totalWidth = Math.max(columns.length > 0 ? x - columnGap : 0, ...baselines.map((l) => columnWidth(sizeOf(l))));

  const boxes = new Map<string, Box>();
  const ranks = [...new Set(ranked.map((l) => l.rank!))].sort((a, b) => b - a);
  let y = 0;
  for (const rank of ranks) {
    const row = columns.flatMap((column) => column.levels.filter((l) => column.rungs && l.rank === rank).map((level) => ({ level, column })));
    const height = Math.max(...row.map(({ level, column }) => levelHeight(skillSetsOf(level), column.width)));
    for (const { level, column } of row) boxes.set(level.id, { x: column.x, y, width: column.width, height });
    y += height + gap;
  }
  let bottom = y;
  for (const column of columns.filter((c) => !c.rungs)) {
    let stacked = 0;
    for (const level of column.levels) {
      const height = levelHeight(skillSetsOf(level), column.width);
      boxes.set(level.id, { x: column.x, y: stacked, width: column.width, height });
      stacked += height + gap;
    }
    bottom = Math.max(bottom, stacked);
  }
  y = bottom;
  for (const level of baselines) {
    const height = levelHeight(skillSetsOf(level), totalWidth);
    boxes.set(level.id, { x: 0, y, width: totalWidth, height });
    y += height + gap;
  }
  const totalHeight = Math.max(0, y - gap);

  const tiles = new Map<string, Box>();
  for (const level of graph.levels) {
    for (const tile of tileLevel(skillSetsOf(level), boxes.get(level.id)!, false)!) tiles.set(tile.skillSet.id, tile.box);
  }

  const nodes = settleSkills(graph, tiles);
  return {
    width: round(totalWidth),
    height: round(totalHeight),
    levels: graph.levels.map((level) => ({ ...level, box: roundBox(boxes.get(level.id)!) })),
    skillSets: graph.skillSets.map((skillSet) => ({ ...skillSet, box: roundBox(tiles.get(skillSet.id)!) })),
    nodes,
    edges: graph.edges,
  };
}

interface Body extends SimulationNodeDatum {
  node: GraphNode;
  r: number;
  area: Box;
  /** Skills it links to or is linked from. */
  linked: Body[];
}

/**
 * Settles the skills of each skill set inside its tile. Skill sets never share space, so each gets a simulation of its
 * own (small and fast), all ticked in step so links between skill sets can pull on positions as they settle.
 */
function settleSkills(graph: LadderGraph, tiles: Map<string, Box>): PlacedNode[] {
  const bySkillSet = new Map<string, Body[]>();
  const bodies: Body[] = [];
  for (const node of graph.nodes) {
    const body: Body = { node, r: nodeRadius(node.degree), area: tiles.get(node.skillSet)!, linked: [] };
    bodies.push(body);
    const members = bySkillSet.get(node.skillSet);
    if (members) members.push(body);
    else bySkillSet.set(node.skillSet, [body]);
  }
  for (const members of bySkillSet.values()) {
    const tile = members[0].area;
    const area = { x: tile.x + 2, y: tile.y + skillSetLabel + 2, width: Math.max(1, tile.width - 4), height: Math.max(1, tile.height - skillSetLabel - 4) };
    // Start from a grid in the skill set's order, so the settled layout keeps the authors' order roughly in reading order.
    const columns = Math.max(1, Math.round(Math.sqrt((members.length * area.width) / area.height)));
    const rows = Math.ceil(members.length / columns);
    members.forEach((body, i) => {
      body.area = area;
      body.x = area.x + (((i % columns) + 0.5) * area.width) / columns;
      body.y = area.y + ((Math.floor(i / columns) + 0.5) * area.height) / rows;
    });
  }

  const index = new Map(bodies.map((body) => [body.node.id, body]));
  for (const edge of graph.edges) {
    if (!('skill' in edge.to)) continue;
    const [from, to] = [index.get(edge.from)!, index.get(edge.to.skill)!];
    from.linked.push(to);
    to.linked.push(from);
  }

  const simulations = [...bySkillSet.values()].map((members) => {
    // Links pull sideways only: linked skills line up across levels, shortening the edges between layers,
    // while each skill stays vertically centred in its skill set.
    const pullLinkedSideways = (alpha: number) => {
      for (const body of members) for (const other of body.linked) body.vx! += (other.x! - body.x!) * 0.02 * alpha;
    };
    return forceSimulation<Body>(members)
      .stop()
      .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
      .force('charge', forceManyBody<Body>().strength(-14).distanceMax(spacing * 3))
      .force('links', pullLinkedSideways)
      .force('x', forceX<Body>((b) => b.area.x + b.area.width / 2).strength(0.04))
      .force('y', forceY<Body>((b) => b.area.y + b.area.height / 2).strength(0.08))
      .force('collide', forceCollide<Body>((b) => b.r + 3).iterations(2));
  });
  // Velocity is applied after the forces run, so the skill set's bounds are enforced after each whole tick.
  const keepInside = (body: Body) => {
    const { area, r } = body;
    const inset = (size: number) => Math.min(r, size / 2);
    body.x = Math.min(Math.max(body.x!, area.x + inset(area.width)), area.x + area.width - inset(area.width));
    body.y = Math.min(Math.max(body.y!, area.y + inset(area.height)), area.y + area.height - inset(area.height));
  };
  for (let tick = 0; tick < ticks; tick++) {
    for (const simulation of simulations) simulation.tick();
    bodies.forEach(keepInside);
  }

  return bodies.map(({ node, x, y, r }) => ({ ...node, x: round(x!), y: round(y!), r }));
}

/** Where edges meet their targets: a skill's centre, or the label at the top of a skill set or level. */
export function edgeAnchors(layout: GraphLayout): (target: EdgeTarget) => { x: number; y: number } {
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
  const skillSets = new Map(layout.skillSets.map((skillSet) => [skillSet.id, skillSet.box]));
  const levels = new Map(layout.levels.map((level) => [level.id, level.box]));
  return (target) => {
    if ('skill' in target) {
      const node = nodes.get(target.skill)!;
      return { x: node.x, y: node.y };
    }
    const box = 'skillSet' in target ? skillSets.get(target.skillSet)! : levels.get(target.level)!;
    return { x: round(box.x + box.width / 2), y: round(box.y + ('skillSet' in target ? skillSetLabel / 2 : levelLabel / 2)) };
  };
}
