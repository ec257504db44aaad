import { citationSources, type CitationSource } from './citation.ts';
import { comparisonPairs } from './compare.ts';
import type { LadderIndex } from './ladder-index.ts';
import { urls } from './urls.ts';

/** An old URL kept alive: `from` is served as a page that sends readers on to `to`. */
export interface AliasRedirect {
  from: string;
  to: string;
  /** What lives at `to`, for the redirect page's text and unfurl. */
  target: CitationSource;
}

/**
 * A redirect for every old id in `aliases`: skills, skill sets and levels, and the comparisons of a renamed level,
 * so every URL the ladder ever published keeps working after a rename.
 */
export function aliasRedirects(ladder: LadderIndex): AliasRedirect[] {
  const { skills, skillSets } = ladder.content;
  const redirects: AliasRedirect[] = [
    ...skills.flatMap((skill) =>
      skill.data.aliases.map((alias) => ({ from: urls.skill(alias), to: urls.skill(skill.id), target: citationSources.skill(ladder, skill) })),
    ),
    ...skillSets.flatMap((skillSet) =>
      skillSet.data.aliases.map((alias) => ({
        from: urls.skillSet(alias),
        to: urls.skillSet(skillSet.id),
        target: citationSources.skillSet(ladder, skillSet),
      })),
    ),
    ...ladder.levels.flatMap((level) =>
      level.data.aliases.map((alias) => ({ from: urls.level(alias), to: urls.level(level.id), target: citationSources.level(level) })),
    ),
  ];
  for (const [from, to] of comparisonPairs(ladder)) {
    const fromIds = [from.id, ...from.data.aliases];
    const toIds = [to.id, ...to.data.aliases];
    const canonical = urls.compare(from.id, to.id);
    const target = citationSources.comparison({ from, to });
    for (const fromId of fromIds) {
      for (const toId of toIds) {
        const old = urls.compare(fromId, toId);
        if (old !== canonical) redirects.push({ from: old, to: canonical, target });
      }
    }
  }
  return redirects;
}
