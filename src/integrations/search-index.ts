import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { otherLadderScope, otherLaddersRoot, pathWithoutBase, searchIndexFolder } from '../lib/links/urls.ts';

/**
 * What the index leaves out of a page's searchable body: navigation, lists of other skills and page furniture (the
 * similar items of other ladders, the local graph), so a page matches on its own words, a skill is never found
 * through the titles it links to, and an excerpt never shows a section heading of the page's furniture. A skill's
 * link sections carry data-pagefind-ignore themselves.
 */
export const excludedFromSearch = [
  'nav',
  '.facts',
  '.entries',
  '[aria-labelledby="similar-in-other-ladders"]',
  '.local-graph',
];

/**
 * Files Pagefind writes that the site's search never requests: its ready-made interfaces, and the web worker and the
 * wasm for pages of no known language (the client searches on the page's own thread, and every page is English).
 */
const unrequestedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

/** One search index: the folder it is written to and the pages it holds, both relative to the built site. */
export interface SearchIndex {
  folder: string;
  pages: string;
}

/**
 * One index per ladder, in its own scope, holding its levels, skill sets and skills: /pagefind/ for the primary
 * ladder, /ladders/<id>/pagefind/ for another. A page loads only its ladder's index; the primary ladder's search page
 * merges the others into its own.
 */
export function searchIndexes(site: string): SearchIndex[] {
  const others = join(site, otherLaddersRoot);
  const otherScopes = existsSync(others)
    ? readdirSync(others, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => otherLadderScope(entry.name))
        .sort()
    : [];
  return ['', ...otherScopes].map((scope) => ({
    folder: `${scope}${searchIndexFolder}`,
    pages: `${scope}{levels,skill-sets,skills}/**/*.html`,
  }));
}

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone produces every ladder's index.
 * `astro dev` has no index of its own: it serves the last build's, so search works while editing.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'rungs:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(outDir, searchIndexFolder)))
          logger.warn('No search index yet: search in dev mode says so until you run `npm run build` once.');
        server.middlewares.use((request, response, next) => {
          const path = pathWithoutBase(decodeURIComponent((request.url ?? '/').split('?')[0]), base);
          if (!path?.split('/').includes(searchIndexFolder.slice(0, -1))) return next();
          const file = join(outDir, normalize(path));
          if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('content-type', types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const indexes = searchIndexes(site);
        let pages = 0;
        for (const index of indexes) {
          const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: excludedFromSearch });
          if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
          const added = await created.index.addDirectory({ path: site, glob: index.pages });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const output = join(site, index.folder);
          const written = await created.index.writeFiles({ outputPath: output });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          for (const file of unrequestedFiles) rmSync(join(output, file), { force: true });
          pages += added.page_count;
        }
        await pagefind.close();
        logger.info(`Indexed ${pages} pages for search, in ${indexes.length} indexes (one per ladder).`);
      },
    },
  };
}
