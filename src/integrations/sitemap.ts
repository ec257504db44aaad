import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { absoluteUrl, pathWithoutBase, sitePathUnder } from '../lib/links/urls.ts';
import { builtPageFacts } from './built-pages.ts';

/** The sitemap index @astrojs/sitemap writes, as a path of the site. */
export const sitemapPath = '/sitemap-index.xml';

/**
 * A sitemap of every public page (@astrojs/sitemap leaves out the 404 page; the pages that only send readers on to
 * a renamed page's new URL are left out here), and a robots.txt that points crawlers at it. A sitemap lists absolute
 * URLs, so without a public address (RUNGS_SITE) there is none, and robots.txt says only what crawlers may read.
 */
export function siteMap(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let site = '';
  const isRedirectPage = (page: string) => {
    const path = pathWithoutBase(new URL(page).pathname, base);
    const file = path === undefined ? '' : join(outDir, path, 'index.html');
    return existsSync(file) && builtPageFacts(file).redirectsTo !== undefined;
  };
  return {
    name: 'rungs:sitemap',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (config.site) updateConfig({ integrations: [sitemap({ filter: (page) => !isRedirectPage(page) })] });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        const robots = [
          'User-agent: *',
          'Allow: /',
          ...(site ? [`Sitemap: ${absoluteUrl(sitePathUnder(base, sitemapPath), site)}`] : []),
        ];
        writeFileSync(join(fileURLToPath(dir), 'robots.txt'), `${robots.join('\n')}\n`);
      },
    },
  };
}
