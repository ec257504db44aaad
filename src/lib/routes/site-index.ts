import type { SiteContent } from '../content/site-content.ts';
import { buildSiteGraph, type SiteGraph } from '../graph/site-graph.ts';
import { buildSiteLadders, type SiteLadders } from '../ladder/site-ladders.ts';

/** A maintainers' guide (content/pages/guides/<id>.mdx) as the footer links it. */
export interface GuideLink {
  title: string;
  href: string;
}

/** The build-wide indexes every route's data is computed from: the ladders, the primary ladder's graph, the guides. */
export interface SiteIndex {
  ladders: SiteLadders;
  graph: SiteGraph;
  guides: GuideLink[];
}

export async function buildSiteIndex(content: SiteContent, guides: GuideLink[] = []): Promise<SiteIndex> {
  const ladders = buildSiteLadders(content);
  return { ladders, graph: await buildSiteGraph(ladders), guides };
}
