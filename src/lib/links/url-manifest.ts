import { closest } from '../content/closest.ts';

const header = [
  '# Every public URL of this site, as a path from its base URL, one per line.',
  '# The build fails when one of them no longer resolves. To rename a skill, skill set or level, keep its old id',
  '# in `aliases` (the old URL then redirects). Add new pages with `npm run urls`; delete a line only to retire a URL on purpose.',
];

export interface ManifestProblem {
  line: number;
  text: string;
  message: string;
}

/** Paths listed in a manifest, and any line that isn't a site path (with its line number). */
export function parseUrlManifest(text: string): { paths: string[]; problems: ManifestProblem[] } {
  const paths: string[] = [];
  const problems: ManifestProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const problem = (message: string) => problems.push({ line: i + 1, text: line, message });
    if (!line.startsWith('/') || line.startsWith('//'))
      problem('is not a path from the site root: start it with a single "/"');
    else if (/[\s?#]/.test(line)) problem('must be a bare path, without spaces, a query or a #fragment');
    else if (seen.has(line)) problem('is listed twice');
    else {
      seen.add(line);
      paths.push(line);
    }
  });
  return { paths, problems };
}

/** The manifest file's text: a header explaining it, then the paths sorted, each once. */
export function formatUrlManifest(paths: Iterable<string>): string {
  const sorted = [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${[...header, ...sorted].join('\n')}\n`;
}

/**
 * The public URLs among the files a build wrote (paths like "skills/x/index.html"): every page except the 404 page,
 * and the data files at the site's root (ladder.json, ladder.csv). Scripts, styles and search index files are not cited.
 */
export function publicUrls(builtFiles: Iterable<string>): string[] {
  const found: string[] = [];
  for (const file of builtFiles) {
    const path = `/${file.replace(/^\/+/, '')}`;
    if (path === '/404.html') continue;
    if (path.endsWith('/index.html')) found.push(path.slice(0, -'index.html'.length));
    // Data and feeds at the root (ladder.json, changes.xml); the sitemap's chunk files are the host's, not published links.
    else if (/^\/(?!sitemap)[^/]+\.(?:json|csv|xml)$/.test(path)) found.push(path);
  }
  return found.sort();
}

export interface UnresolvedUrl {
  path: string;
  /** The nearest published URL, when one is near enough to be what the path became. */
  suggestion?: string;
}

/** Listed paths the build no longer publishes: each one is a link somebody may have cited, now broken. */
export function unresolvedUrls(listed: string[], published: Iterable<string>): UnresolvedUrl[] {
  const publishedSet = new Set(published);
  return listed
    .filter((path) => !publishedSet.has(path))
    .map((path) => {
      const suggestion = closest(path, publishedSet);
      return suggestion ? { path, suggestion } : { path };
    });
}

/** Published paths the manifest doesn't list yet: new pages, not yet protected. */
export function unlistedUrls(listed: string[], published: Iterable<string>): string[] {
  const listedSet = new Set(listed);
  return [...published].filter((path) => !listedSet.has(path));
}

/** A build error that says which URLs broke and how to keep each one working. */
export function formatUnresolved(manifestFile: string, unresolved: UnresolvedUrl[]): string {
  const list = unresolved
    .map((u) => `  - ${u.path} no longer resolves${u.suggestion ? ` (nearest published URL: ${u.suggestion})` : ''}`)
    .join('\n');
  return (
    `URL manifest: ${unresolved.length} URL(s) listed in ${manifestFile} no longer resolve:\n${list}\n` +
    `Published links must keep working. If you renamed a skill, skill set or level, add its old id to the \`aliases\` of the renamed file; ` +
    `to retire a URL on purpose, delete its line from ${manifestFile}.`
  );
}
