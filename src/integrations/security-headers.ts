import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader, inlineCode } from '../lib/hosting/content-security-policy.ts';

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(folder, entry.name)) : entry.name.endsWith('.html') ? [join(folder, entry.name)] : [],
  );
}

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
        const inline = htmlFiles(root).flatMap((file) => inlineCode(readFileSync(file, 'utf8')).map((code) => `  - ${relative(root, file)}: ${code}`));
        if (inline.length > 0) {
          throw new Error(
            `Content-Security-Policy: ${inline.length} inline script(s) or style(s) that the hosts' CSP header would block:\n${inline.join('\n')}\n` +
              'Move the code into a file: a script into src/client/ (or public/ for one that must run before the first paint), a style into a stylesheet.',
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
