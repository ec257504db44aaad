import { attributeOf, elementsUnder, hasClass, parseHtmlFragment, textOf } from '../html/html-tree.ts';

// Runs over a page's HTML after addHeadingAnchors, so every h2 it lists has an id and a link to itself.

export interface ContentsEntry {
  id: string;
  text: string;
}

/** A page's sections for "On this page": its h2 headings with an id, leaving out visually hidden ones. */
export function tableOfContents(html: string): ContentsEntry[] {
  return [...elementsUnder(parseHtmlFragment(html).root)].flatMap((heading) => {
    const id = attributeOf(heading, 'id');
    if (heading.tagName !== 'h2' || !id || hasClass(heading, 'visually-hidden')) return [];
    const text = textOf(heading, (element) => element.tagName === 'a' && hasClass(element, 'heading-anchor')).replace(/\s+/g, ' ').trim();
    return text ? [{ id, text }] : [];
  });
}
