import type { APIRoute } from 'astro';
import { ladderCsv } from '../lib/export/ladder-export.ts';
import { siteLadder } from '../lib/ladder/site-ladder.ts';

/** One row per skill, for spreadsheets; columns are documented in the README ("Exports"). */
export const GET: APIRoute = async ({ site }) =>
  new Response(ladderCsv(await siteLadder(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
