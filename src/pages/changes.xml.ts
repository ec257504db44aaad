import type { APIRoute } from 'astro';
import { changesFeed } from '../lib/releases/feed.ts';
import { absoluteUrl, urls } from '../lib/links/urls.ts';
import { builtSiteIndex } from '../lib/routes/built-site-index.ts';

/** The change log as Atom. Links are absolute only when the site's address (RUNGS_SITE) is known; else site paths. */
export const GET: APIRoute = async ({ site }) => {
  const { changeLog, primary } = (await builtSiteIndex()).ladders;
  const address = (path: string) => (site ? absoluteUrl(path, site) : path);
  const xml = changesFeed(changeLog, {
    ladderTitle: primary.index.content.ladder.data.title,
    ladderId: primary.id,
    pageUrl: address(urls.changes()),
    feedUrl: address(urls.changesFeed()),
    entryUrl: (id) => address(urls.changes(id)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
