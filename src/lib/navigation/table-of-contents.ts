import { hasClass, readHtml } from '../html/read-html.ts';

// Runs over a page's HTML after addHeadingAnchors, so every h2 it lists has an id and a link to itself.

export interface ContentsEntry {
  id: string;
  text: string;
}

/** A page's sections for "On this page": its h2 headings with an id, leaving out visually hidden ones. */
export function tableOfContents(html: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let open: ContentsEntry | undefined;
  // The heading's own link ("#") is not part of its text.
  let inAnchor = false;
  readHtml(html, {
    startTag: (tag) => {
      const { id } = tag.attributes;
      if (tag.name === 'h2' && id && !hasClass(tag, 'visually-hidden')) open = { id, text: '' };
      else if (open && tag.name === 'a' && hasClass(tag, 'heading-anchor')) inAnchor = true;
    },
    text: (text) => {
      if (open && !inAnchor) open.text += text;
    },
    endTag: (name) => {
      if (name === 'a') inAnchor = false;
      if (name !== 'h2' || !open) return;
      const text = open.text.replace(/\s+/g, ' ').trim();
      if (text) entries.push({ id: open.id, text });
      open = undefined;
    },
  });
  return entries;
}
