import { startTagsOf, type StartTag } from '../html/read-html.ts';
import { schemeOf } from '../markdown/url.ts';

/** A built page as the link check reads it: its URL path ("/skills/basic-sql/"), its links and its fragments. */
export interface BuiltPage extends PageLinks {
  path: string;
}

export interface PageLinks {
  /** Every href, then every src, as the browser reads them (entities decoded). */
  links: string[];
  /** What a #fragment can lead to: every id, and the name of each <a name>. */
  fragments: Set<string>;
}

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

/** The links and fragment targets of a page's HTML (or of its start tags, when they are already read). */
export function pageLinks(page: string | StartTag[]): PageLinks {
  const hrefs: string[] = [];
  const sources: string[] = [];
  const fragments = new Set<string>();
  for (const { name, attributes } of typeof page === 'string' ? startTagsOf(page) : page) {
    if (attributes.href !== undefined) hrefs.push(attributes.href);
    if (attributes.src !== undefined) sources.push(attributes.src);
    if (attributes.id !== undefined) fragments.add(attributes.id);
    if (name === 'a' && attributes.name !== undefined) fragments.add(attributes.name);
  }
  return { links: [...hrefs, ...sources], fragments };
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
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      if (link === '' || link === '#') {
        broken.push({ page: page.path, link, problem: 'is a placeholder: link somewhere real or render plain text' });
        continue;
      }
      if (schemeOf(link) || link.startsWith('//')) continue;
      const url = new URL(link, `https://site.invalid${page.path}`);
      const target = pageFor(url.pathname, byPath);
      if (!target) {
        if (!assets.has(decodeURIComponent(url.pathname)))
          broken.push({ page: page.path, link, problem: 'leads to no page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.fragments.has(fragment)) {
        broken.push({ page: page.path, link, problem: `has no element with id "${fragment}" on ${target.path}` });
      }
    }
  }
  return broken;
}
