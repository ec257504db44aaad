import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader, hashesOfPage } from '../lib/content-security-policy.ts';

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(folder, entry.name)) : entry.name.endsWith('.html') ? [join(folder, entry.name)] : [],
  );
}

/**
 * Writes `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the CSP as a real header, with every
 * hash the built pages allow in their own <meta> (a browser enforces both), and friends.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'rungs:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const file of htmlFiles(root)) {
          const hashes = hashesOfPage(readFileSync(file, 'utf8'));
          hashes.scripts.forEach((h) => scripts.add(h));
          hashes.styles.forEach((h) => styles.add(h));
        }
        const headers = [
          '/*',
          `  Content-Security-Policy: ${contentSecurityPolicyHeader({ scripts: [...scripts].sort(), styles: [...styles].sort() })}`,
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
