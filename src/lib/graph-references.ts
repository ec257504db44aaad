import type { Similar } from './crosswalk.ts';
import type { Box, GraphLayout } from './graph-layout.ts';
import { nodeRadius } from './graph-layout.ts';
import type { LadderIndex } from './ladder-index.ts';
import { ladderUrls, otherLadderScope } from './urls.ts';

/** A link from an item of another ladder to a main-ladder skill whose text is much like it (see crosswalk.ts). */
export interface SimilarEdge {
  /** The reference item's id, local to its ladder. */
  from: string;
  to: { skill: string };
  kind: 'similar';
  /** Cosine similarity of the two texts, 0 to 1. */
  score: number;
}

export interface PlacedReferenceArea {
  id: string;
  title: string;
  url: string;
  box: Box;
}

export interface PlacedReferenceNode {
  id: string;
  title: string;
  url: string;
  /** The area (skill set) of its ladder it belongs to. */
  skillSet: string;
  placeholder?: true;
  x: number;
  y: number;
  r: number;
}

/** One other ladder as an optional layer of the graph: a box beside the main ladder, its items in rows by area. */
export interface PlacedReference {
  id: string;
  title: string;
  url: string;
  box: Box;
  skillSets: PlacedReferenceArea[];
  nodes: PlacedReferenceNode[];
  /** From its items (`from` is an item id of this ladder) to main-ladder skills; only to skills that are drawn. */
  edges: SimilarEdge[];
}

export interface ReferenceInput {
  id: string;
  index: LadderIndex;
}

/** Room per item, and the boxes' margins, in the units of the main layout. */
const spacing = 30;
const ladderLabel = 24;
const areaLabel = 16;
const padding = 6;
const gap = 14;
/** Between the main ladder and the first column of other ladders. */
const layerGap = 60;
export const referenceColumnWidth = 300;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Places the other ladders to the right of the main layout, which is left as it is: one box per ladder, stacked in
 * columns little taller than the main ladder (a ladder taller than that gets a column of its own), each area a band of
 * rows of items in the ladder's order. Deterministic: everything follows ladder order, and nothing is simulated.
 * `similar` gives an item's most similar items of other ladders; only main-ladder skills (ladder `mainLadder`) in the
 * layout become edges.
 */
export function placeReferences(layout: GraphLayout, references: ReferenceInput[], similar: (ladder: string, id: string) => Similar[], mainLadder = ''): PlacedReference[] {
  const drawn = new Set(layout.nodes.map((n) => n.id));
  const perRow = Math.max(1, Math.floor((referenceColumnWidth - 2 * padding - 4) / spacing));
  // A little taller than the main ladder, so two ladders a little over half its height still share a column.
  const maxHeight = Math.max(layout.height * 1.1, 400);
  const placed: PlacedReference[] = [];
  let x = layout.width + layerGap;
  let y = 0;
  for (const { id: ladder, index } of references) {
    const areas = index.levels.flatMap((level) => index.skillSetsOf(level)).map((skillSet) => ({ skillSet, items: index.skillsOf(skillSet) }));
    const areaHeight = (count: number) => areaLabel + Math.max(1, Math.ceil(count / perRow)) * spacing + 4;
    const height = ladderLabel + areas.reduce((sum, a) => sum + areaHeight(a.items.length), 0) + Math.max(0, areas.length - 1) * (gap / 2) + padding;
    if (y > 0 && y + height > maxHeight) {
      x += referenceColumnWidth + gap * 2;
      y = 0;
    }
    const box: Box = { x, y, width: referenceColumnWidth, height };
    const skillSets: PlacedReferenceArea[] = [];
    const nodes: PlacedReferenceNode[] = [];
    const edges: SimilarEdge[] = [];
    let top = y + ladderLabel;
    for (const { skillSet, items } of areas) {
      const areaBox = { x: x + padding, y: top, width: referenceColumnWidth - 2 * padding, height: areaHeight(items.length) };
      skillSets.push({ id: skillSet.id, title: skillSet.data.title, url: ladderUrls(otherLadderScope(ladder)).skillSet(skillSet.id), box: roundBox(areaBox) });
      const columns = Math.min(perRow, Math.max(1, items.length));
      const left = areaBox.x + (areaBox.width - columns * spacing) / 2;
      items.forEach((item, i) => {
        const targets = similar(ladder, item.id).filter((s) => s.item.ladder === mainLadder && drawn.has(s.item.id));
        for (const target of targets) edges.push({ from: item.id, to: { skill: target.item.id }, kind: 'similar', score: round3(target.score) });
        nodes.push({
          id: item.id,
          title: item.data.title,
          url: ladderUrls(otherLadderScope(ladder)).skill(item.id),
          skillSet: skillSet.id,
          ...(item.data.placeholder ? { placeholder: true as const } : {}),
          x: round(left + ((i % perRow) + 0.5) * spacing),
          y: round(top + areaLabel + (Math.floor(i / perRow) + 0.5) * spacing),
          r: nodeRadius(targets.length),
        });
      });
      top += areaBox.height + gap / 2;
    }
    placed.push({ id: ladder, title: index.content.ladder.data.title, url: ladderUrls(otherLadderScope(ladder)).home(), box: roundBox(box), skillSets, nodes, edges });
    y += height + gap;
  }
  return placed;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const roundBox = (box: Box): Box => ({ x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) });

/** The area the main layout and its other ladders take together, for a drawing that shows both. */
export function extentWithReferences(layout: GraphLayout, references: PlacedReference[]): { width: number; height: number } {
  return {
    width: Math.max(layout.width, ...references.map((r) => r.box.x + r.box.width)),
    height: Math.max(layout.height, ...references.map((r) => r.box.y + r.box.height)),
  };
}
