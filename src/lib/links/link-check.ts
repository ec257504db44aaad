/** A built page: its URL path ("/skills/basic-sql/") and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'g');
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(attribute('id')), ...html.matchAll(attribute('name'))].map((m) => decode(m[1])));
}

/** The page a path points at, accepting the forms a static host serves: "/a/", "/a/index.html", "/a.html". */
function pageFor(pathname: string, pages: Map<string, BuiltPage>): BuiltPage | undefined {
  const path = decodeURIComponent(pathname);
  return pages.get(path) ?? pages.get(path.replace(/index\.html$/, '')) ?? pages.get(`${path}/`);
}

/**
 * Every internal link and fragment on the built pages that leads nowhere, and every placeholder link.
 * `assets` are the other files the build wrote (CSS, scripts, images), by URL path.
 */
export function findBrokenLinks(pages: BuiltPage[], assets: Set<string>): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const ids = new Map<string, Set<string>>();
  const idsFor = (page: BuiltPage) => {
    if (!ids.has(page.path)) ids.set(page.path, idsOf(page.html));
    return ids.get(page.path)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const links = [...page.html.matchAll(attribute('href')), ...page.html.matchAll(attribute('src'))].map((m) => decode(m[1]));
    for (const link of links) {
      if (link === '' || link === '#') {
        broken.push({ page: page.path, link, problem: 'is a placeholder: link somewhere real or render plain text' });
        continue;
      }
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue;
      const url = new URL(link, `https://site.invalid${page.path}`);
      const target = pageFor(url.pathname, byPath);
      if (!target) {
        if (!assets.has(decodeURIComponent(url.pathname))) broken.push({ page: page.path, link, problem: 'leads to no page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsFor(target).has(fragment)) {
        broken.push({ page: page.path, link, problem: `has no element with id "${fragment}" on ${target.path}` });
      }
    }
  }
  return broken;
}
