import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader, hashesOfPage } from '../src/lib/content-security-policy.ts';

const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc+/=' 'sha384-def'; style-src 'self' 'sha256-ghi=';"></head>`;

describe('the header policy for static hosts', () => {
  it('reads the script and style hashes a page allows in its <meta>', () => {
    expect(hashesOfPage(page)).toEqual({ scripts: ["'sha256-abc+/='", "'sha384-def'"], styles: ["'sha256-ghi='"] });
    expect(hashesOfPage('<p>no policy</p>')).toEqual({ scripts: [], styles: [] });
  });

  it('allows the pages’ hashes beside its own sources, and keeps frame-ancestors', () => {
    const header = contentSecurityPolicyHeader(hashesOfPage(page));
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc+/=' 'sha384-def';");
    expect(header).toContain("style-src 'self' 'sha256-ghi=';");
    expect(header).toMatch(/frame-ancestors 'none'$/);
    expect(header).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});
