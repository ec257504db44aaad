/** The shortest and longest wait (ms) after a keystroke before fetching the fragments of results not shown before. */
export const typingPauses = { shortest: 120, longest: 400 } as const;

/** Gaps between keys this long (ms) or longer are the reader stopping to think, not the pace of their typing. */
const thinking = 1000;

/**
 * When a query has settled: once the reader's typing pauses for twice their own usual gap between keys.
 * Fetching fragments only then means typing "facilitation" a key at a time fetches the fragments of its results, not
 * those of "f", "fa", "fac"… that are replaced before anyone reads them, at any typing speed; results whose fragments
 * are already fetched show at once. Before a reader's pace is known (their first key), the wait is the longest.
 */
export class TypingRhythm {
  #last: number | undefined;
  /** Whether #last was a keystroke heard when it happened, so the gap from it to the next one is the reader's pace. */
  #heard = false;
  #gaps: number[] = [];

  /** Notes a keystroke at `at` (ms, any monotonic clock). */
  keystroke(at: number): void {
    if (this.#heard && this.#last !== undefined && at - this.#last < thinking)
      this.#gaps = [...this.#gaps, at - this.#last].slice(-5);
    this.#last = at;
    this.#heard = true;
  }

  /**
   * Notes letters found typed at `at` that were typed before anyone listened (the box is used before its script has
   * loaded): their query waits as after a keystroke, but the time since them says nothing of the reader's pace.
   */
  foundTyped(at: number): void {
    this.#last = at;
    this.#heard = false;
  }

  /** How long to wait after a keystroke before the query counts as settled. */
  pause(): number {
    if (this.#gaps.length === 0) return typingPauses.longest;
    const sorted = [...this.#gaps].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return Math.min(typingPauses.longest, Math.max(typingPauses.shortest, median * 2));
  }

  /** How long, at `now`, until the last keystroke's query has settled: 0 when it has, or when nothing was typed. */
  untilSettled(now: number): number {
    return this.#last === undefined ? 0 : Math.max(0, this.#last + this.pause() - now);
  }
}
