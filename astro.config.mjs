// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { urlManifest } from './src/integrations/url-manifest.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { redirectsFile } from './src/integrations/redirects-file.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { contentSecurityPolicy } from './src/lib/hosting/content-security-policy.ts';
import { pageComponentsPlugin } from './src/lib/pages/page-plugin.ts';

const contentDir = process.env.RUNGS_CONTENT_DIR;
// Builds of other content folders (fixtures, benchmarks) keep their own content cache, so they never mix with the ladder's.
const cacheDir =
  process.env.RUNGS_CACHE_DIR ??
  (contentDir
    ? `./node_modules/.astro-content/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`
    : undefined);

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
  vite: {
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      // Rolldown warns of the directive Astro marks each MDX page with, on every build: a known false alarm
      // (withastro/astro#18087) that would teach readers of the build log to ignore its warnings.
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE' || !log.message.includes('astro:head-inject')) handler(level, log);
        },
      },
    },
  },
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
  integrations: [
    // The maintainers' pages (content/pages/*.mdx) only: the ladder's content is prose-only Markdown, read by
    // src/lib/content/ and rendered by src/lib/markdown/. MDX inherits `syntaxHighlight: false` (no inline styles);
    // the plugin checks the ids given to the project's components and hands them the page's ladder.
    mdx({ processor: satteri({ mdastPlugins: [pageComponentsPlugin] }) }),
    siteAddress(),
    searchIndex(),
    securityHeaders(),
    redirectsFile(),
    siteMap(),
    linkCheck(),
    urlManifest(),
  ],
});
