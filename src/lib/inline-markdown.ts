// The ladder's prose (intros, the introduction, disclaimers, Excluded notes) uses a small Markdown subset:
// paragraphs separated by blank lines, *italic*, **bold**, ***both***, [text](url) and backslash escapes.
// It comes from imported documents, so it is escaped before any markup is added.

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// A placeholder no source text can contain: NUL characters are removed from the input first.
const placeholder = (i: number) => `\u0000${i}\u0000`;
const placeholderPattern = /\u0000(\d+)\u0000/g;

const backslashEscape = /\\([\\`*_{}[\]()#+\-.!>])/g;
// One level of balanced parentheses inside a URL, as in Wikipedia links.
const link = /\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)\s*\)/g;
const strongEmphasis = /\*\*\*(?=\S)([\s\S]*?\S)\*\*\*/g;
const strong = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;
const emphasis = /\*(?=\S)([^*]*?\S)\*/g;

/** Web and mail links and site-relative paths; anything else ("#", "", "javascript:") is not a link. */
function isLinkable(url: string): boolean {
  return /^(?:https?:\/\/\S|mailto:\S|\/(?!\/))/i.test(url);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]);
}

function paragraphsOf(markdown: string): string[] {
  return markdown
    .replace(/\u0000/g, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function emphasise(html: string): string {
  return html
    .replace(strongEmphasis, '<strong><em>$1</em></strong>')
    .replace(strong, '<strong>$1</strong>')
    .replace(emphasis, '<em>$1</em>');
}

function inlineHtml(paragraph: string): string {
  const held: string[] = [];
  const hold = (html: string) => placeholder(held.push(html) - 1);
  // A link's text may hold escaped characters of its own, so restoring is recursive.
  const restore = (html: string): string => html.replace(placeholderPattern, (_, i: string) => restore(held[Number(i)]));
  return restore(
    emphasise(
      escapeHtml(paragraph)
        .replace(backslashEscape, (_, character: string) => hold(character))
        .replace(link, (_, text: string, url: string) =>
          hold(isLinkable(url) ? `<a href="${url}">${emphasise(text)}</a>` : emphasise(text)),
        ),
    ),
  );
}

/** HTML for the ladder's short Markdown prose; the input is untrusted and escaped, so raw HTML shows as text. */
export function markdownToHtml(markdown: string): string {
  return paragraphsOf(markdown)
    .map((p) => `<p>${inlineHtml(p)}</p>`)
    .join('\n');
}

/** Markdown reduced to the plain text a reader sees: link text kept, markers, tags and escapes removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(link, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/^\s{0,3}(?:#{1,6}\s+|[-+*]\s+|\d+[.)]\s+|>\s?)/gm, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*{1,3})(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(emphasis, '$1')
    .replace(/(?<!\w)(_{1,3})(?=\S)([\s\S]*?\S)\1(?!\w)/g, '$2')
    .replace(backslashEscape, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// A sentence ends at . ! or ? (and any closing quote or bracket) before a capital letter or the end of the text,
// so "e.g. the" and "v1.2" don't end it.
const sentence = /^.*?[.!?]['"’”)\]]*(?=\s+[\p{Lu}\d"'“‘(]|$)/u;

/** The first sentence of a Markdown text as plain text, for summaries and meta descriptions. */
export function firstSentence(markdown: string): string {
  const [firstParagraph = ''] = paragraphsOf(markdown);
  const text = plainText(firstParagraph);
  return text.match(sentence)?.[0] ?? text;
}
