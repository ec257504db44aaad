import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalk, type CrosswalkItem } from '../src/lib/ladder/crosswalk.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { referenceLinks } from '../src/lib/graph/references.ts';
import { buildLadderIndex } from '../src/lib/ladder/ladder-index.ts';
import { readContent } from './helpers/read-content.ts';

// The real content, with the crosswalk computed as site-ladder.ts does (placeholders left out of the comparison).
const main = readContent('content');
const mainSkills = new Set(buildGraph(buildLadderIndex(main)).nodes.map((n) => n.id));
const referenceIds = readdirSync('content/ladders').sort();
const references = referenceIds.map((id) => ({ id, index: buildLadderIndex(readContent(`content/ladders/${id}`)) }));
const items: CrosswalkItem[] = [
  ...main.skills.map((s) => ({ ladder: '', id: s.id, title: s.data.title, text: s.body })),
  ...references.flatMap((r) => r.index.content.skills.filter((s) => !s.data.placeholder).map((s) => ({ ladder: r.id, id: s.id, title: s.data.title, text: s.body }))),
];
const byKey = new Map([...crosswalk(items)].map(([item, similar]) => [`${item.ladder}/${item.id}`, similar]));
const similar = (ladder: string, id: string) => byKey.get(`${ladder}/${id}`) ?? [];
const listed = referenceLinks(mainSkills, references, similar, '');

describe('the other ladders beside the graph', () => {
  it('lists each reference ladder, its areas and every item in its order, at their pages', () => {
    expect(referenceIds.length).toBeGreaterThanOrEqual(4);
    expect(listed.map((r) => r.id)).toEqual(references.map((r) => r.id));
    for (const [i, reference] of listed.entries()) {
      const { index } = references[i];
      expect(reference.url).toBe(`/ladders/${reference.id}/`);
      expect(reference.areas.map((a) => a.id)).toEqual(index.levels.flatMap((level) => index.skillSetsOf(level)).map((s) => s.id));
      for (const area of reference.areas) {
        expect(area.url).toBe(`/ladders/${reference.id}/skill-sets/${area.id}/`);
        expect(area.items.map((item) => item.id)).toEqual(index.skillsOf(index.skillSet(area.id)).map((s) => s.id));
        for (const item of area.items) expect(item.url).toBe(`/ladders/${reference.id}/skills/${item.id}/`);
      }
    }
  });

  it('gives each item the main-ladder skills the crosswalk finds similar, most similar first, and nothing else', () => {
    let count = 0;
    for (const reference of listed) {
      for (const item of reference.areas.flatMap((a) => a.items)) {
        const expected = similar(reference.id, item.id).filter((s) => s.item.ladder === '' && mainSkills.has(s.item.id)).map((s) => s.item.id);
        expect(item.similar).toEqual(expected);
        count += expected.length;
      }
    }
    expect(count).toBeGreaterThan(10);
  });

  it('leaves out similar skills that are not in the main ladder', () => {
    const none = referenceLinks(new Set(), references, similar, '');
    expect(none.flatMap((r) => r.areas.flatMap((a) => a.items.flatMap((i) => i.similar)))).toEqual([]);
  });
});
