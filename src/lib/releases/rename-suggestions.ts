import { diffArrays } from 'diff';
import type { Problem } from '../content/validate-ladder.ts';
import type { LadderContent, Skill } from '../ladder/ladder.ts';
import { urls } from '../links/urls.ts';
import type { Release } from './snapshot.ts';

/**
 * How much of two skills' words must be the same, in order, for one to read as the other renamed. A renamed file
 * keeps all of its words, give or take its title and a few edits (90% and up); two different skills of the ladder
 * share at most about 70% (generic pairs such as "Business context" and "Stakeholder context" 57%).
 */
export const renameThreshold = 0.75;

/** A skill's words as the comparison reads them: its title's and body's, lowercased, without punctuation. */
export function skillWords(skill: Skill): string[] {
  return `${skill.data.title}\n${skill.body}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words two texts share regardless of order: never fewer than they share in order, and quick to count. */
function sharedWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared;
}

/** The share of words two texts have the same and in the same order (of the longer one's), 0 to 1. */
export function sameWords(a: string[], b: string[]): number {
  const longer = Math.max(a.length, b.length);
  // Counting words regardless of order first skips the word diff for every pair that can't reach the threshold.
  if (longer === 0 || sharedWords(a, b) / longer < renameThreshold) return 0;
  const same = diffArrays(a, b).reduce(
    (count, part) => (part.added || part.removed ? count : count + part.value.length),
    0,
  );
  return same / longer;
}

/**
 * Warnings for skills that look renamed without an alias: a skill of the release that the content has neither as a
 * skill nor as an alias, whose text a new skill (one the release didn't have) mostly keeps. Its old URL would show
 * "removed"; the warning names the alias that sends it to the new page. Each old and new skill is paired at most once,
 * best match first.
 */
export function renameSuggestions(release: Release, content: LadderContent): Problem[] {
  const current = new Set(content.skills.flatMap((skill) => [skill.id, ...skill.data.aliases]));
  const released = new Set(release.content.skills.map((skill) => skill.id));
  const withWords = (skill: Skill) => ({ skill, words: skillWords(skill) });
  const gone = release.content.skills.filter((skill) => !current.has(skill.id)).map(withWords);
  const added = content.skills.filter((skill) => !released.has(skill.id)).map(withWords);
  const pairs = added
    .flatMap((now) =>
      gone.map((before) => ({ now: now.skill, before: before.skill, score: sameWords(before.words, now.words) })),
    )
    .filter((pair) => pair.score >= renameThreshold)
    .sort((a, b) => b.score - a.score || a.now.id.localeCompare(b.now.id));
  const paired = new Set<Skill>();
  const warnings: Problem[] = [];
  for (const { now, before, score } of pairs) {
    if (paired.has(now) || paired.has(before)) continue;
    paired.add(now).add(before);
    const hasAliases = now.data.aliases.length > 0;
    const add = hasAliases ? `add "${before.id}" to its aliases` : `add "aliases: [${before.id}]" to its front matter`;
    const looks = `this skill looks like "${before.id}" of release ${release.info.id} renamed`;
    warnings.push({
      file: now.file,
      line: hasAliases ? now.lines?.aliases : undefined,
      field: '',
      message: `${looks} (${Math.floor(score * 100)}% of its words are the same): ${add} so ${urls.skill(before.id)} leads here instead of to a removed page`,
    });
  }
  return warnings;
}
