/** The one place URLs are built. Every path ends in a slash, matching `trailingSlash: 'always'`. */
export const urls = {
  home: () => '/',
  about: () => '/about/',
  skills: () => '/skills/',
  level: (id: string) => `/levels/${id}/`,
  skillSet: (id: string) => `/skill-sets/${id}/`,
  skill: (id: string) => `/skills/${id}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  graph: (focus?: string) => (focus ? `/graph/?focus=${encodeURIComponent(focus)}` : '/graph/'),
  graphData: () => '/graph.json',
  comparisons: () => '/compare/',
  compare: (fromLevel: string, toLevel: string) => `/compare/${fromLevel}/${toLevel}/`,
  /** The packet builder; skill ids in the query make a shareable packet (never its notes). */
  packet: (skillIds: readonly string[] = []) =>
    skillIds.length > 0 ? `/packet/?skills=${skillIds.map(encodeURIComponent).join(',')}` : '/packet/',
  ladderJson: () => '/ladder.json',
  /** The blocking script in <head> that applies the reader's theme before the first paint (public/theme.js). */
  themeScript: () => '/theme.js',
  ladderCsv: () => '/ladder.csv',
  /** Reference ladders: other documents published beside the main ladder. */
  referenceLadders: () => '/ladders/',
  referenceLadder: (ladder: string) => `/ladders/${ladder}/`,
  referenceSkillSet: (ladder: string, skillSet: string) => `/ladders/${ladder}/#${skillSet}`,
  referenceSkill: (ladder: string, skill: string) => `/ladders/${ladder}/${skill}/`,
};

/** An absolute URL for citations and unfurls, from the site's configured public base. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
