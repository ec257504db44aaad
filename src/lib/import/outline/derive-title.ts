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

const maxWords = 12;
/** A clause that runs longer is still taken whole, rather than cut mid-clause. */
const longestClause = 24;
const cutWords = 10;
const clauseBoundaries = [', ', ' - ', ' -- ', ' – ', ' — ', ': ', '; ', ' ('];
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Words that leave a title hanging when it ends on them: "…the work of", "…for the", "…and". */
const dangling = new Set(
  (
    'a an the and or nor but of to in on at by for from with without into onto as than that which who whom whose ' +
    'your their its our my his her is are was be being been not if when while because so such very more most'
  ).split(' '),
);

/** Whether a title cut after `head` would leave an open parenthesis or quote, or end on a word that needs what follows. */
function badCut(head: string): boolean {
  const open = (o: string, c: string) => head.split(o).length - head.split(c).length;
  if (open('(', ')') > 0 || open('[', ']') > 0 || open('“', '”') > 0 || (head.match(/"/g)?.length ?? 0) % 2 === 1)
    return true;
  const last = words(head)
    .at(-1)
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}'’-]/gu, '');
  return last === undefined || dangling.has(last);
}

/**
 * A title in an item's own words: its bold lead, or else its first sentence ("etc." and "ie." end none). A sentence
 * of more than 12 words is cut at its last clause boundary that leaves 3 to 12 words, never inside parentheses or
 * quotes, after a word such as "and" or "of", or before a last word or two that close the clause; failing that, a
 * clause of up to 24 words is taken whole, and only a longer one is cut after at most 10 words, with "…".
 */
export function deriveTitle(markdown: string): string {
  const lead = boldLead(markdown);
  if (lead) return lead;
  const sentence = firstSentenceOfText(plainText(markdown), { forTitle: true })
    .replace(/[.:;,]\s*$/, '')
    .trim();
  const total = words(sentence).length;
  if (total <= maxWords) return sentence;
  const cuts: { at: number; count: number }[] = [];
  for (const boundary of clauseBoundaries) {
    for (let at = sentence.indexOf(boundary); at >= 0; at = sentence.indexOf(boundary, at + 1)) {
      const count = words(sentence.slice(0, at)).length;
      if (count >= 3 && total - count > 2 && !badCut(sentence.slice(0, at))) cuts.push({ at, count });
    }
  }
  const within = (limit: number) =>
    cuts.filter((c) => c.count <= limit).reduce<number | undefined>((best, c) => Math.max(best ?? 0, c.at), undefined);
  const cut = within(maxWords);
  if (cut !== undefined) return sentence.slice(0, cut).replace(/[.:;,\s]+$/, '');
  if (total <= longestClause) return sentence;
  const longer = within(longestClause);
  if (longer !== undefined) return sentence.slice(0, longer).replace(/[.:;,\s]+$/, '');
  const all = words(sentence);
  let count = cutWords;
  while (count > 3 && badCut(all.slice(0, count).join(' '))) count--;
  return `${all
    .slice(0, count)
    .join(' ')
    .replace(/[.:;,]+$/, '')}…`;
}

/** A title for a document that has none, from its file name: "docs/acme_career-ladder.md" → "Acme career ladder". */
export function titleFromFileName(file: string): string {
  const name = (file.split(/[\\/]/).at(-1) ?? file).replace(/\.[^.]+$/, '');
  const words = name.replace(/[-_.\s]+/g, ' ').trim();
  return words === '' ? name : words[0].toUpperCase() + words.slice(1);
}
