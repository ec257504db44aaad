import { describe, expect, it } from 'vitest';
import { counted } from '../../src/lib/text/counted.ts';

describe('counted', () => {
  it('agrees the word with the count: one for 1, many for 0 and more', () => {
    expect([0, 1, 2].map((n) => counted(n, 'skill set', 'skill sets'))).toEqual([
      '0 skill sets',
      '1 skill set',
      '2 skill sets',
    ]);
  });
});
