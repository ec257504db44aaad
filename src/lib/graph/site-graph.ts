import {
  buildGraph,
  describeTargets,
  edgesByEnd,
  type EdgeTarget,
  type GraphEdge,
  type LadderGraph,
  type TargetDescription,
} from './graph.ts';
import { localGraphs, type LocalGraph } from './local.ts';
import { orderLayers } from './order.ts';
import { otherLadderLinks, type OtherLadderLinks } from './other-ladders.ts';
import { layoutOverview, type Overview } from './overview.ts';
import type { SiteLadders } from '../ladder/site-ladders.ts';

/** The primary ladder's graph, laid out once per build and shared by `/graph/`, `/graph.json` and every skill page. */
export interface SiteGraph {
  graph: LadderGraph;
  /** The default view of `/graph/`: levels as layers, skill sets as groups. */
  overview: Overview;
  /** The other ladders, each item with the primary-ladder skills most like it. */
  otherLadders: OtherLadderLinks[];
  /** The edges from and to a skill. */
  edgesOf(skillId: string): GraphEdge[];
  localGraphOf(skillId: string): LocalGraph;
  /** The title, page and place of a link's target. */
  describe(target: EdgeTarget): TargetDescription;
}

export async function buildSiteGraph(site: SiteLadders): Promise<SiteGraph> {
  const graph = buildGraph(site.primary.index);
  const skills = new Set(graph.nodes.map((node) => node.id));
  const otherLadders = otherLadderLinks(skills, site.others, site.similar);
  const overview = await layoutOverview(graph, orderLayers);
  const byEnd = edgesByEnd(graph.edges);
  const edgesOf = (skillId: string) => byEnd.get(`skill:${skillId}`) ?? [];
  const local = localGraphs(graph);
  return {
    graph,
    overview,
    otherLadders,
    edgesOf,
    localGraphOf: (skillId) => local(skillId, edgesOf(skillId)),
    describe: describeTargets(graph),
  };
}
