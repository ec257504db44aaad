import type { PublishedLadder } from '../ladder/published-ladder.ts';

/**
 * What a search box or search page searches: one ladder's index, and on the primary ladder's search page the other
 * ladders' indexes merged into it. A page loads only the indexes its scope names.
 */
export interface SearchScope {
  /** The ladder's search page, where a query goes with filters (and without JavaScript). */
  page: string;
  /** The folder of the ladder's own index. */
  index: string;
  /** The other ladders' index folders, searched too with a lower weight, so the ladder's own pages rank first. */
  merged: string[];
  /** What the search box is called, e.g. "Search Staff-plus responsibilities". */
  label: string;
}

/** The scope of `ladder`'s pages and search page, merging `others` into it where every ladder is searched. */
export function searchScope(ladder: PublishedLadder, others: PublishedLadder[] = []): SearchScope {
  return {
    page: ladder.urls.search(),
    index: ladder.urls.searchIndex(),
    merged: others.map((other) => other.urls.searchIndex()),
    label: ladder.primary ? 'Search the ladder' : `Search ${ladder.title}`,
  };
}
