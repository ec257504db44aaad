import type { PhrasingContent } from 'mdast';
import { parseMarkdown, plainTextOf } from '../markdown/parse-markdown.ts';

/** The words of a Markdown fragment as a reader sees them: no emphasis marks, links reduced to their text. */
export function plainText(markdown: string): string {
  return (
    plainTextOf(parseMarkdown(markdown))
      // Emphasis the source left unbalanced ("_accountable _to") stays text: a stray underscore at a word's edge goes.
      .replace(/(^|\s)_+(?=\S)|(?<=\S)_+(?=\s|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * A bold lead names what follows it: "**Engineering strategy** to reconcile…" → "Engineering strategy".
 * Adjacent bold runs read as one ("**You _align_** **your org…**").
 */
export function boldLead(markdown: string): string | undefined {
  const paragraph = parseMarkdown(markdown).children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const leads: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'strong') leads.push(child);
    else if (!(child.type === 'text' && child.value.trim() === '' && leads.length > 0)) break;
  }
  const title = plainTextOf(leads).replace(/[:,;–—-]\s*$/, '').trim();
  return title === '' ? undefined : title;
}

const abbreviations = /(?:^|[\s/(])(?:e\.g|i\.e|ie|eg|etc|vs|Sr|Jr|Dr|Mr|Ms|Mrs|St|approx|incl)$/i;

/** The first sentence of plain text: up to a full stop, question or exclamation mark that ends a sentence. */
export function firstSentence(text: string): string {
  const ends = /[.!?](?=\s+["“(]?[A-Z0-9]|\s*$)/g;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    if (match[0] === '.' && abbreviations.test(text.slice(0, match.index))) continue;
    return text.slice(0, match.index + 1);
  }
  return text;
}

const maxWords = 12;
const cutWords = 10;
const clauseBoundaries = [', ', ' - ', ' -- ', ' – ', ' — ', ': ', '; ', ' ('];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A title in an item's own words: its bold lead, or else its first sentence; a long sentence is cut at the
 * last clause boundary that leaves at most 12 words (and at least 3), or else after 10 words with "…".
 */
export function deriveTitle(markdown: string): string {
  const lead = boldLead(markdown);
  if (lead) return lead;
  const sentence = firstSentence(plainText(markdown)).replace(/[.:;,]\s*$/, '').trim();
  if (words(sentence) <= maxWords) return sentence;
  let cut: number | undefined;
  for (const boundary of clauseBoundaries) {
    for (let at = sentence.indexOf(boundary); at >= 0; at = sentence.indexOf(boundary, at + 1)) {
      const count = words(sentence.slice(0, at));
      if (count >= 3 && count <= maxWords && (cut === undefined || at > cut)) cut = at;
    }
  }
  if (cut !== undefined) return sentence.slice(0, cut).replace(/[.:;,\s]+$/, '');
  return `${sentence.split(/\s+/).slice(0, cutWords).join(' ').replace(/[.:;,]+$/, '')}…`;
}
