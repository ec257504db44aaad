import type { APIRoute } from 'astro';
import { siteGraph } from '../lib/graph-site.ts';

/** The laid-out graph `/graph/` draws, for other tools; its shape is described in the README's "Graph" section. */
export const GET: APIRoute = async () => {
  const { layout } = await siteGraph();
  return new Response(JSON.stringify(layout), { headers: { 'content-type': 'application/json' } });
};
