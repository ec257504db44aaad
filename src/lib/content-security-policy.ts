/**
 * The site's Content-Security-Policy, in one place: Astro renders it into each page's <meta> (adding hashes of
 * what it bundles), and the headers file for static hosts states the same policy as an HTTP header.
 */
export const contentSecurityPolicy = {
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptSources: ["'self'", "'wasm-unsafe-eval'"],
  styleSources: ["'self'"],
};

/** The hashes ('sha256-…') of inline scripts and styles that pages allow in their CSP <meta>. */
export interface PageHashes {
  scripts: string[];
  styles: string[];
}

const hash = /'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g;

/** The script and style hashes a built page's CSP <meta> allows (Astro adds them for what it bundles or inlines). */
export function hashesOfPage(html: string): PageHashes {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const sources = (directive: string) => policy.split(';').find((d) => d.trim().startsWith(`${directive} `))?.match(hash) ?? [];
  return { scripts: sources('script-src'), styles: sources('style-src') };
}

/**
 * The policy as one header value; frame-ancestors only works in a header, not in a <meta>. A browser enforces both the
 * header and the <meta>, so the header allows the hashes the pages carry (an alias page's inline redirect script).
 */
export function contentSecurityPolicyHeader(hashes: PageHashes = { scripts: [], styles: [] }): string {
  return [
    ...contentSecurityPolicy.directives,
    `script-src ${[...contentSecurityPolicy.scriptSources, ...hashes.scripts].join(' ')}`,
    `style-src ${[...contentSecurityPolicy.styleSources, ...hashes.styles].join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
