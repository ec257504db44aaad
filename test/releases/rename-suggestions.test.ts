import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/validate-ladder.ts';
import {
  renameSuggestions,
  renameThreshold,
  sameWords,
  skillWords,
} from '../../src/lib/releases/rename-suggestions.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

// The fixture's release (2025-spring) had Pairing, Code katas, Mobbing and Self-motivation. Since then Pairing became
// Pair programming and Mobbing became Ensemble programming, both without an alias; Code katas went and an unrelated
// Deliberate practice came; Self-motivation became Self-starter, which kept the old id as an alias.
const fixture = 'test/fixtures/rename-without-alias';
const read = readLadderFolders('test/fixtures/ladder', fixture);
const release = read.releases.find((r) => r.info.id === '2025-spring')!;
const published = readLadderFolders('content');
const words = (text: string) => text.toLowerCase().split(' ');

describe('suggesting the alias a renamed skill needs', () => {
  it('warns, through the loader, about each skill that looks renamed, with the alias to add', () => {
    expect(read.errors).toEqual([]);
    expect(read.warnings.map(formatProblem).filter((m) => m.includes('looks like'))).toEqual([
      `${fixture}/skills/pair-programming.md: this skill looks like "pairing" of release 2025-spring renamed (91% of its words are the same): add "aliases: [pairing]" to its front matter so /skills/pairing/ leads here instead of to a removed page.`,
      `${fixture}/skills/ensemble-programming.md:6: this skill looks like "mobbing" of release 2025-spring renamed (90% of its words are the same): add "mobbing" to its aliases so /skills/mobbing/ leads here instead of to a removed page.`,
    ]);
  });

  it('is quiet about an unrelated skill that came as another went, and about a rename that kept its alias', () => {
    const messages = renameSuggestions(release, read.primary!).map(formatProblem).join('\n');
    expect(messages).not.toMatch(/deliberate-practice|code-katas/);
    expect(messages).not.toMatch(/self-starter|self-motivation/);
  });

  it('pairs an old skill with one new skill only, the closest', () => {
    const content = read.primary!;
    const copy = content.skills.find((skill) => skill.id === 'pair-programming')!;
    const edited = {
      ...copy,
      id: 'pair-work',
      file: `${fixture}/skills/pair-work.md`,
      body: copy.body.replace('every line you write', 'the code'),
    };
    const warnings = renameSuggestions(release, { ...content, skills: [...content.skills, edited] }).map(formatProblem);
    expect(warnings.filter((m) => m.includes('"pairing"'))).toHaveLength(1);
    expect(warnings.find((m) => m.includes('"pairing"'))).toMatch(
      /^test\/fixtures\/rename-without-alias\/skills\/pair-programming\.md: /,
    );
  });

  it('finds nothing in the published ladder since its release', () => {
    expect(
      renameSuggestions(
        published.releases.find((r) => r.ladder === '')!,
        published.primary!,
      ),
    ).toEqual([]);
  });
});

describe('how much of a text is the same', () => {
  it('is all of it for the same words, most of it for a small edit, and little for another skill', () => {
    const spikes = words('spike solutions you write small isolated experiments to answer a question');
    expect(sameWords(spikes, spikes)).toBe(1);
    expect(sameWords(spikes, words('spikes you write small isolated experiments to answer a question'))).toBeCloseTo(
      9 / 11,
    );
    expect(
      sameWords(spikes, words('spike solutions you write small throwaway experiments to answer one question')),
    ).toBeGreaterThanOrEqual(renameThreshold);
    expect(sameWords(spikes, words('basic test driven development you write tests before you write code'))).toBe(0);
  });

  it('keeps two different skills below the threshold, even the most alike of the published ladder', () => {
    const text = (content: typeof published.primary, id: string) =>
      skillWords(content!.skills.find((s) => s.id === id)!);
    expect(
      sameWords(text(published.primary, 'business-context'), text(published.primary, 'stakeholder-context')),
    ).toBeLessThan(renameThreshold);
    expect(
      sameWords(text(published.primary, 'improve-team-dynamics'), text(published.primary, 'improve-team-process')),
    ).toBeLessThan(renameThreshold);
    expect(sameWords(text(release.content, 'code-katas'), text(read.primary, 'deliberate-practice'))).toBeLessThan(
      renameThreshold,
    );
  });
});
