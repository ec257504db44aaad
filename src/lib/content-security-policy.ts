/**
 * The site's Content-Security-Policy, in one place: Astro renders it into each page's <meta> (adding hashes of
 * what it bundles), and the headers file for static hosts states the same policy as an HTTP header.
 */
export const contentSecurityPolicy = {
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
};

/** The policy as one header value; frame-ancestors only works in a header, not in a <meta>. */
export function contentSecurityPolicyHeader(): string {
  return [
    ...contentSecurityPolicy.directives,
    `script-src ${contentSecurityPolicy.scriptSources.join(' ')}`,
    `style-src ${contentSecurityPolicy.styleSources.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
