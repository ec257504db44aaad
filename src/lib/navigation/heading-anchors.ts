import { slugify } from '../content/slug.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { hasClass, readHtml } from '../html/read-html.ts';

const headings = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading as read: where its start tag ends and its end tag begins, its id, its text, and whether it takes an anchor. */
interface Heading {
  name: string;
  afterStartTag: number;
  beforeEndTag?: number;
  id?: string;
  text: string;
  takesAnchor: boolean;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Gives every h2–h6 of a page's HTML a link to itself, so any section can be cited: headings without an id get one
 * from their text. Headings marked `data-no-anchor` or visually hidden are left alone, and so are those that already
 * have the link. The link is kept out of the search index. The HTML is parsed and only the headings are written to:
 * everything else stays exactly as it was.
 */
export function addHeadingAnchors(html: string): string {
  const taken = new Set<string>();
  const found: Heading[] = [];
  let open: Heading | undefined;
  readHtml(html, {
    startTag: (tag) => {
      if (tag.attributes.id) taken.add(tag.attributes.id);
      if (open && hasClass(tag, 'heading-anchor')) open.takesAnchor = false;
      if (!headings.has(tag.name)) return;
      const optedOut = tag.attributes['data-no-anchor'] !== undefined || hasClass(tag, 'visually-hidden');
      const id = tag.attributes.id || undefined;
      open = { name: tag.name, afterStartTag: tag.end - 1, id, text: '', takesAnchor: !optedOut };
    },
    text: (text) => {
      if (open) open.text += text;
    },
    endTag: (name, at) => {
      if (!open || name !== open.name) return;
      if (at) found.push({ ...open, beforeEndTag: at.start });
      open = undefined;
    },
  });
  // What to insert where, by offset into the source, in document order.
  const insertions: [offset: number, text: string][] = [];
  for (const heading of found.filter((h) => h.takesAnchor)) {
    let id = heading.id;
    if (!id) {
      id = uniqueId(slugify(heading.text) || 'section', taken);
      insertions.push([heading.afterStartTag, ` id="${id}"`]);
    }
    const link = `href="#${escapeHtml(id)}" aria-label="Link to this section" data-pagefind-ignore`;
    insertions.push([heading.beforeEndTag!, `<a class="heading-anchor" ${link}>#</a>`]);
  }
  const pieces: string[] = [];
  let from = 0;
  for (const [offset, text] of insertions) {
    pieces.push(html.slice(from, offset), text);
    from = offset;
  }
  pieces.push(html.slice(from));
  return pieces.join('');
}
