/** A search result whose data (Pagefind's fragment: its URL, title, excerpt) is fetched on request. */
export interface PendingResult<T> {
  id: string;
  data(): Promise<T>;
}

/** How many results the header's panel shows at a time, and the search page; "more results" shows as many again. */
export const resultPageSizes = { panel: 5, page: 10 } as const;

/** What the control that shows the next results says, with `rest` results not shown yet: "Show 5 more of 23". */
export function moreResultsLabel(rest: number, pageSize: number): string {
  return rest > pageSize ? `Show ${pageSize} more of ${rest}` : `Show ${rest} more`;
}

/**
 * Fetches the data of the results a reader is shown, and of no other: each result's once, however many queries show
 * it (typing "facilitatio" and then "facilitation" shows the same results).
 */
export class ShownResults<T> {
  readonly #loaded = new Map<string, T>();
  readonly #loading = new Map<string, Promise<T>>();

  /** The data of `count` results from `start`, fetching what was not fetched before. */
  load(results: readonly PendingResult<T>[], start: number, count: number): Promise<T[]> {
    return Promise.all(results.slice(start, start + count).map((result) => this.#load(result)));
  }

  /** The same, when every one of them is already fetched: then they can be shown at once. */
  loaded(results: readonly PendingResult<T>[], start: number, count: number): T[] | undefined {
    const wanted = results.slice(start, start + count);
    return wanted.every((result) => this.#loaded.has(result.id))
      ? wanted.map((result) => this.#loaded.get(result.id)!)
      : undefined;
  }

  #load(result: PendingResult<T>): Promise<T> {
    const known = this.#loading.get(result.id);
    if (known) return known;
    const loading = result.data().then(
      (data) => {
        this.#loaded.set(result.id, data);
        return data;
      },
      (error: unknown) => {
        // A failed fetch is tried again the next time the result is shown.
        this.#loading.delete(result.id);
        throw error;
      },
    );
    this.#loading.set(result.id, loading);
    return loading;
  }
}
