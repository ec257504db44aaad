import { describe, expect, it } from 'vitest';
import { buildGraph, type LadderGraph } from '../../src/lib/graph/graph.ts';
import { findSkill, focusPaths, type FocusEntry } from '../../src/lib/graph/focus.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { readContent } from '../helpers/read-content.ts';

const fixtureGraph = buildGraph(buildLadderIndex(readContent('test/fixtures/ladder', 'test/fixtures/graph')));
const realGraph = buildGraph(buildLadderIndex(readContent('content')));
const flat = (entries: FocusEntry[]): FocusEntry[] => entries.flatMap((e) => [e, ...flat(e.children)]);

/** Every skill reachable from `skill` through Builds on and Raises, one way or the other. */
function reachable(graph: LadderGraph, skill: string, direction: 'down' | 'up'): Set<string> {
  const seen = new Set<string>();
  const queue = [skill];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const edge of graph.edges) {
      if ((edge.kind !== 'buildsOn' && edge.kind !== 'raises') || !('skill' in edge.to)) continue;
      const next =
        direction === 'down' && edge.from === at
          ? edge.to.skill
          : direction === 'up' && edge.to.skill === at
            ? edge.from
            : undefined;
      if (next && next !== skill && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe("a skill's path in focus", () => {
  const path = focusPaths(fixtureGraph);

  it('names what the skill builds on, a skill set as a leaf, and what builds on it', () => {
    const pair = path('pair-programming');
    expect(pair).toMatchObject({ skill: 'pair-programming', title: 'Pair programming' });
    expect(pair.buildsOn.map((e) => e.key)).toEqual(
      expect.arrayContaining(['skill:basic-test-driven-development', 'skillSet:basic-implementation']),
    );
    expect(pair.buildsOn.find((e) => e.key === 'skillSet:basic-implementation')).toMatchObject({
      children: [],
      url: '/skill-sets/basic-implementation/',
    });
    expect(path('basic-test-driven-development').builtOnBy.map((e) => e.skill)).toContain('pair-programming');
  });

  it('follows every path transitively, down to the baseline and up to the top, each skill once', () => {
    for (const graph of [fixtureGraph, realGraph]) {
      const pathOf = focusPaths(graph);
      for (const node of graph.nodes) {
        const focus = pathOf(node.id);
        for (const [tree, direction] of [
          [focus.buildsOn, 'down'],
          [focus.builtOnBy, 'up'],
        ] as const) {
          const entries = flat(tree).filter((e) => !e.repeat && e.skill);
          expect(new Set(entries.map((e) => e.skill)), node.id).toEqual(reachable(graph, node.id, direction));
          expect(entries.length).toBe(new Set(entries.map((e) => e.skill)).size);
          expect(
            flat(tree)
              .filter((e) => e.repeat)
              .every((e) => e.children.length === 0),
          ).toBe(true);
        }
        expect(focus.counts.buildsOn).toBe(flat(focus.buildsOn).filter((e) => !e.repeat).length);
      }
    }
  });

  it('lists its Related and Excluded links both ways, headed in the words of the skill pages', () => {
    expect(
      path('basic-test-driven-development').others.map((o) => `${o.name}: ${o.entries.map((e) => e.title).join(', ')}`),
    ).toEqual(['Related: Spike solutions', 'Excluded: Method and variable refactoring']);
    expect(path('spike-solutions').others.map((o) => o.name)).toContain('Related from');
  });
});

describe('finding a skill', () => {
  it('matches an id, an old id or a title exactly first, then any title containing the text, ignoring case', () => {
    expect(findSkill(fixtureGraph, 'pair-programming')).toBe('pair-programming');
    expect(findSkill(fixtureGraph, '  PAIR programming ')).toBe('pair-programming');
    expect(findSkill(fixtureGraph, 'spike')).toBe('spike-solutions');
    expect(findSkill(fixtureGraph, 'no such thing')).toBeUndefined();
    expect(findSkill(fixtureGraph, '   ')).toBeUndefined();
    const renamed = realGraph.nodes.find((n) => n.aliases?.length);
    if (renamed) expect(findSkill(realGraph, renamed.aliases![0])).toBe(renamed.id);
  });
});
