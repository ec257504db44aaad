import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { deployed } from '../global-setup.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { formatRedirectsFile, metaRefreshTarget, parseRedirectsFile } from '../../src/lib/hosting/redirects-file.ts';
import { parseUrlManifest } from '../../src/lib/links/url-manifest.ts';
import { pathWithoutBase, sitePathUnder } from '../../src/lib/links/urls.ts';

const siteDir = inject('siteDir');
const built = (file: string) => readFileSync(join(siteDir, file), 'utf8');
const headers = headersFor(parseHeadersFile(built('_headers')), '/skills/basic-sql/');

describe('paths under a base', () => {
  it('puts a site path under the base, and takes it back out', () => {
    expect(sitePathUnder('/career/', '/skills/x/')).toBe('/career/skills/x/');
    expect(sitePathUnder('/career', '/')).toBe('/career/');
    expect(sitePathUnder('/', '/ladder.json')).toBe('/ladder.json');
    expect(pathWithoutBase('/career/skills/x/', '/career/')).toBe('/skills/x/');
    expect(pathWithoutBase('/career', '/career/')).toBe('/');
    expect(pathWithoutBase('/skills/x/', '/career/')).toBeUndefined();
    expect(pathWithoutBase('/careers/', '/career/')).toBeUndefined();
  });
});

describe('the headers file', () => {
  it('gives every path the security headers, the CSP first', () => {
    expect(headers.map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    expect(headers[0][1]).toContain("frame-ancestors 'none'");
  });

  it('applies a rule to exactly the paths it names', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n/data/*\n  B: 2\n/about/\n  C: 3\n');
    expect(headersFor(rules, '/data/x.json')).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(headersFor(rules, '/about/')).toEqual([
      ['A', '1'],
      ['C', '3'],
    ]);
    expect(headersFor(rules, '/about/x/')).toEqual([['A', '1']]);
  });
});

describe('hosting snippets', () => {
  it.each([
    ['nginx', 'scripts/hosting/nginx.conf', (name: string, value: string) => `add_header ${name} "${value}" always;`],
    ['Caddy', 'scripts/hosting/Caddyfile', (name: string, value: string) => `${name} "${value}"`],
  ])('%s sends the headers of the build’s _headers, and its 404 page', (_host, file, line) => {
    const snippet = readFileSync(file, 'utf8');
    for (const [name, value] of headers) {
      expect(snippet, `${file} should have the line: ${line(name, value)} (as in dist/_headers)`).toContain(
        line(name, value),
      );
    }
    expect(snippet).toContain('404.html');
  });
});

describe('the redirects file', () => {
  it('lists each redirect as a 301, and reads back what it wrote', () => {
    const text = formatRedirectsFile([
      { from: '/skills/spike-solutions/', to: '/skills/spikes/' },
      { from: '/levels/old/', to: '/levels/new/' },
    ]);
    expect(text).toBe('/levels/old/ /levels/new/ 301\n/skills/spike-solutions/ /skills/spikes/ 301\n');
    expect(parseRedirectsFile(`# comment\n${text}`).get('/skills/spike-solutions/')).toEqual({
      from: '/skills/spike-solutions/',
      to: '/skills/spikes/',
    });
  });

  it('finds the target of an alias page and nothing on an ordinary page', () => {
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="0; url=/career/skills/spikes/">')).toBe(
      '/career/skills/spikes/',
    );
    expect(metaRefreshTarget(built('skills/basic-sql/index.html'))).toBeUndefined();
  });
});

describe('sitemap and robots.txt', () => {
  // A sitemap lists absolute URLs, so it comes with a public address: the build deployed under /career/ has one.
  const deployedDir = inject('deployedSiteDir');
  const deployedFile = (file: string) => readFileSync(join(deployedDir, file), 'utf8');
  const sitemap = deployedFile('sitemap-0.xml');
  const listed = new Set(
    [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(m[1]).pathname)
      .map((path) => pathWithoutBase(path, deployed.base) ?? path),
  );

  // Data files are not pages a search engine shows; an old URL kept by `aliases` is a redirect, whose page is what
  // search engines should list.
  it('lists every page of content/urls.txt, except data files and redirects', () => {
    const { paths } = parseUrlManifest(readFileSync('content/urls.txt', 'utf8'));
    const pages = paths.filter((path) => path.endsWith('/'));
    const isRedirect = (path: string) => metaRefreshTarget(deployedFile(`${path.slice(1)}index.html`)) !== undefined;
    expect(paths.filter((path) => !path.endsWith('/')).sort()).toEqual([
      '/changes.json',
      '/changes.xml',
      '/graph.json',
      '/ladder.csv',
      '/ladder.json',
    ]);
    expect(pages.filter((path) => !isRedirect(path) && !listed.has(path))).toEqual([]);
    expect(pages.filter((path) => isRedirect(path) && listed.has(path))).toEqual([]);
    expect(pages.length).toBeGreaterThan(400);
  });

  it('leaves out the 404 page', () => {
    expect([...listed].filter((path) => path?.includes('404'))).toEqual([]);
  });

  it('is named by robots.txt, at the site’s public address', () => {
    expect(deployedFile('robots.txt')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://org.example.io/career/sitemap-index.xml\n',
    );
    expect(deployedFile('sitemap-index.xml')).toContain('<loc>https://org.example.io/career/sitemap-0.xml</loc>');
  });

  it('is not made without a public address, and robots.txt then names none', () => {
    expect(existsSync(join(siteDir, 'sitemap-index.xml'))).toBe(false);
    expect(built('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('the GitHub Pages workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, unknown>;
  }
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('installs with npm ci and builds with the base path and address GitHub Pages gives the repository', () => {
    expect(steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toMatchObject({
      RUNGS_BASE: '${{ steps.pages.outputs.base_path }}/',
      RUNGS_SITE: '${{ steps.pages.outputs.origin }}',
    });
    // base_path is "/career" for a project site and "" for a custom domain: both make a base the site accepts.
    for (const [basePath, expected] of [
      ['/career', '/career/skills/x/'],
      ['', '/skills/x/'],
    ]) {
      expect(sitePathUnder(`${basePath}/`, '/skills/x/')).toBe(expected);
    }
  });

  it('uploads dist/ and deploys it', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({
      path: 'dist',
    });
    expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
