import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
 * The primary ladder's index, and one for the other ladders that the search client merges with a lower weight,
 * so for the same match the primary ladder's own skills come first.
 */
export const searchIndexes = [
  { path: 'pagefind', pages: '{levels,skill-sets,skills}/**/*.html' },
  { path: 'pagefind-reference', pages: 'ladders/**/*.html' },
] as const;

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone produces /pagefind/.
 * `astro dev` has no index of its own: it serves the last build's, so search works while editing.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'rungs:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(outDir, 'pagefind')))
          logger.warn('No search index yet: search in dev mode says so until you run `npm run build` once.');
        for (const { path } of searchIndexes) {
          const index = join(outDir, path);
          server.middlewares.use(`/${path}/`, (request, response, next) => {
            const file = join(index, normalize(decodeURIComponent((request.url ?? '/').split('?')[0])));
            if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) return next();
            response.setHeader('content-type', types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
            createReadStream(file).pipe(response);
          });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let pages = 0;
        for (const index of searchIndexes) {
          const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: excludedFromSearch });
          if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
          const added = await created.index.addDirectory({ path: site, glob: index.pages });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await created.index.writeFiles({ outputPath: join(site, index.path) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          pages += added.page_count;
        }
        await pagefind.close();
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}
