import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader } from '../lib/hosting/content-security-policy.ts';
import { buildError } from './build-error.ts';
import { builtPageFacts, filesUnder } from './built-pages.ts';

/**
 * Writes `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the CSP as a real header, and friends.
 * Hosts send one policy for every page, so no page may need inline code the header would block: the build says which.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'rungs:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const inline = filesUnder(root)
          .filter((file) => file.endsWith('.html'))
          .flatMap((file) => builtPageFacts(file).inlineCode.map((code) => `  - ${relative(root, file)}: ${code}`));
        if (inline.length > 0) {
          throw buildError(
            `Content-Security-Policy: ${inline.length} inline script(s), style(s) or event handler(s) that the hosts' CSP header would block:\n` +
              `${inline.join('\n')}\nMove the code into a file: a script or an event handler into src/client/ (or public/ for one that must ` +
              'run before the first paint), a style into a stylesheet.',
          );
        }
        const headers = [
          '/*',
          `  Content-Security-Policy: ${contentSecurityPolicyHeader()}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '',
        ];
        writeFileSync(join(root, '_headers'), headers.join('\n'));
      },
    },
  };
}
