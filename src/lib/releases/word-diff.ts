import { diffWords } from 'diff';

/** A run of words in a reworded text: kept, added or removed. */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** A word-level diff of two Markdown texts (whitespace changes alone are not changes). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before.trim(), after.trim()).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** The diff as plain text for a terminal or a feed: [-removed-] and {+added+}, as `git diff --word-diff` writes them. */
export function diffAsText(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.change === 'added' ? `{+${p.text}+}` : p.change === 'removed' ? `[-${p.text}-]` : p.text))
    .join('');
}
