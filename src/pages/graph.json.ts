import type { APIRoute } from 'astro';
import { builtSiteIndex } from '../lib/routes/built-site-index.ts';

/** The graph `/graph/` draws, for other tools; its shape is described in docs/search-and-graph.md#graph. */
export const GET: APIRoute = async () => {
  const { graph, overview, otherLadders } = (await builtSiteIndex()).graph;
  // "references" is the published name of the other ladders' part: tools read it.
  return new Response(JSON.stringify({ ...graph, overview, references: otherLadders }), {
    headers: { 'content-type': 'application/json' },
  });
};
