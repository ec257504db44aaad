import { describe, expect, it } from 'vitest';
import { buildGraph, targetKey } from '../src/lib/graph.ts';
import { edgeAnchors, layoutGraph } from '../src/lib/graph-layout.ts';
import { buildLadderIndex } from '../src/lib/ladder-index.ts';
import { buildModel, findSkill, nearestInDirection, neighbourhood, placeLabels, visibility, type Filters, type ModelNode } from '../src/scripts/graph-model.ts';
import { readContent } from './helpers/read-content.ts';

// The page script's model, built from the fixture ladder's layout the way the page reads it back from the drawing.
const layout = layoutGraph(buildGraph(buildLadderIndex(readContent('test/fixtures/ladder', 'test/fixtures/graph'))));
const anchor = edgeAnchors(layout);
const tones = new Map(layout.levels.map((l) => [l.id, l.tone]));
const model = buildModel(
  layout.nodes.map((n) => ({ id: n.id, key: `skill:${n.id}`, title: n.title, url: n.url, level: n.level, skillSet: n.skillSet, track: n.track, tone: tones.get(n.level)!, aliases: n.aliases ?? [], x: n.x, y: n.y, r: n.r })),
  layout.edges.map((e) => {
    const [from, to] = [anchor({ skill: e.from }), anchor(e.to)];
    return { from: e.from, to: targetKey(e.to), kind: e.kind, x1: from.x, y1: from.y, x2: to.x, y2: to.y };
  }),
  [
    ...layout.skillSets.map((s) => ({ key: `skillSet:${s.id}`, id: s.id, title: s.title, url: s.url, level: s.level, ...anchor({ skillSet: s.id }), box: s.box })),
    ...layout.levels.map((l) => ({ key: `level:${l.id}`, id: l.id, title: l.title, url: l.url, level: l.id, ...anchor({ level: l.id }), box: l.box })),
  ],
  new Map(layout.levels.map((l) => [l.id, l.track])),
);
const everything: Filters = {
  tracks: new Set(['engineering', 'management']),
  levels: new Set(layout.levels.map((l) => l.id)),
  skillSet: '',
  kinds: new Set(['buildsOn', 'related', 'excluded', 'raises']),
};
const ids = (nodes: Iterable<string>) => [...nodes].sort();

describe('what the filters leave', () => {
  it('shows everything unfiltered', () => {
    const shown = visibility(model, everything);
    expect(shown.nodes.size).toBe(layout.nodes.length);
    expect(shown.edges.size).toBe(layout.edges.length);
  });

  it('drops a track with its levels, skill sets, skills and every link that touches them', () => {
    const shown = visibility(model, { ...everything, tracks: new Set(['engineering']) });
    expect(ids(shown.nodes)).not.toContain('one-on-ones');
    expect(shown.levels.has('associate-manager')).toBe(false);
    expect(shown.skillSets.has('manager-baseline')).toBe(false);
    expect([...shown.edges].some((e) => e.from === 'one-on-ones')).toBe(false);
    expect(shown.nodes.has('api-design')).toBe(true);
  });

  it('keeps one skill set, and a link only when both its ends show', () => {
    const shown = visibility(model, { ...everything, skillSet: 'basic-implementation' });
    expect(ids(shown.nodes)).toEqual(['basic-test-driven-development', 'method-and-variable-refactoring', 'spike-solutions']);
    expect([...shown.edges].map((e) => `${e.from} ${e.to}`)).toEqual(['basic-test-driven-development skill:spike-solutions', 'basic-test-driven-development skill:method-and-variable-refactoring']);
  });

  it('hides links of a kind, and links to a level that is filtered out', () => {
    expect([...visibility(model, { ...everything, kinds: new Set(['raises']) }).edges].map((e) => e.to)).toEqual(['skillSet:basic-implementation', 'level:specialties']);
    const withoutSpecialties = visibility(model, { ...everything, levels: new Set([...everything.levels].filter((l) => l !== 'specialties')) });
    expect([...withoutSpecialties.edges].some((e) => e.to === 'level:specialties')).toBe(false);
    expect(withoutSpecialties.nodes.has('raise-specialties')).toBe(true);
  });
});

describe('a lit neighbourhood', () => {
  it('is the skill, what it links to and what links to it, through the links that show', () => {
    const all = visibility(model, everything);
    expect(ids(neighbourhood(model, 'spike-solutions', all.edges).keys)).toEqual(['skill:api-design', 'skill:basic-test-driven-development', 'skill:pair-programming', 'skill:spike-solutions']);
    const noExcluded = visibility(model, { ...everything, kinds: new Set(['buildsOn', 'related', 'raises']) });
    expect(ids(neighbourhood(model, 'spike-solutions', noExcluded.edges).keys)).toEqual(['skill:api-design', 'skill:basic-test-driven-development', 'skill:spike-solutions']);
    expect(ids(neighbourhood(model, 'raise-implementation', all.edges).keys)).toEqual(['skill:pair-programming', 'skill:raise-implementation', 'skillSet:basic-implementation']);
  });
});

describe('moving with the arrow keys', () => {
  const at = (id: string, x: number, y: number): ModelNode => ({ ...model.node.get('spike-solutions')!, id, key: `skill:${id}`, x, y });
  const grid = [at('centre', 0, 0), at('right', 10, 1), at('far-right', 40, 0), at('up', 1, -10), at('down-right', 10, 12), at('left', -30, 5)];

  it('goes to the closest skill ahead, preferring those straight ahead', () => {
    expect(nearestInDirection(grid, grid[0], 'right')?.id).toBe('right');
    expect(nearestInDirection(grid, grid[0], 'up')?.id).toBe('up');
    expect(nearestInDirection(grid, grid[0], 'down')?.id).toBe('down-right');
    expect(nearestInDirection(grid, grid[0], 'left')?.id).toBe('left');
    expect(nearestInDirection(grid, grid[2], 'right')).toBeUndefined();
  });
});

describe('finding a skill', () => {
  it('matches a title or id exactly first, then any title containing the text, ignoring case', () => {
    expect(findSkill(model.nodes, 'Spike solutions')?.id).toBe('spike-solutions');
    expect(findSkill(model.nodes, 'pair-programming')?.id).toBe('pair-programming');
    expect(findSkill(model.nodes, '  TEST-DRIVEN ')?.id).toBe('basic-test-driven-development');
    expect(findSkill(model.nodes, 'nothing like it')).toBeUndefined();
    expect(findSkill(model.nodes, ' ')).toBeUndefined();
  });
});

describe('placing lit titles', () => {
  it('puts each title below its circle, else above, right or left of it, else leaves it out, the first ones winning', () => {
    const label = (id: string, x: number, y: number) => ({ id, x, y, r: 5, width: 40, height: 10 });
    const places = placeLabels([
      label('free', 0, 0),
      label('blocked below', 100, 0),
      label('blocked above and below', 200, 0),
      label('blocked but left', 300, 0),
      label('boxed in', 400, 0),
      ...[
        [100, 14],
        [200, 14],
        [200, -14],
        [300, 14],
        [300, -14],
        [320, 0],
        [400, 14],
        [400, -14],
        [420, 0],
        [380, 0],
      ].map(([x, y], i) => label(`circle ${i}`, x, y)),
    ]);
    expect([...places].slice(0, 5)).toEqual([
      ['free', 'below'],
      ['blocked below', 'above'],
      ['blocked above and below', 'right'],
      ['blocked but left', 'left'],
      ['boxed in', 'hidden'],
    ]);
  });
});
