import type { APIRoute } from 'astro';
import { ladderCsv } from '../lib/export/ladder-export.ts';
import { builtSiteIndex } from '../lib/routes/built-site-index.ts';

/** One row per skill, for spreadsheets; columns are documented in docs/search-and-graph.md#exports. */
export const GET: APIRoute = async ({ site }) =>
  new Response(ladderCsv((await builtSiteIndex()).ladders.primary.index, site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
