import type { APIRoute } from 'astro';
import { changesSince } from '../lib/releases/changes-since.ts';
import { siteLadder, siteReleases } from '../lib/ladder/site-ladder.ts';

/** What changed in each skill since each release: the packet page reads it for a packet made against an older one. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(changesSince(await siteReleases(), (await siteLadder()).content)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
