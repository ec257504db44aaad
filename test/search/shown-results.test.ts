import { describe, expect, it } from 'vitest';
import { ShownResults, type PendingResult } from '../../src/lib/search/shown-results.ts';
import { TypingRhythm, typingPauses } from '../../src/lib/search/typing-rhythm.ts';

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
});

describe('the rhythm of typing', () => {
  const typed = (...at: number[]) => {
    const rhythm = new TypingRhythm();
    for (const time of at) rhythm.keystroke(time);
    return rhythm;
  };

  it('waits longest after the first key, before the reader’s pace is known', () => {
    expect(typed(1000).untilSettled(1000)).toBe(typingPauses.longest);
    expect(new TypingRhythm().untilSettled(1000)).toBe(0);
  });

  it('settles once typing pauses for half as long again as the reader’s usual gap between keys', () => {
    // A key every 200 ms: settled 300 ms after the last one.
    const rhythm = typed(0, 200, 400, 600, 800);
    expect(rhythm.pause()).toBe(300);
    expect(rhythm.untilSettled(900)).toBe(200);
    expect(rhythm.untilSettled(1100)).toBe(0);
  });

  it('keeps the wait between its shortest and longest, whatever the pace', () => {
    expect(typed(0, 30, 60, 90).pause()).toBe(typingPauses.shortest);
    expect(typed(0, 600, 1200, 1800).pause()).toBe(typingPauses.longest);
  });

  it('takes a long stop to think for no part of the reader’s pace', () => {
    // Two quick words with a stop between them: the stop does not slow the next results down.
    expect(typed(0, 100, 200, 5000, 5100, 5200).pause()).toBe(150);
  });
});
