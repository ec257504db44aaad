import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader } from '../lib/content-security-policy.ts';

/** Writes `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the CSP as a real header, and friends. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'rungs:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const headers = [
          '/*',
          `  Content-Security-Policy: ${contentSecurityPolicyHeader()}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          '',
        ];
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headers.join('\n'));
      },
    },
  };
}
