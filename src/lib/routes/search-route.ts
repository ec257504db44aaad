import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { publishedLadders } from '../ladder/site-ladders.ts';
import { urls } from '../links/urls.ts';
import { searchFilterOptions } from '../search/facets.ts';
import { searchScope, type SearchScope } from '../search/search-scope.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface SearchPageProps {
  ladder: PublishedLadder;
}

/**
 * A ladder's search page: its form, with every value each filter can take. The primary ladder's (/search/) searches
 * every ladder and filters by ladder too; another ladder's (/ladders/<id>/search/) searches that ladder, filters by
 * its own levels and skill sets, and links to the search of every ladder.
 */
export interface SearchRoute {
  frame: PageFrame;
  scope: SearchScope;
  filters: ReturnType<typeof searchFilterOptions>;
  /** Where a reader without JavaScript finds every skill of the ladder. */
  allSkills: string;
  /** From another ladder's search page: that ladder's title, and the search of every ladder. */
  everyLadder?: { title: string; href: string };
}

/** Every published ladder has a search page; a past release's frozen pages are not searched. */
export function searchPaths({ ladders }: SiteIndex) {
  return publishedLadders(ladders).map((ladder) => ({
    params: { ladder: ladderRouteParam(ladder) },
    props: { ladder } satisfies SearchPageProps,
  }));
}

export function searchRoute(site: SiteIndex, { ladder }: SearchPageProps, pathname: string): SearchRoute {
  const others = ladder.primary ? site.ladders.others : [];
  const frame = pageFrame(site, ladder, pathname, {
    title: 'Search',
    description: ladder.primary
      ? 'Search every skill, skill set and level of the ladder, with filters for track, level, skill set and kind.'
      : `Search every skill, skill set and level of the ${ladder.title}, with filters for track, level, skill set and kind.`,
    ...(ladder.primary ? {} : { breadcrumbs: [ladderCrumb(ladder), { label: 'Search' }] }),
  });
  return {
    frame,
    scope: searchScope(ladder, others),
    filters: searchFilterOptions(ladder, others),
    allSkills: ladder.urls.skills(),
    ...(ladder.primary ? {} : { everyLadder: { title: ladder.title, href: urls.search() } }),
  };
}
