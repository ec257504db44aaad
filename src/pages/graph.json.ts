import type { APIRoute } from 'astro';
import { siteGraph } from '../lib/graph-site.ts';

/** The laid-out graph `/graph/` draws, for other tools; its shape is described in the README's "Graph" section. */
export const GET: APIRoute = async () => {
  const { layout, references } = await siteGraph();
  return new Response(JSON.stringify({ ...layout, references }), { headers: { 'content-type': 'application/json' } });
};
