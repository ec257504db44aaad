import type { EdgeKind } from '../lib/graph.ts';

/** A skill as the page drew it. */
export interface ModelNode {
  id: string;
  key: string;
  title: string;
  url: string;
  level: string;
  skillSet: string;
  track: string;
  /** The colour class of the skill's level. */
  tone: string;
  /** Old ids of the skill, so a `?focus=` link made before a rename still finds it. */
  aliases: string[];
  x: number;
  y: number;
  r: number;
}

/** A drawn link from a skill to another skill, a skill set or a level (`to` is the target's key, e.g. "skillSet:basic-design"). */
export interface ModelEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A skill set or level: a box that edges may point at. */
export interface ModelGroup {
  key: string;
  id: string;
  title: string;
  url: string;
  level: string;
  /** The label's position, where edges to the group end. */
  x: number;
  y: number;
  box: { x: number; y: number; width: number; height: number };
}

export interface GraphModel {
  nodes: ModelNode[];
  edges: ModelEdge[];
  node: Map<string, ModelNode>;
  group: Map<string, ModelGroup>;
  levelTrack: Map<string, string>;
  edgesAt: Map<string, ModelEdge[]>;
}

export interface Filters {
  tracks: Set<string>;
  levels: Set<string>;
  /** One skill set, or '' for all. */
  skillSet: string;
  kinds: Set<string>;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<ModelEdge>;
  skillSets: Set<string>;
  levels: Set<string>;
}

export interface Neighbourhood {
  /** The skill's key and the keys of everything it links to or is linked from. */
  keys: Set<string>;
  edges: Set<ModelEdge>;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The model behind the page, built from plain records (read from the drawing, so no data is sent twice). */
export function buildModel(nodes: ModelNode[], edges: ModelEdge[], groups: ModelGroup[], levelTrack: Map<string, string>): GraphModel {
  const edgesAt = new Map<string, ModelEdge[]>();
  const add = (key: string, edge: ModelEdge) => {
    const list = edgesAt.get(key);
    if (list) list.push(edge);
    else edgesAt.set(key, [edge]);
  };
  for (const edge of edges) {
    add(`skill:${edge.from}`, edge);
    add(edge.to, edge);
  }
  return {
    nodes,
    edges,
    node: new Map(nodes.map((n) => [n.id, n])),
    group: new Map(groups.map((g) => [g.key, g])),
    levelTrack,
    edgesAt,
  };
}

/** What the filters leave: a skill shows when its track, level and skill set are chosen; a link when its kind is and both ends show. */
export function visibility(model: GraphModel, filters: Filters): Visibility {
  const levels = new Set([...model.levelTrack].filter(([level, track]) => filters.levels.has(level) && filters.tracks.has(track)).map(([level]) => level));
  const skillSets = new Set<string>();
  for (const group of model.group.values()) {
    if (group.key.startsWith('skillSet:') && levels.has(group.level) && (filters.skillSet === '' || filters.skillSet === group.id)) skillSets.add(group.id);
  }
  const nodes = new Set(model.nodes.filter((n) => skillSets.has(n.skillSet)).map((n) => n.id));
  const shows = (key: string) => {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'skill') return nodes.has(id);
    if (kind === 'skillSet') return skillSets.has(id);
    return levels.has(id);
  };
  const edges = new Set(model.edges.filter((e) => filters.kinds.has(e.kind) && nodes.has(e.from) && shows(e.to)));
  return { nodes, edges, skillSets, levels };
}

/** A skill with everything it links to and everything linking to it, through the links that show. */
export function neighbourhood(model: GraphModel, id: string, shown: Set<ModelEdge>): Neighbourhood {
  const key = `skill:${id}`;
  const keys = new Set([key]);
  const edges = new Set<ModelEdge>();
  for (const edge of model.edgesAt.get(key) ?? []) {
    if (!shown.has(edge)) continue;
    edges.add(edge);
    keys.add(edge.from === id ? edge.to : `skill:${edge.from}`);
  }
  return { keys, edges };
}

/**
 * The skill an arrow key leads to: the closest one in that direction, preferring those straight ahead
 * (sideways distance counts double), so repeated presses walk a row or a column of the drawing.
 */
export function nearestInDirection(nodes: Iterable<ModelNode>, from: ModelNode, direction: Direction): ModelNode | undefined {
  let best: ModelNode | undefined;
  let bestScore = Infinity;
  for (const node of nodes) {
    if (node === from) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const ahead = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0 || aside > ahead * 3) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  }
  return best;
}

/** Finds a skill by what a reader typed: its exact title or id first, then the first title that contains the text. */
export function findSkill(nodes: ModelNode[], query: string): ModelNode | undefined {
  const wanted = query.trim().toLocaleLowerCase('en');
  if (!wanted) return undefined;
  return (
    nodes.find((n) => n.title.toLocaleLowerCase('en') === wanted || n.id === wanted) ??
    nodes.find((n) => n.title.toLocaleLowerCase('en').includes(wanted))
  );
}

export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Where an edge's target sits: a skill's centre or a group's label. */
export function positionOf(model: GraphModel, key: string): { x: number; y: number } | undefined {
  if (key.startsWith('skill:')) return model.node.get(key.slice('skill:'.length));
  return model.group.get(key);
}

/** A skill's title to place: its circle, and the size of the title in the drawing's units. */
export interface Label {
  id: string;
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
}

export type LabelPlace = 'below' | 'above' | 'right' | 'left' | 'hidden';

/** Where a title goes for each place: its top-left corner, relative to the circle's centre. */
export function labelOffset(place: Exclude<LabelPlace, 'hidden'>, r: number, width: number, height: number): { dx: number; dy: number } {
  if (place === 'below') return { dx: -width / 2, dy: r + 2 };
  if (place === 'above') return { dx: -width / 2, dy: -r - 2 - height };
  if (place === 'right') return { dx: r + 3, dy: -height / 2 };
  return { dx: -r - 3 - width, dy: -height / 2 };
}

/**
 * Where the titles of lit skills go so none overlaps another title or a circle: below its circle, else above,
 * right or left of it, else not at all. Earlier labels win, so the skill in focus comes first.
 */
export function placeLabels(labels: Label[]): Map<string, LabelPlace> {
  interface Rect {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const taken: Rect[] = labels.map(({ x, y, r }) => ({ left: x - r, top: y - r, right: x + r, bottom: y + r }));
  const overlaps = (a: Rect) => taken.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
  const places = new Map<string, LabelPlace>();
  for (const { id, x, y, r, width, height } of labels) {
    let chosen: LabelPlace = 'hidden';
    for (const place of ['below', 'above', 'right', 'left'] as const) {
      const { dx, dy } = labelOffset(place, r, width, height);
      const rect = { left: x + dx, top: y + dy, right: x + dx + width, bottom: y + dy + height };
      if (!overlaps(rect)) {
        taken.push(rect);
        chosen = place;
        break;
      }
    }
    places.set(id, chosen);
  }
  return places;
}
