import type { SiteContent } from '../content/site-content.ts';
import { buildSiteGraph, type SiteGraph } from '../graph/site-graph.ts';
import { buildSiteLadders, type SiteLadders } from '../ladder/site-ladders.ts';

/** The build-wide indexes every route's data is computed from: the ladders and the primary ladder's graph. */
export interface SiteIndex {
  ladders: SiteLadders;
  graph: SiteGraph;
}

export async function buildSiteIndex(content: SiteContent): Promise<SiteIndex> {
  const ladders = buildSiteLadders(content);
  return { ladders, graph: await buildSiteGraph(ladders) };
}
