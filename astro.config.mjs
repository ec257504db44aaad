// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { urlManifest } from './src/integrations/url-manifest.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { redirectsFile } from './src/integrations/redirects-file.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { contentSecurityPolicy } from './src/lib/hosting/content-security-policy.ts';

const contentDir = process.env.RUNGS_CONTENT_DIR;
// Builds of other content folders (fixtures, benchmarks) keep their own content cache, so they never mix with the ladder's.
const cacheDir =
  process.env.RUNGS_CACHE_DIR ??
  (contentDir ? `./node_modules/.astro-content/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}` : undefined);

/** The directive strings Astro's CSP option accepts; the policy module states them as plain strings. */
/** @typedef {NonNullable<Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean>>['directives']} CspDirectives */

// The public base URL is what canonical links, unfurls, exports and the sitemap point at; set RUNGS_SITE when deploying.
// Without it, citations and printed links are made in the browser from the address the site is served from.
export default defineConfig({
  ...(process.env.RUNGS_SITE ? { site: process.env.RUNGS_SITE } : {}),
  // The path the site is served under, e.g. RUNGS_BASE=/career/ for https://org.github.io/career/; urls.ts reads it.
  base: process.env.RUNGS_BASE || '/',
  trailingSlash: 'always',
  // An external stylesheet keeps pages small and a strict Content-Security-Policy possible.
  build: { format: 'directory', inlineStylesheets: 'never' },
  ...(cacheDir ? { cacheDir } : {}),
  // Every script stays an external file, even a tiny one (the alias redirect's): hosts send the CSP as a header
  // (_headers, nginx, Caddy) that allows 'self' but cannot know a page's inline-script hashes.
  // ... and one stylesheet for the whole site: one render-blocking request per page, cached from the first page on.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Content prose is rendered by src/lib/markdown/ (sanitised, code blocks without Shiki's inline styles), not by Astro.
  markdown: { syntaxHighlight: false },
  // Astro adds a per-page CSP <meta> with hashes of what it bundles; no inline scripts or styles are allowed.
  // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
  security: {
    csp: {
      directives: /** @type {CspDirectives} */ (contentSecurityPolicy.directives),
      scriptDirective: { resources: contentSecurityPolicy.scriptSources },
      styleDirective: { resources: contentSecurityPolicy.styleSources },
    },
  },
  integrations: [siteAddress(), searchIndex(), securityHeaders(), redirectsFile(), siteMap(), linkCheck(), urlManifest()],
});
