import { buildGraph, edgesByEnd, type GraphEdge } from './graph.ts';
import { layoutGraph, type GraphLayout } from './graph-layout.ts';
import { localGraphs, type LocalGraph } from './graph-local.ts';
import { siteLadder } from './site-ladder.ts';

export interface SiteGraph {
  layout: GraphLayout;
  /** The edges from and to a skill. */
  edgesOf(skillId: string): GraphEdge[];
  localGraphOf(skillId: string): LocalGraph;
}

let built: Promise<SiteGraph> | undefined;

/** The ladder's graph, laid out once per build and shared by `/graph/`, `/graph.json` and every skill page. */
export function siteGraph(): Promise<SiteGraph> {
  built ??= siteLadder().then((ladder) => {
    const layout = layoutGraph(buildGraph(ladder));
    const byEnd = edgesByEnd(layout.edges);
    const edgesOf = (skillId: string) => byEnd.get(`skill:${skillId}`) ?? [];
    const local = localGraphs(layout);
    return { layout, edgesOf, localGraphOf: (skillId) => local(skillId, edgesOf(skillId)) };
  });
  return built;
}
