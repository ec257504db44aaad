import { citationSources, type CitationSource } from '../citation/citation.ts';
import { comparisonPairs } from '../compare/compare.ts';
import type { PublishedLadder } from '../ladder/published-ladder.ts';
import { otherLadderScope, urls } from './urls.ts';

/** An old URL kept alive: `from` is served as a page that sends readers on to `to`. */
export interface AliasRedirect {
  from: string;
  to: string;
  /** What lives at `to`, for the redirect page's text and unfurl. */
  target: CitationSource;
}

/**
 * A redirect for every old id in `aliases`: skills, skill sets, levels and competencies, and the comparisons of a renamed level,
 * so every URL the ladder ever published keeps working after a rename.
 */
export function aliasRedirects(published: PublishedLadder): AliasRedirect[] {
  const { index: ladder, urls: ladderUrls } = published;
  const { skills, skillSets, competencies } = ladder.content;
  const redirects: AliasRedirect[] = [
    ...skills.flatMap((skill) =>
      skill.data.aliases.map((alias) => ({
        from: ladderUrls.skill(alias),
        to: ladderUrls.skill(skill.id),
        target: citationSources.skill(published, skill),
      })),
    ),
    ...skillSets.flatMap((skillSet) =>
      skillSet.data.aliases.map((alias) => ({
        from: ladderUrls.skillSet(alias),
        to: ladderUrls.skillSet(skillSet.id),
        target: citationSources.skillSet(published, skillSet),
      })),
    ),
    ...ladder.levels.flatMap((level) =>
      level.data.aliases.map((alias) => ({
        from: ladderUrls.level(alias),
        to: ladderUrls.level(level.id),
        target: citationSources.level(published, level),
      })),
    ),
    ...competencies.flatMap((competency) =>
      competency.data.aliases.map((alias) => ({
        from: ladderUrls.competency(alias),
        to: ladderUrls.competency(competency.id),
        target: citationSources.competency(published, competency),
      })),
    ),
  ];
  for (const [from, to] of comparisonPairs(ladder)) {
    const fromIds = [from.id, ...from.data.aliases];
    const toIds = [to.id, ...to.data.aliases];
    const canonical = ladderUrls.compare(from.id, to.id);
    const target = citationSources.comparison(published, { from, to });
    for (const fromId of fromIds) {
      for (const toId of toIds) {
        const old = ladderUrls.compare(fromId, toId);
        if (old !== canonical) redirects.push({ from: old, to: canonical, target });
      }
    }
  }
  return [...redirects, ...formerItemRedirects(published)];
}

/**
 * Another ladder's items were once published at /ladders/<id>/<item>/, before every ladder had the same pages: those
 * URLs now send readers to the item's skill page. A few ids would name one of the ladder's own pages instead.
 */
function formerItemRedirects(published: PublishedLadder): AliasRedirect[] {
  if (published.urls.scope !== otherLadderScope(published.id)) return [];
  const pageKinds = new Set(['levels', 'skill-sets', 'skills', 'compare', 'competencies']);
  return published.index.content.skills
    .filter((skill) => !pageKinds.has(skill.id))
    .flatMap((skill) =>
      [skill.id, ...skill.data.aliases].map((id) => ({
        from: urls.formerOtherLadderItem(published.id, id),
        to: published.urls.skill(skill.id),
        target: citationSources.skill(published, skill),
      })),
    );
}
