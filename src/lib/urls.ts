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
};

/** An absolute URL for citations and unfurls, from the site's configured public base. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
