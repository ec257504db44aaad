import { startTagsOf, type StartTag } from '../html/read-html.ts';

/**
 * The site's Content-Security-Policy, in one place: Astro renders it into each page's <meta> (adding hashes of
 * what it bundles), and the headers file for static hosts states the same policy as an HTTP header.
 */
export const contentSecurityPolicy = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
};

const jsonTypes = new Set(['application/json', 'application/ld+json']);

/**
 * Where a built page carries code inline: a `<script>` without `src` (JSON data aside), a `<style>` element, a
 * `style=""` or an event-handler attribute (`onclick=""`). The page is parsed, so markup quoted in text or in an
 * attribute's value ("Using <script> tags safely" in a <meta>) is the text it is.
 */
export function inlineCode(page: string | StartTag[]): string[] {
  const found: string[] = [];
  for (const tag of typeof page === 'string' ? startTagsOf(page) : page) {
    const type = tag.attributes.type?.trim().toLowerCase() ?? '';
    if (tag.name === 'script' && tag.attributes.src === undefined && !jsonTypes.has(type)) found.push(tag.source);
    if (tag.name === 'style') found.push(tag.source);
    for (const name of Object.keys(tag.attributes)) {
      if (name === 'style' || /^on[a-z]/.test(name)) found.push(tag.written[name]);
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
