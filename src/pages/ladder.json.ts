import type { APIRoute } from 'astro';
import { ladderExport } from '../lib/export/ladder-export.ts';
import { siteLadder } from '../lib/ladder/site-ladder.ts';

/** The whole ladder as data, in the shape documented in the README ("Exports"); the packet builder reads it too. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(ladderExport(await siteLadder(), site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
