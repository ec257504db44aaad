import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What the index leaves out of a page's searchable body: navigation and lists of other skills, so a page
 * matches on its own words and a skill is never found through the titles it links to.
 */
export const excludedFromSearch = ['nav', '.facts', '.entries', '[aria-labelledby="see-also"]', '[aria-labelledby="referenced-by"]'];

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
        const index = join(outDir, 'pagefind');
        if (!existsSync(index)) logger.warn('No search index yet: search in dev mode says so until you run `npm run build` once.');
        server.middlewares.use('/pagefind/', (request, response, next) => {
          const file = join(index, normalize(decodeURIComponent((request.url ?? '/').split('?')[0])));
          if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) return next();
          const extension = file.slice(file.lastIndexOf('.'));
          response.setHeader('content-type', types[extension] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: excludedFromSearch });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
