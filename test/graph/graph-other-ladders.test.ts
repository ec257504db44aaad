import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/graph.ts';
import { otherLadderLinks } from '../../src/lib/graph/other-ladders.ts';
import { buildSiteLadders } from '../../src/lib/ladder/site-ladders.ts';
import { readSiteContent } from '../helpers/read-content.ts';

// The real content, cross-walked once as every build does (placeholders left out of the comparison).
const site = buildSiteLadders(readSiteContent('content'));
const primarySkills = new Set(buildGraph(site.primary.index).nodes.map((n) => n.id));
const otherIds = readdirSync('content/ladders').sort();
const { others, similar } = site;
const listed = otherLadderLinks(primarySkills, others, similar);

describe('the other ladders beside the graph', () => {
  it('lists each other ladder, its areas and every item in its order, at their pages', () => {
    expect(otherIds.length).toBeGreaterThanOrEqual(4);
    expect(listed.map((r) => r.id).sort()).toEqual(otherIds);
    expect(listed.map((r) => r.id)).toEqual(others.map((r) => r.id));
    for (const [i, ladder] of listed.entries()) {
      const { index } = others[i];
      expect(ladder.url).toBe(`/ladders/${ladder.id}/`);
      expect(ladder.areas.map((a) => a.id)).toEqual(
        index.levels.flatMap((level) => index.skillSetsOf(level)).map((s) => s.id),
      );
      for (const area of ladder.areas) {
        expect(area.url).toBe(`/ladders/${ladder.id}/skill-sets/${area.id}/`);
        expect(area.items.map((item) => item.id)).toEqual(index.skillsOf(index.skillSet(area.id)).map((s) => s.id));
        for (const item of area.items) expect(item.url).toBe(`/ladders/${ladder.id}/skills/${item.id}/`);
      }
    }
  });

  it('gives each item the primary-ladder skills the crosswalk finds similar, most similar first, and nothing else', () => {
    let count = 0;
    for (const ladder of listed) {
      for (const item of ladder.areas.flatMap((a) => a.items)) {
        const expected = similar(ladder.id, item.id)
          .filter((s) => s.item.ladder === '' && primarySkills.has(s.item.id))
          .map((s) => s.item.id);
        expect(item.similar).toEqual(expected);
        count += expected.length;
      }
    }
    expect(count).toBeGreaterThan(10);
  });

  it('leaves out similar skills that are not in the primary ladder', () => {
    const none = otherLadderLinks(new Set(), others, similar);
    expect(none.flatMap((r) => r.areas.flatMap((a) => a.items.flatMap((i) => i.similar)))).toEqual([]);
  });
});
