import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/content/slug.ts';

describe('slugify', () => {
  it.each([
    ['Pairing/teaming driver', 'pairing-teaming-driver'],
    ['“Yes, and...”', 'yes-and'],
    ["Your team's codebase", 'your-teams-codebase'],
    ['All of your team’s programming languages', 'all-of-your-teams-programming-languages'],
    ['Key Idea: Collective ownership', 'key-idea-collective-ownership'],
    ['Cost/value optimization', 'cost-value-optimization'],
    ['(Specialties)', 'specialties'],
    ['Café & crème', 'cafe-and-creme'],
  ])('%s → %s', (title, id) => {
    expect(slugify(title)).toBe(id);
  });
});
