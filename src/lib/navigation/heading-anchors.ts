import { slugify } from '../content/slug.ts';

// Headings never nest, so a lazy match up to the same level's closing tag is one heading.
const heading = /<h([2-6])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;
const ids = /\sid\s*=\s*"([^"]*)"/g;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Gives every h2–h6 of a page's HTML a link to itself, so any section can be cited: headings without an id get one
 * from their text. Headings marked `data-no-anchor` or visually hidden are left alone. The link is kept out of the
 * search index.
 */
export function addHeadingAnchors(html: string): string {
  const taken = new Set([...html.matchAll(ids)].map((m) => m[1]));
  return html.replace(heading, (whole, level: string, attributes: string = '', inner: string) => {
    if (/\sdata-no-anchor\b/.test(attributes) || /\sclass\s*=\s*"[^"]*\bvisually-hidden\b/.test(attributes)) return whole;
    if (inner.includes('class="heading-anchor"')) return whole;
    let id = [...attributes.matchAll(ids)][0]?.[1];
    let withId = attributes;
    if (!id) {
      id = uniqueId(slugify(textOf(inner)) || 'section', taken);
      withId = `${attributes} id="${id}"`;
    }
    const anchor = `<a class="heading-anchor" href="#${id}" aria-label="Link to this section" data-pagefind-ignore>#</a>`;
    return `<h${level}${withId}>${inner}${anchor}</h${level}>`;
  });
}
