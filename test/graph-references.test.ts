import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalk, type CrosswalkItem } from '../src/lib/crosswalk.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { layoutGraph } from '../src/lib/graph-layout.ts';
import { extentWithReferences, placeReferences } from '../src/lib/graph-references.ts';
import { buildLadderIndex } from '../src/lib/ladder-index.ts';
import { readContent } from './helpers/read-content.ts';

// The real content, with the crosswalk computed as site-ladder.ts does (placeholders left out of the comparison).
const main = readContent('content');
const layout = layoutGraph(buildGraph(buildLadderIndex(main)));
const referenceIds = readdirSync('content/ladders').sort();
const references = referenceIds.map((id) => ({ id, index: buildLadderIndex(readContent(`content/ladders/${id}`)) }));
const items: CrosswalkItem[] = [
  ...main.skills.map((s) => ({ ladder: '', id: s.id, title: s.data.title, text: s.body })),
  ...references.flatMap((r) => r.index.content.skills.filter((s) => !s.data.placeholder).map((s) => ({ ladder: r.id, id: s.id, title: s.data.title, text: s.body }))),
];
const byKey = new Map([...crosswalk(items)].map(([item, similar]) => [`${item.ladder}/${item.id}`, similar]));
const similar = (ladder: string, id: string) => byKey.get(`${ladder}/${id}`) ?? [];
const placed = placeReferences(layout, references, similar, '');

describe('the layer of other ladders', () => {
  it('has a box per reference ladder and a node per item, at its page', () => {
    expect(referenceIds.length).toBeGreaterThanOrEqual(4);
    expect(placed.map((r) => r.id)).toEqual(references.map((r) => r.id));
    for (const [i, reference] of placed.entries()) {
      const skills = references[i].index.content.skills;
      expect(reference.nodes.map((n) => n.id).sort()).toEqual(skills.map((s) => s.id).sort());
      expect(reference.url).toBe(`/ladders/${reference.id}/`);
      for (const node of reference.nodes) expect(node.url).toBe(`/ladders/${reference.id}/skills/${node.id}/`);
      for (const skillSet of reference.skillSets) expect(skillSet.url).toBe(`/ladders/${reference.id}/skill-sets/${skillSet.id}/`);
      expect(reference.skillSets.map((s) => s.id).sort()).toEqual(references[i].index.content.skillSets.map((s) => s.id).sort());
    }
  });

  it('places everything to the right of the main ladder, each item inside its area and each area inside its ladder', () => {
    const boxes = placed.map((r) => r.box);
    for (const reference of placed) {
      expect(reference.box.x).toBeGreaterThan(layout.width);
      const areas = new Map(reference.skillSets.map((s) => [s.id, s.box]));
      for (const area of areas.values()) {
        expect(area.x).toBeGreaterThanOrEqual(reference.box.x);
        expect(area.y + area.height).toBeLessThanOrEqual(reference.box.y + reference.box.height + 0.1);
      }
      for (const node of reference.nodes) {
        const area = areas.get(node.skillSet)!;
        expect(node.x - node.r).toBeGreaterThanOrEqual(area.x);
        expect(node.x + node.r).toBeLessThanOrEqual(area.x + area.width);
        expect(node.y - node.r).toBeGreaterThanOrEqual(area.y);
        expect(node.y + node.r).toBeLessThanOrEqual(area.y + area.height);
      }
    }
    // No two ladders' boxes overlap.
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    }
    const extent = extentWithReferences(layout, placed);
    expect(extent.width).toBe(Math.max(...boxes.map((b) => b.x + b.width)));
    expect(extent.height).toBeGreaterThanOrEqual(layout.height);
  });

  it('links each item to the main-ladder skills the crosswalk finds similar, and to nothing else', () => {
    const mainSkills = new Set(layout.nodes.map((n) => n.id));
    let count = 0;
    for (const reference of placed) {
      const ids = new Set(reference.nodes.map((n) => n.id));
      for (const edge of reference.edges) {
        expect(edge.kind).toBe('similar');
        expect(ids.has(edge.from)).toBe(true);
        expect(mainSkills.has(edge.to.skill)).toBe(true);
      }
      for (const node of reference.nodes) {
        const expected = similar(reference.id, node.id).filter((s) => s.item.ladder === '').map((s) => s.item.id);
        expect(reference.edges.filter((e) => e.from === node.id).map((e) => e.to.skill)).toEqual(expected);
        count += expected.length;
      }
    }
    expect(count).toBeGreaterThan(10);
  });

  it('leaves the main ladder where it was, and places the same way every time', () => {
    const before = JSON.stringify(layout);
    const again = placeReferences(layout, references, similar, '');
    expect(JSON.stringify(layout)).toBe(before);
    expect(again).toEqual(placed);
    expect(layoutGraph(buildGraph(buildLadderIndex(main))).nodes).toEqual(layout.nodes);
  });
});
