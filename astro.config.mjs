// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { urlManifest } from './src/integrations/url-manifest.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';

const contentDir = process.env.RUNGS_CONTENT_DIR;
// Builds of other content folders (fixtures, benchmarks) keep their own content cache, so they never mix with the ladder's.
const cacheDir =
  process.env.RUNGS_CACHE_DIR ??
  (contentDir ? `./node_modules/.astro-content/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}` : undefined);

// The public base URL is what canonical links, unfurls and exports point at; set RUNGS_SITE when deploying. Without it,
// citations and printed links are made in the browser from the address the site is served from.
export default defineConfig({
  ...(process.env.RUNGS_SITE ? { site: process.env.RUNGS_SITE } : {}),
  trailingSlash: 'always',
  // An external stylesheet keeps pages small and a strict Content-Security-Policy possible.
  build: { format: 'directory', inlineStylesheets: 'never' },
  ...(cacheDir ? { cacheDir } : {}),
  // Astro adds a per-page CSP <meta> with hashes of what it bundles; no inline scripts or styles are allowed.
  // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
  security: {
    csp: {
      directives: contentSecurityPolicy.directives,
      scriptDirective: { resources: contentSecurityPolicy.scriptSources },
      styleDirective: { resources: contentSecurityPolicy.styleSources },
    },
  },
  integrations: [siteAddress(), mdx(), searchIndex(), securityHeaders(), linkCheck(), urlManifest()],
});
