import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatRedirectsFile, type HostRedirect } from '../lib/hosting/redirects-file.ts';
import { sitePathUnder } from '../lib/links/urls.ts';
import { builtPageFacts } from './built-pages.ts';

/**
 * Writes `_redirects` for hosts that read one (Netlify, Cloudflare Pages), so the old URL of a renamed page answers
 * with a real 301. The redirect pages themselves stay: on any other host they still send the reader on.
 */
export function redirectsFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'rungs:redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const redirects: HostRedirect[] = [];
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || entry.name !== 'index.html') continue;
          const file = join(entry.parentPath, entry.name);
          const to = builtPageFacts(file).redirectsTo;
          const folder = relative(root, entry.parentPath).split(sep).join('/');
          if (to) redirects.push({ from: sitePathUnder(base, folder ? `/${folder}/` : '/'), to });
        }
        writeFileSync(join(root, '_redirects'), formatRedirectsFile(redirects));
        logger.info(`${redirects.length} redirect(s) written to _redirects.`);
      },
    },
  };
}
