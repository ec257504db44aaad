import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTagsOf } from '../../src/lib/html/read-html.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

function fileFor(siteDir: string, path: string): string {
  const file = join(siteDir, new URL(path, 'https://site.invalid').pathname);
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return existsSync(file) && file.endsWith('.html') ? file : join(siteDir, '404.html');
}

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/** The scripts and every module they import statically; `import()` is loaded on demand and not followed. */
function withStaticImports(siteDir: string, scripts: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(siteDir, url), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
      if (specifier.startsWith('.') || specifier.startsWith('/'))
        visit(new URL(specifier, `https://site.invalid${url}`).pathname);
    }
  };
  scripts.forEach(visit);
  return seen;
}

/**
 * Compressed bytes a reader downloads for a page before interacting: its HTML, its stylesheets, and the scripts
 * it loads up front (scripts, module preloads, and what modules import statically). Code a script imports on demand is not counted.
 */
export function pageWeight(siteDir: string, path: string): PageWeight {
  const file = fileFor(siteDir, path);
  const html = readFileSync(file, 'utf8');
  const tags = startTagsOf(html);
  const links = (rel: string) =>
    tags
      .filter((tag) => tag.name === 'link' && tag.attributes.rel === rel && tag.attributes.href)
      .map((tag) => tag.attributes.href);
  const stylesheets = links('stylesheet');
  const scripts = [
    // Module scripts, and classic ones such as the blocking theme script in <head>.
    ...tags.filter((tag) => tag.name === 'script' && tag.attributes.src).map((tag) => tag.attributes.src),
    ...links('modulepreload'),
  ];
  const sum = (urls: Iterable<string>) =>
    [...new Set(urls)].reduce((total, url) => total + gzipped(join(siteDir, url)), 0);
  return { html: gzipped(file), css: sum(stylesheets), js: sum(withStaticImports(siteDir, scripts)) };
}
