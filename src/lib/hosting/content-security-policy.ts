/**
 * The site's Content-Security-Policy, in one place: Astro renders it into each page's <meta> (adding hashes of
 * what it bundles), and the headers file for static hosts states the same policy as an HTTP header.
 */
export const contentSecurityPolicy = {
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
};

/** Where a built page carries code inline: an inline `<script>` (JSON data aside), a `<style>` element or a `style=""`. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\ssrc=/i.test(tag) && !/\stype="application\/(?:ld\+)?json"/i.test(tag)) found.push(tag);
  }
  for (const [tag] of html.matchAll(/<style\b[^>]*>/gi)) found.push(tag);
  for (const [attribute] of html.matchAll(/\sstyle="[^"]*"/gi)) found.push(attribute.trim());
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
