import type { APIRoute } from 'astro';
import { changesSince } from '../lib/releases/changes-since.ts';
import { builtSiteIndex } from '../lib/routes/built-site-index.ts';

/** What changed in each skill since each release: the packet page reads it for a packet made against an older one. */
export const GET: APIRoute = async () => {
  const { releases, primary } = (await builtSiteIndex()).ladders;
  return new Response(JSON.stringify(changesSince(releases, primary.index.content)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
