import { excerptSegments, resultPlace, type ExcerptSegment } from '../../lib/search/excerpt.ts';
import { urls } from '../../lib/links/urls.ts';

export interface SearchHit {
  url: string;
  title: string;
  place: string;
  excerpt: ExcerptSegment[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  total: number;
  /** For each filter, how many results each of its values would have. */
  filters: Record<string, Record<string, number>>;
}

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { indexWeight: number; baseUrl: string }): Promise<void>;
  search(query: string, options?: object): Promise<PagefindSearch>;
  filters(): Promise<SearchOutcome['filters']>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindFragment> }[];
  /** For each filter value, how many results the search would have with that value added to the current filters. */
  filters: SearchOutcome['filters'];
}

/** Thrown when the site has no search index, as in `npm run dev` before any build. */
export class SearchUnavailable extends Error {}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only: nothing search-related is fetched until a reader reaches for search. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = urls.searchBundle();
    try {
      const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // Results link under the site's base path, whichever index they come from.
      await pagefind.options({ excerptLength: 24, baseUrl: urls.home() });
      // The other ladders' index weighs less, so the primary ladder's own skills rank first for the same match.
      await pagefind
        .mergeIndex(urls.otherLaddersSearchIndex(), { indexWeight: 0.25, baseUrl: urls.home() })
        .catch(() => undefined);
      await pagefind.init();
      return pagefind;
    } catch {
      loading = undefined;
      throw new SearchUnavailable(
        'The search index is missing. Run `npm run build` once: the site then searches its latest build, in `npm run dev` too.',
      );
    }
  })();
  return loading;
}

let filtersLoaded: Promise<unknown> | undefined;

/**
 * How many results each value of each filter would give for this query, as a select offers them: the other filters
 * kept, this filter's own choice replaced by the value.
 */
async function filterCounts(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, string[]>,
  search: PagefindSearch,
): Promise<SearchOutcome['filters']> {
  const counts = { ...search.filters };
  for (const name of Object.keys(filters)) {
    const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== name));
    counts[name] = (await pagefind.search(query, { filters: others })).filters[name] ?? {};
  }
  return counts;
}

/**
 * Runs a query; each caller drops an outcome that a newer keystroke has superseded. With `counts`, also says how many
 * results each filter value would give (the search page's filters; the header panel has none). Pagefind's own
 * debounced search is shared by every caller, so the search page's query would cancel the header panel's.
 */
export async function searchLadder(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 8,
  counts = false,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  // Pagefind counts filter values only once its filter index is loaded.
  if (counts) await (filtersLoaded ??= pagefind.filters());
  const search = await pagefind.search(query, { filters });
  const fragments = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return {
    total: search.results.length,
    filters: counts ? await filterCounts(pagefind, query, filters, search) : {},
    hits: fragments.map((fragment) => ({
      url: fragment.url,
      title: fragment.meta.title ?? fragment.url,
      place: resultPlace(fragment.meta),
      excerpt: excerptSegments(fragment.excerpt),
    })),
  };
}

/** Renders a hit's text with textContent only, so page text can never become markup. */
export function renderHit(hit: SearchHit, element: HTMLElement): void {
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = hit.title;
  const place = document.createElement('span');
  place.className = 'search-hit-place';
  place.textContent = hit.place;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-hit-excerpt';
  for (const segment of hit.excerpt) {
    const node = segment.marked ? document.createElement('mark') : document.createTextNode(segment.text);
    if (segment.marked) node.textContent = segment.text;
    excerpt.append(node);
  }
  element.replaceChildren(title, place, excerpt);
}
