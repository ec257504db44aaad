import { describe, expect, it } from 'vitest';
import { TypingRhythm, typingPauses } from '../../src/lib/search/typing-rhythm.ts';

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

  it('settles once typing pauses for twice the reader’s usual gap between keys', () => {
    // A key every 150 ms, one a little slower: settled 300 ms after the last one.
    const rhythm = typed(0, 150, 300, 450, 650);
    expect(rhythm.pause()).toBe(300);
    expect(rhythm.untilSettled(750)).toBe(200);
    expect(rhythm.untilSettled(950)).toBe(0);
  });

  it('keeps the wait between its shortest and longest, whatever the pace', () => {
    expect(typed(0, 30, 60, 90).pause()).toBe(typingPauses.shortest);
    expect(typed(0, 600, 1200, 1800).pause()).toBe(typingPauses.longest);
  });

  it('takes a long stop to think for no part of the reader’s pace', () => {
    // Two quick words with a stop between them: the stop does not slow the next results down.
    expect(typed(0, 100, 200, 5000, 5100, 5200).pause()).toBe(200);
  });

  it('waits after letters typed before the script listened, without taking their time for the reader’s pace', () => {
    const rhythm = new TypingRhythm();
    rhythm.foundTyped(1000);
    expect(rhythm.untilSettled(1000)).toBe(typingPauses.longest);
    // The next key comes 30 ms after the script started listening, not 30 ms after the previous key.
    rhythm.keystroke(1030);
    expect(rhythm.pause()).toBe(typingPauses.longest);
    rhythm.keystroke(1180);
    expect(rhythm.pause()).toBe(300);
  });
});
