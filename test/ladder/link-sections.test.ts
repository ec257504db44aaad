import { describe, expect, it } from 'vitest';
import { buildGraph, edgesByEnd, type GraphEdge } from '../../src/lib/graph/graph.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { linkSections } from '../../src/lib/ladder/link-sections.ts';
import { readContent } from '../helpers/read-content.ts';

function edgesOf(contentDirectory: string): (skillId: string) => GraphEdge[] {
  const byEnd = edgesByEnd(buildGraph(buildLadderIndex(readContent(contentDirectory))).edges);
  return (skillId) => byEnd.get(`skill:${skillId}`) ?? [];
}

const fixture = edgesOf('test/fixtures/ladder');
const published = edgesOf('content');
const headings = (skillId: string, edges: (id: string) => GraphEdge[]) =>
  linkSections(skillId, edges(skillId)).map((s) => `${s.id}: ${s.name}`);

describe('a skill page’s link sections', () => {
  it('are headed with the graph’s words, outgoing kinds first, then the backlinks', () => {
    expect(headings('basic-test-driven-development', fixture)).toEqual(['related: Related', 'excluded: Excluded']);
    expect(headings('method-and-variable-refactoring', fixture)).toEqual([
      'related: Related',
      'excluded-by: Excluded by',
    ]);
    expect(headings('spike-solutions', fixture)).toEqual(['related-from: Related from']);
  });

  it('show a two-way link once, under the outgoing kind, with the kind of the link back', () => {
    expect(linkSections('basic-facilitation', fixture('basic-facilitation'))).toEqual([
      {
        kind: 'buildsOn',
        direction: 'out',
        name: 'Builds on',
        id: 'builds-on',
        entries: [{ target: { skill: 'active-participation' }, twoWay: 'related' }],
      },
    ]);
    expect(linkSections('active-participation', fixture('active-participation'))).toEqual([
      {
        kind: 'related',
        direction: 'out',
        name: 'Related',
        id: 'related',
        entries: [{ target: { skill: 'basic-facilitation' }, twoWay: 'buildsOn' }],
      },
    ]);
  });

  it('list every other skill of the published ladder at most once per page', () => {
    for (const skillId of [
      'assume-positive-intent',
      'respectful-communication',
      'function-and-variable-abstraction',
      'transparency',
    ]) {
      const keys = linkSections(skillId, published(skillId)).flatMap((section) =>
        section.entries.map((entry) => JSON.stringify(entry.target)),
      );
      expect(new Set(keys).size, skillId).toBe(keys.length);
    }
    const related = linkSections('assume-positive-intent', published('assume-positive-intent')).find(
      (s) => s.id === 'related',
    );
    expect(related?.entries).toContainEqual({ target: { skill: 'respectful-communication' }, twoWay: 'related' });
    const back = linkSections('respectful-communication', published('respectful-communication'));
    expect(back.find((s) => s.id === 'related-from')?.entries ?? []).not.toContainEqual(
      expect.objectContaining({ target: { skill: 'assume-positive-intent' } }),
    );
  });

  it('are empty for a skill with no links', () => {
    expect(linkSections('self-starter', fixture('self-starter'))).toEqual([]);
  });
});
