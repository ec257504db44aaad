// Runs over a page's HTML after addHeadingAnchors, so every h2 it lists has an id and a link to itself.
const sectionHeading = /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g;
const idAttribute = /\sid\s*=\s*"([^"]*)"/;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export interface ContentsEntry {
  id: string;
  text: string;
}

function textOf(html: string): string {
  return html
    .replace(/<a\s[^>]*class="heading-anchor"[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's sections for "On this page": its h2 headings with an id, leaving out visually hidden ones. */
export function tableOfContents(html: string): ContentsEntry[] {
  return [...html.matchAll(sectionHeading)].flatMap(([, attributes = '', inner]) => {
    const id = attributes.match(idAttribute)?.[1];
    if (!id || /\sclass\s*=\s*"[^"]*\bvisually-hidden\b/.test(attributes)) return [];
    const text = textOf(inner);
    return text ? [{ id, text }] : [];
  });
}
