import type { APIRoute } from 'astro';
import { ladderExport } from '../lib/export/ladder-export.ts';
import { builtSiteIndex } from '../lib/routes/built-site-index.ts';

/** The whole ladder as data, in the shape documented in docs/search-and-graph.md#exports; the packet builder reads it too. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(ladderExport((await builtSiteIndex()).ladders.primary.index, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
