import { attributeOf, attributeSource, elementsUnder, parseHtmlPage, startTagSource, type HtmlTree } from '../html/html-tree.ts';

/**
 * The site's Content-Security-Policy, in one place: Astro renders it into each page's <meta> (adding hashes of
 * what it bundles), and the headers file for static hosts states the same policy as an HTTP header.
 */
export const contentSecurityPolicy = {
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
};

const jsonTypes = new Set(['application/json', 'application/ld+json']);

/**
 * Where a built page carries code inline: a `<script>` without `src` (JSON data aside), a `<style>` element, a
 * `style=""` or an event-handler attribute (`onclick=""`). The page is parsed, so markup quoted in text or in an
 * attribute's value ("Using <script> tags safely" in a <meta>) is the text it is.
 */
export function inlineCode(page: string | HtmlTree): string[] {
  const tree = typeof page === 'string' ? parseHtmlPage(page) : page;
  const found: string[] = [];
  for (const element of elementsUnder(tree.root)) {
    const type = attributeOf(element, 'type')?.trim().toLowerCase() ?? '';
    if (element.tagName === 'script' && attributeOf(element, 'src') === undefined && !jsonTypes.has(type)) found.push(startTagSource(tree, element));
    if (element.tagName === 'style') found.push(startTagSource(tree, element));
    for (const { name } of element.attrs) {
      if (name === 'style' || /^on[a-z]/.test(name)) found.push(attributeSource(tree, element, name));
    }
  }
  return found;
}

/**
 * The policy as one header value; frame-ancestors only works in a header, not in a <meta>. Hosts send it as it is
 * (_headers, nginx, Caddy), so it names no page's hashes: the build refuses a page that would need one (inlineCode).
 */
export function contentSecurityPolicyHeader(): string {
  return [
    ...contentSecurityPolicy.directives,
    `script-src ${contentSecurityPolicy.scriptSources.join(' ')}`,
    `style-src ${contentSecurityPolicy.styleSources.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
