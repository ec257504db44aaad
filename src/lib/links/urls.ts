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

/** The pages every published ladder has, under its scope. */
export interface LadderUrls {
  /** The path prefix of the ladder's pages: '' for the primary ladder, 'ladders/<id>/' for another. */
  scope: string;
  home: () => string;
  level: (id: string) => string;
  skillSet: (id: string) => string;
  skill: (id: string) => string;
  /** All skills A–Z. */
  skills: () => string;
  comparisons: () => string;
  compare: (fromLevel: string, toLevel: string) => string;
  /** A matrix ladder's competencies, and one competency's row level by level. */
  competencies: () => string;
  competency: (id: string) => string;
  /** The ladder's search page, with the query when there is one. */
  search: (query?: string) => string;
  /** The folder of the ladder's search index (Pagefind's bundle and index files), built after the pages. */
  searchIndex: () => string;
}

/** Where each ladder's search index lives under its scope: /pagefind/, /ladders/<id>/pagefind/. */
export const searchIndexFolder = 'pagefind/';

/**
 * The URLs of one ladder's pages. `scope` is a plain path prefix ending in a slash (or '' for the primary ladder,
 * whose URLs are the site's first ones): every ladder has the same kinds of pages under it.
 */
export function ladderUrls(scope: string): LadderUrls {
  if (scope !== '' && !/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/.test(scope))
    throw new Error(`A ladder's scope is '' or a path like "ladders/<id>/", not "${scope}"`);
  const at = (path: string) => sitePath(`/${scope}${path}`);
  return {
    scope,
    home: () => at(''),
    level: (id) => at(`levels/${id}/`),
    skillSet: (id) => at(`skill-sets/${id}/`),
    skill: (id) => at(`skills/${id}/`),
    skills: () => at('skills/'),
    comparisons: () => at('compare/'),
    compare: (fromLevel, toLevel) => at(`compare/${fromLevel}/${toLevel}/`),
    competencies: () => at('competencies/'),
    competency: (id) => at(`competencies/${id}/`),
    search: (query) => at(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
    searchIndex: () => at(searchIndexFolder),
  };
}

/** The folder holding the scopes of the ladders published beside the primary one. */
export const otherLaddersRoot = 'ladders/';
/**
 * A ladder's growth plan URLs, under its scope (`LadderUrls.scope`). Apart from `ladderUrls` so that the scripts of
 * every other page, which build ladder URLs, don't carry them.
 */
export function planUrls(scope: string) {
  const at = (path: string) => sitePath(`/${scope}${path}`);
  return {
    /** The plan page; with two level ids, it opens the plan from one to the other (the saved one, or a new one). */
    plan: (fromLevel?: string, toLevel?: string) =>
      at(fromLevel && toLevel ? `plan/?from=${fromLevel}&to=${toLevel}` : 'plan/'),
    /** The summaries and fingerprints of a level's skills, which a plan of that level shows and checks. */
    skills: (levelId: string) => at(`plan-skills/${levelId}.json`),
    /** The whole texts of a level's skills, as Markdown: a plan keeps them, so a later rewording shows as a diff. */
    texts: (levelId: string) => at(`plan-texts/${levelId}.json`),
  };
}

/** The scope of a ladder published beside the primary one, from its folder name under content/ladders/. */
export const otherLadderScope = (id: string) => `${otherLaddersRoot}${id}/`;

/** The scope of a past release of the primary ladder: its frozen pages. */
export const releaseScope = (releaseId: string) => `releases/${releaseId}/`;

/** A frozen page's path as the primary ladder's: the same page today (which may redirect, or show it was removed). */
export function currentPathOf(path: string, releaseId: string): string {
  return path.replace(`/${releaseScope(releaseId)}`, '/');
}

const { home, level, skillSet, skill, skills, comparisons, compare, search } = ladderUrls('');

/**
 * The one place URLs are built, under the base path. Every path ends in a slash, matching `trailingSlash: 'always'`.
 * `home`, `level`, `skill` and the other ladder pages are the primary ladder's; a page of any ladder uses that
 * ladder's own `urls` (src/lib/ladder/published-ladder.ts).
 */
export const urls = {
  home,
  level,
  skillSet,
  skill,
  skills,
  comparisons,
  compare,
  about: () => sitePath('/about/'),
  /** A maintainers' guide, from content/pages/guides/<id>.mdx. */
  guide: (id: string) => sitePath(`/guides/${id}/`),
  /** The primary ladder's search page, which also searches every other ladder. */
  search,
  graph: (focus?: string) => sitePath(focus ? `/graph/?focus=${encodeURIComponent(focus)}` : '/graph/'),
  graphData: () => sitePath('/graph.json'),
  /** The packet builder; skill ids in the query make a shareable packet (never its notes). */
  packet: (skillIds: readonly string[] = []) =>
    sitePath(skillIds.length > 0 ? `/packet/?skills=${skillIds.map(encodeURIComponent).join(',')}` : '/packet/'),
  ladderJson: () => sitePath('/ladder.json'),
  /** The change log: every release newest first with what changed, and its Atom feed. */
  changes: (releaseId?: string) => sitePath(releaseId ? `/changes/#release-${releaseId}` : '/changes/'),
  changesFeed: () => sitePath('/changes.xml'),
  /** Each skill's changes since each release, for packets made against an older one. */
  changesData: () => sitePath('/changes.json'),
  ladderCsv: () => sitePath('/ladder.csv'),
  /** The blocking script in <head> that applies the reader's theme before the first paint (public/theme.js). */
  themeScript: () => sitePath('/theme.js'),
  /** The list of the other ladders, published beside the primary one under /ladders/<id>/. */
  otherLadders: () => sitePath('/ladders/'),
  /** Where another ladder's items lived before every ladder had the same pages: now a redirect to its skill page. */
  formerOtherLadderItem: (ladder: string, item: string) => sitePath(`/ladders/${ladder}/${item}/`),
  favicon: () => sitePath('/favicon.svg'),
};

/** An absolute URL for citations and unfurls, from the site's configured public origin and a path under the base. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
