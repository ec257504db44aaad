import type { APIRoute } from 'astro';
import { siteGraph } from '../lib/graph/site-graph.ts';

/** The graph `/graph/` draws, for other tools; its shape is described in the README's "Graph" section. */
export const GET: APIRoute = async () => {
  const { graph, overview, references } = await siteGraph();
  return new Response(JSON.stringify({ ...graph, overview, references }), { headers: { 'content-type': 'application/json' } });
};
