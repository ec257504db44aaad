import { excerptSegments, resultPlace, type ExcerptSegment } from '../lib/search-excerpt.ts';
import { urls } from '../lib/urls.ts';

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
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<PagefindFragment> }[]; filters: SearchOutcome['filters'] } | null>;
  filters(): Promise<SearchOutcome['filters']>;
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
      // The reference ladders' index weighs less, so the main ladder's own skills rank first for the same match.
      await pagefind.mergeIndex(urls.referenceSearchIndex(), { indexWeight: 0.25, baseUrl: urls.home() }).catch(() => undefined);
      await pagefind.init();
      return pagefind;
    } catch {
      loading = undefined;
      throw new SearchUnavailable('The search index is missing. Run `npm run build` once: the site then searches its latest build, in `npm run dev` too.');
    }
  })();
  return loading;
}

/** Runs a query; returns null when a newer keystroke superseded it. */
export async function searchLadder(query: string, filters: Record<string, string[]> = {}, limit = 8): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const search = await pagefind.debouncedSearch(query, { filters }, 25);
  if (!search) return null;
  const fragments = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return {
    total: search.results.length,
    filters: search.filters,
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
