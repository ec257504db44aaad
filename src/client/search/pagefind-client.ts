import { excerptSegments, resultPlace, type ExcerptSegment } from '../../lib/search/excerpt.ts';
import { ShownResults, type PendingResult } from '../../lib/search/shown-results.ts';
import { urls } from '../../lib/links/urls.ts';

export interface SearchHit {
  url: string;
  title: string;
  place: string;
  excerpt: ExcerptSegment[];
}

/** The indexes a search box or page searches, as its element states them (see SearchScope). */
export interface IndexScope {
  index: string;
  merged: string[];
}

/** Reads `data-search-index` and `data-search-merged` (space-separated) from the element that carries them. */
export function indexScopeOf(element: HTMLElement): IndexScope {
  return {
    index: element.dataset.searchIndex ?? '',
    merged: (element.dataset.searchMerged ?? '').split(' ').filter(Boolean),
  };
}

/** A query's results: their number and filter counts at once, their hits a page at a time. */
export interface SearchOutcome {
  total: number;
  /** For each filter, how many results each of its values would have. */
  filters: Record<string, Record<string, number>>;
  /** `count` hits from `start`, fetching the fragments of those results only. */
  hits(start: number, count: number): Promise<SearchHit[]>;
  /** The same hits when their fragments are already fetched, to show them without waiting; else undefined. */
  loadedHits(start: number, count: number): SearchHit[] | undefined;
}

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: PendingResult<PagefindFragment>[];
  /** For each filter value, how many results the search would have with that value added to the current filters. */
  filters: SearchOutcome['filters'];
}
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options: { indexWeight: number; baseUrl: string }): Promise<void>;
  search(query: string, options?: object): Promise<PagefindSearch>;
  filters(): Promise<SearchOutcome['filters']>;
}
interface PagefindBundle {
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    excerptLength: number;
    noWorker: boolean;
  }): PagefindInstance;
}

/** Thrown when the site has no search index, as in `npm run dev` before any build. */
export class SearchUnavailable extends Error {}

interface LoadedScope {
  pagefind: PagefindInstance;
  hits: ShownResults<SearchHit>;
  filtersLoaded?: Promise<unknown>;
}

const scopes = new Map<string, Promise<LoadedScope>>();

/**
 * Loads Pagefind and the scope's indexes on first use only: nothing search-related is fetched until a reader reaches
 * for search, and then only the indexes of the scope.
 */
export function loadPagefind(scope: IndexScope): Promise<LoadedScope> {
  const key = [scope.index, ...scope.merged].join(' ');
  const known = scopes.get(key);
  if (known) return known;
  const loading = (async () => {
    try {
      // A plain variable, not a template: Vite leaves the import alone, with no preload helper shipped for it.
      const bundleUrl = `${scope.index}pagefind.js`;
      const bundle = (await import(/* @vite-ignore */ bundleUrl)) as PagefindBundle;
      // Results link under the site's base path, whichever index they come from. The search runs on the page's own
      // thread: on indexes this size it takes milliseconds, where Pagefind's worker would be one more download (12 KB
      // gzipped) before the first result.
      const pagefind = bundle.createInstance({
        basePath: scope.index,
        baseUrl: urls.home(),
        excerptLength: 24,
        noWorker: true,
      });
      // The other ladders weigh less, so the ladder's own skills rank first for the same match.
      for (const merged of scope.merged) await pagefind.mergeIndex(merged, { indexWeight: 0.25, baseUrl: urls.home() });
      await pagefind.init();
      return { pagefind, hits: new ShownResults<SearchHit>() };
    } catch {
      scopes.delete(key);
      throw new SearchUnavailable(
        'The search index is missing. Run `npm run build` once: the site then searches its latest build, in `npm run dev` too.',
      );
    }
  })();
  scopes.set(key, loading);
  return loading;
}

/**
 * How many results each value of each filter would give for this query, as a select offers them: the other filters
 * kept, this filter's own choice replaced by the value.
 */
async function filterCounts(
  pagefind: PagefindInstance,
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

const hitOf = (fragment: PagefindFragment, severalLadders: boolean): SearchHit => ({
  url: fragment.url,
  title: fragment.meta.title ?? fragment.url,
  place: resultPlace(fragment.meta, severalLadders),
  excerpt: excerptSegments(fragment.excerpt),
});

/**
 * Runs a query in a scope; each caller drops an outcome that a newer keystroke has superseded. No fragment is fetched
 * until a caller asks for hits. With `counts`, also says how many results each filter value would give (the search
 * page's filters; the header panel has none).
 */
export async function searchLadder(
  scope: IndexScope,
  query: string,
  filters: Record<string, string[]> = {},
  counts = false,
): Promise<SearchOutcome> {
  const loaded = await loadPagefind(scope);
  const { pagefind, hits } = loaded;
  // Pagefind counts filter values only once its filter index is loaded.
  if (counts) await (loaded.filtersLoaded ??= pagefind.filters());
  const search = await pagefind.search(query, { filters });
  const results = search.results.map((result) => ({
    id: result.id,
    data: async () => hitOf(await result.data(), scope.merged.length > 0),
  }));
  return {
    total: results.length,
    filters: counts ? await filterCounts(pagefind, query, filters, search) : {},
    hits: (start, count) => hits.load(results, start, count),
    loadedHits: (start, count) => hits.loaded(results, start, count),
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
