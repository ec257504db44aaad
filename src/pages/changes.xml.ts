import type { APIRoute } from 'astro';
import { changesFeed } from '../lib/releases/feed.ts';
import { primaryLadderId } from '../lib/ladder/published-ladder.ts';
import { siteChangeLog, siteLadder } from '../lib/ladder/site-ladder.ts';
import { absoluteUrl, urls } from '../lib/links/urls.ts';

/** The change log as Atom. Links are absolute only when the site's address (RUNGS_SITE) is known; else site paths. */
export const GET: APIRoute = async ({ site }) => {
  const address = (path: string) => (site ? absoluteUrl(path, site) : path);
  const xml = changesFeed(await siteChangeLog(), {
    ladderTitle: (await siteLadder()).content.ladder.data.title,
    ladderId: primaryLadderId,
    pageUrl: address(urls.changes()),
    feedUrl: address(urls.changesFeed()),
    entryUrl: (id) => address(urls.changes(id)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
