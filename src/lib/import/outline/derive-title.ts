import type { PhrasingContent } from 'mdast';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { plainTextOf, firstSentenceOfText } from '../../markdown/prose.ts';

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
  const title = plainTextOf(leads)
    .replace(/[:,;–—-]\s*$/, '')
    .trim();
  return title === '' ? undefined : title;
}

// The ids of imported skills come from titles first derived reading "etc." and "ie." as abbreviations as well: a
// re-import must keep reading them so, or it would rename those skills and break their URLs.
const titleAbbreviations = ['etc', 'ie'];

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
  const sentence = firstSentenceOfText(plainText(markdown), titleAbbreviations)
    .replace(/[.:;,]\s*$/, '')
    .trim();
  if (words(sentence) <= maxWords) return sentence;
  let cut: number | undefined;
  for (const boundary of clauseBoundaries) {
    for (let at = sentence.indexOf(boundary); at >= 0; at = sentence.indexOf(boundary, at + 1)) {
      const count = words(sentence.slice(0, at));
      if (count >= 3 && count <= maxWords && (cut === undefined || at > cut)) cut = at;
    }
  }
  if (cut !== undefined) return sentence.slice(0, cut).replace(/[.:;,\s]+$/, '');
  return `${sentence
    .split(/\s+/)
    .slice(0, cutWords)
    .join(' ')
    .replace(/[.:;,]+$/, '')}…`;
}

/** A title for a document that has none, from its file name: "docs/acme_career-ladder.md" → "Acme career ladder". */
export function titleFromFileName(file: string): string {
  const name = (file.split(/[\\/]/).at(-1) ?? file).replace(/\.[^.]+$/, '');
  const words = name.replace(/[-_.\s]+/g, ' ').trim();
  return words === '' ? name : words[0].toUpperCase() + words.slice(1);
}
