import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader, inlineCode } from '../../src/lib/hosting/content-security-policy.ts';

describe('the header policy for static hosts', () => {
  it('states the pages’ sources with frame-ancestors, and nothing unsafe', () => {
    const header = contentSecurityPolicyHeader();
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(header).toContain("style-src 'self';");
    expect(header).toMatch(/frame-ancestors 'none'$/);
    expect(header).not.toMatch(/unsafe-inline|'unsafe-eval'|sha256/);
  });

  it('finds the inline code a page would need a hash for, and nothing else', () => {
    const page = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<script is:inline src="/theme.js"></script>',
      '<script type="application/json">{"a":1}</script>',
      '<script>location.replace("/x/")</script>',
      '<style>p{color:red}</style>',
      '<p style="color: red">x</p>',
      '<p data-style="x">y</p>',
    ].join('\n');
    expect(inlineCode(page)).toEqual(['<script>', '<style>', 'style="color: red"']);
    expect(inlineCode('<p>nothing inline</p>')).toEqual([]);
  });

  it('reads markup quoted in text, an attribute or a comment as the text it is', () => {
    const page = [
      '<meta name="description" content="Using <script> tags safely, and <style> too">',
      '<p title=\'onclick="x()" style="color: red"\'>Write &lt;script&gt; as text</p>',
      '<!-- <script>alert(1)</script> -->',
      '<textarea><script>alert(1)</script></textarea>',
      '<script type="application/ld+json">{"name": "<script>"}</script>',
    ].join('\n');
    expect(inlineCode(page)).toEqual([]);
  });

  it('finds event-handler attributes, as written', () => {
    expect(inlineCode('<img src="/x.png" onerror="this.remove()" alt=""><button onclick=start()>Go</button>')).toEqual([
      'onerror="this.remove()"',
      'onclick=start()',
    ]);
  });
});
