import { slugify } from '../content/slug.ts';
import { attributeOf, elementsUnder, hasClass, parseHtmlFragment, textOf, type HtmlElement } from '../html/html-tree.ts';

const headings = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading a reader can cite: not hidden, not opted out, and without a link to itself yet. */
function takesAnchor(heading: HtmlElement): boolean {
  if (!headings.has(heading.tagName) || !heading.sourceCodeLocation?.endTag) return false;
  if (attributeOf(heading, 'data-no-anchor') !== undefined || hasClass(heading, 'visually-hidden')) return false;
  return ![...elementsUnder(heading)].some((element) => hasClass(element, 'heading-anchor'));
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Gives every h2–h6 of a page's HTML a link to itself, so any section can be cited: headings without an id get one
 * from their text. Headings marked `data-no-anchor` or visually hidden are left alone. The link is kept out of the
 * search index. The HTML is parsed, and only the headings are rewritten: everything else stays as it was written.
 */
export function addHeadingAnchors(html: string): string {
  const tree = parseHtmlFragment(html);
  const elements = [...elementsUnder(tree.root)];
  const taken = new Set(elements.flatMap((element) => attributeOf(element, 'id') ?? []));
  // What to insert where, by offset into the source, in document order.
  const insertions: [offset: number, text: string][] = [];
  for (const heading of elements.filter(takesAnchor)) {
    const { startTag, endTag } = heading.sourceCodeLocation!;
    let id = attributeOf(heading, 'id');
    if (!id) {
      id = uniqueId(slugify(textOf(heading)) || 'section', taken);
      insertions.push([startTag!.endOffset - 1, ` id="${id}"`]);
    }
    const anchor = `<a class="heading-anchor" href="#${escapeAttribute(id)}" aria-label="Link to this section" data-pagefind-ignore>#</a>`;
    insertions.push([endTag!.startOffset, anchor]);
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
