/**
 * The site's base path, from Astro's `base` (`RUNGS_BASE`, e.g. "/career/"): always starts and ends with a slash.
 * Outside Vite (plain Node scripts) there is no `import.meta.env`, and the site is at the root.
 */
export const basePath = withSlashes(import.meta.env?.BASE_URL ?? '/');

function withSlashes(path: string): string {
  return `/${path}/`.replace(/\/+/g, '/');
}

/** A path of the site (as listed in content/urls.txt, "/skills/x/") as the browser requests it under the base. */
export function sitePath(path: string): string {
  return sitePathUnder(basePath, path);
}

/** `sitePath` for a base given explicitly, as build steps read it from Astro's config. */
export function sitePathUnder(base: string, path: string): string {
  return withSlashes(base) + path.replace(/^\//, '');
}

/** The reverse of `sitePath`: a requested path without the base, or undefined when it lies outside the site. */
export function pathWithoutBase(path: string, base = basePath): string | undefined {
  const normalisedBase = withSlashes(base);
  if (path === normalisedBase.slice(0, -1)) return '/';
  return path.startsWith(normalisedBase) ? `/${path.slice(normalisedBase.length)}` : undefined;
}

/** The one place URLs are built, under the base path. Every path ends in a slash, matching `trailingSlash: 'always'`. */
export const urls = {
  home: () => sitePath('/'),
  about: () => sitePath('/about/'),
  skills: () => sitePath('/skills/'),
  level: (id: string) => sitePath(`/levels/${id}/`),
  skillSet: (id: string) => sitePath(`/skill-sets/${id}/`),
  skill: (id: string) => sitePath(`/skills/${id}/`),
  search: (query?: string) => sitePath(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  graph: (focus?: string) => sitePath(focus ? `/graph/?focus=${encodeURIComponent(focus)}` : '/graph/'),
  graphData: () => sitePath('/graph.json'),
  comparisons: () => sitePath('/compare/'),
  compare: (fromLevel: string, toLevel: string) => sitePath(`/compare/${fromLevel}/${toLevel}/`),
  /** The packet builder; skill ids in the query make a shareable packet (never its notes). */
  packet: (skillIds: readonly string[] = []) =>
    sitePath(skillIds.length > 0 ? `/packet/?skills=${skillIds.map(encodeURIComponent).join(',')}` : '/packet/'),
  ladderJson: () => sitePath('/ladder.json'),
  /** The change log: every release newest first with what changed, and its Atom feed. */
  changes: (releaseId?: string) => sitePath(releaseId ? `/changes/#release-${releaseId}` : '/changes/'),
  changesFeed: () => sitePath('/changes.xml'),
  /** A release's ladder frozen as data (the /ladder.json shape), for packets made against it. */
  releaseLadderJson: (releaseId: string) => sitePath(`/releases/${releaseId}/ladder.json`),
  ladderCsv: () => sitePath('/ladder.csv'),
  /** The blocking script in <head> that applies the reader's theme before the first paint (public/theme.js). */
  themeScript: () => sitePath('/theme.js'),
  /** Reference ladders: other documents published beside the main ladder. */
  referenceLadders: () => sitePath('/ladders/'),
  referenceLadder: (ladder: string) => sitePath(`/ladders/${ladder}/`),
  referenceSkillSet: (ladder: string, skillSet: string) => sitePath(`/ladders/${ladder}/#${skillSet}`),
  referenceSkill: (ladder: string, skill: string) => sitePath(`/ladders/${ladder}/${skill}/`),
  favicon: () => sitePath('/favicon.svg'),
  /** Pagefind's bundles: the main ladder's index, and the reference ladders' index merged into it. */
  searchBundle: () => sitePath('/pagefind/pagefind.js'),
  referenceSearchIndex: () => sitePath('/pagefind-reference/'),
};

/** An absolute URL for citations and unfurls, from the site's configured public origin and a path under the base. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
