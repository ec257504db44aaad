import { describe, expect, it } from 'vitest';
import { moreResultsLabel, ShownResults, type PendingResult } from '../../src/lib/search/shown-results.ts';

/** Results whose data records each fetch, as Pagefind's fragments would be fetched. */
function results(ids: string[], fetched: string[], failing = new Set<string>()): PendingResult<string>[] {
  return ids.map((id) => ({
    id,
    data: async () => {
      fetched.push(id);
      if (failing.has(id)) throw new Error(`${id} could not be fetched`);
      return `fragment of ${id}`;
    },
  }));
}

describe('the results shown', () => {
  it('fetch the fragments of the page of results shown, and of no other', async () => {
    const fetched: string[] = [];
    const shown = new ShownResults<string>();
    const all = results(['a', 'b', 'c', 'd', 'e', 'f', 'g'], fetched);
    await expect(shown.load(all, 0, 3)).resolves.toEqual(['fragment of a', 'fragment of b', 'fragment of c']);
    expect(fetched).toEqual(['a', 'b', 'c']);
    await expect(shown.load(all, 3, 3)).resolves.toEqual(['fragment of d', 'fragment of e', 'fragment of f']);
    expect(fetched).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    await expect(shown.load(all, 6, 3)).resolves.toEqual(['fragment of g']);
  });

  it('fetch each fragment once, however many queries show its result', async () => {
    const fetched: string[] = [];
    const shown = new ShownResults<string>();
    const [first, second] = [results(['a', 'b'], fetched), results(['b', 'a', 'c'], fetched)];
    await Promise.all([shown.load(first, 0, 2), shown.load(second, 0, 2)]);
    await shown.load(second, 0, 3);
    expect(fetched).toEqual(['a', 'b', 'c']);
  });

  it('say when a page of results can be shown at once, its fragments all fetched before', async () => {
    const shown = new ShownResults<string>();
    const all = results(['a', 'b', 'c'], []);
    expect(shown.loaded(all, 0, 2)).toBeUndefined();
    await shown.load(all, 0, 2);
    expect(shown.loaded(all, 0, 2)).toEqual(['fragment of a', 'fragment of b']);
    expect(shown.loaded(all, 1, 2)).toBeUndefined();
  });

  it('fetch a fragment again the next time its result is shown, when it failed', async () => {
    const fetched: string[] = [];
    const failing = new Set(['b']);
    const shown = new ShownResults<string>();
    const all = results(['a', 'b'], fetched, failing);
    await expect(shown.load(all, 0, 2)).rejects.toThrow('b could not be fetched');
    failing.clear();
    await expect(shown.load(all, 0, 2)).resolves.toEqual(['fragment of a', 'fragment of b']);
    expect(fetched).toEqual(['a', 'b', 'b']);
  });

  it('offer the next page of results, saying how many are left', () => {
    expect(moreResultsLabel(23, 5)).toBe('Show 5 more of 23');
    expect(moreResultsLabel(5, 5)).toBe('Show 5 more');
    expect(moreResultsLabel(1, 10)).toBe('Show 1 more');
  });
});
