import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  formatUnresolved,
  formatUrlManifest,
  parseUrlManifest,
  publicUrls,
  unlistedUrls,
  unresolvedUrls,
} from '../../src/lib/links/url-manifest.ts';

describe('reading the URL manifest', () => {
  it('reads one path per line, skipping comments and blank lines', () => {
    expect(parseUrlManifest('# comment\n\n/\n/skills/basic-sql/\r\n  /ladder.json  \n')).toEqual({
      paths: ['/', '/skills/basic-sql/', '/ladder.json'],
      problems: [],
    });
  });

  it('reports each line that is not a bare site path, with its line number', () => {
    const { problems } = parseUrlManifest('/a/\nhttps://example.org/b/\n/c/?x=1\n/a/\n//d/\n');
    expect(problems).toEqual([
      {
        line: 2,
        text: 'https://example.org/b/',
        message: 'is not a path from the site root: start it with a single "/"',
      },
      { line: 3, text: '/c/?x=1', message: 'must be a bare path, without spaces, a query or a #fragment' },
      { line: 4, text: '/a/', message: 'is listed twice' },
      { line: 5, text: '//d/', message: 'is not a path from the site root: start it with a single "/"' },
    ]);
  });

  it('writes a header, then the paths sorted, each once, and reads back what it wrote', () => {
    const text = formatUrlManifest(['/skills/b/', '/', '/skills/a/', '/skills/b/']);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/', '/skills/a/', '/skills/b/', '']);
    expect(parseUrlManifest(text).paths).toEqual(['/', '/skills/a/', '/skills/b/']);
  });
});

describe('checking the manifest against a build', () => {
  const built = [
    'index.html',
    '404.html',
    'skills/index.html',
    'skills/basic-sql/index.html',
    'ladder.json',
    'ladder.csv',
    'changes.xml',
    'sitemap-0.xml',
    '_astro/page.css',
    'pagefind/pagefind.js',
    'favicon.svg',
  ];

  it('publishes pages, the data files and the feed at the root, not the 404 page, sitemap chunks, scripts, styles or search index', () => {
    expect(publicUrls(built)).toEqual([
      '/',
      '/changes.xml',
      '/ladder.csv',
      '/ladder.json',
      '/skills/',
      '/skills/basic-sql/',
    ]);
  });

  it('finds listed URLs the build no longer publishes, suggesting the nearest one', () => {
    expect(unresolvedUrls(['/', '/skills/basic-sq/', '/skills/gone-for-good-and-long/'], publicUrls(built))).toEqual([
      { path: '/skills/basic-sq/', suggestion: '/skills/basic-sql/' },
      { path: '/skills/gone-for-good-and-long/' },
    ]);
  });

  it('finds published URLs the manifest does not list yet', () => {
    expect(unlistedUrls(['/', '/skills/'], publicUrls(built))).toEqual([
      '/changes.xml',
      '/ladder.csv',
      '/ladder.json',
      '/skills/basic-sql/',
    ]);
  });

  it('explains how to keep a broken URL working', () => {
    const message = formatUnresolved('content/urls.txt', [
      { path: '/skills/spike-solutions/', suggestion: '/skills/spikes/' },
    ]);
    expect(message).toContain('URL manifest: 1 URL(s) listed in content/urls.txt no longer resolve:');
    expect(message).toContain(
      '  - /skills/spike-solutions/ no longer resolves (nearest published URL: /skills/spikes/)',
    );
    expect(message).toContain('add its old id to the `aliases` of the renamed file');
  });
});

describe('the committed manifest, content/urls.txt', () => {
  const text = readFileSync('content/urls.txt', 'utf8');
  const { paths, problems } = parseUrlManifest(text);

  it('is well formed and written as `npm run urls` writes it', () => {
    expect(problems).toEqual([]);
    expect(text).toBe(formatUrlManifest(paths));
  });

  it('lists the pages of every kind and the exports', () => {
    for (const path of [
      '/',
      '/skills/',
      '/skills/intermediate-facilitation/',
      '/skill-sets/advanced-leadership/',
      '/levels/senior-software-engineers/',
      '/compare/software-engineers/senior-software-engineers/',
      '/packet/',
      '/ladder.json',
      '/ladder.csv',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((path) => /^\/skills\/[^/]+\/$/.test(path))).toHaveLength(235);
  });

  it('resolves on the published build', () => {
    const siteDir = inject('siteDir');
    const built = readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)));
    expect(unresolvedUrls(paths, publicUrls(built))).toEqual([]);
  });
});
