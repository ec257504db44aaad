import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, type BuiltPage } from '../lib/links/link-check.ts';
import { sitePathUnder } from '../lib/links/urls.ts';
import { buildError } from './build-error.ts';
import { builtPageFacts, filesUnder } from './built-pages.ts';

/**
 * Fails the build when any internal link or fragment on the built site leads nowhere. Pages are checked at the
 * addresses a reader requests, under the base path, so a link that forgets the base is broken too.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'rungs:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: BuiltPage[] = [];
        const assets = new Set<string>();
        for (const file of filesUnder(root)) {
          const path = sitePathUnder(base, `/${relative(root, file).split(sep).join('/')}`);
          if (path.endsWith('.html')) pages.push({ path: path.replace(/index\.html$/, ''), ...builtPageFacts(file) });
          else assets.add(path);
        }
        const broken = findBrokenLinks(pages, assets);
        if (broken.length > 0) {
          const list = broken.map((b) => `  - ${b.page}: "${b.link}" ${b.problem}`).join('\n');
          throw buildError(`Link check: ${broken.length} broken link(s) in the built site:\n${list}`);
        }
        logger.info(`${pages.length} pages, every internal link and fragment resolves.`);
      },
    },
  };
}
