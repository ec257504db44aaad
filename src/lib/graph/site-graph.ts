import { buildGraph, edgesByEnd, type GraphEdge, type LadderGraph } from './graph.ts';
import { localGraphs, type LocalGraph } from './local.ts';
import { orderLayers } from './order.ts';
import { layoutOverview, type Overview } from './overview.ts';
import { referenceLinks, type ReferenceLadderLinks } from './references.ts';
import type { Similar } from '../ladder/crosswalk.ts';
import { primaryLadderId } from '../ladder/published-ladder.ts';
import { referenceLadders, siteLadder, similarInOtherLadders } from '../ladder/site-ladder.ts';

export interface SiteGraph {
  graph: LadderGraph;
  /** The default view of `/graph/`: levels as layers, skill sets as groups. */
  overview: Overview;
  /** The other ladders, each item with the main-ladder skills most like it. */
  references: ReferenceLadderLinks[];
  /** The edges from and to a skill. */
  edgesOf(skillId: string): GraphEdge[];
  localGraphOf(skillId: string): LocalGraph;
}

let built: Promise<SiteGraph> | undefined;

/** The ladder's graph, laid out once per build and shared by `/graph/`, `/graph.json` and every skill page. */
export function siteGraph(): Promise<SiteGraph> {
  built ??= Promise.all([siteLadder(), referenceLadders()]).then(async ([ladder, referenceList]) => {
    const graph = buildGraph(ladder);
    const similar = new Map<string, Similar[]>();
    for (const { id, index } of referenceList) {
      for (const skill of index.content.skills) similar.set(`${id}/${skill.id}`, await similarInOtherLadders(id, skill.id));
    }
    const skills = new Set(graph.nodes.map((node) => node.id));
    const references = referenceLinks(skills, referenceList, (ladderId, skillId) => similar.get(`${ladderId}/${skillId}`) ?? [], primaryLadderId);
    const overview = await layoutOverview(graph, orderLayers);
    const byEnd = edgesByEnd(graph.edges);
    const edgesOf = (skillId: string) => byEnd.get(`skill:${skillId}`) ?? [];
    const local = localGraphs(graph);
    return { graph, overview, references, edgesOf, localGraphOf: (skillId) => local(skillId, edgesOf(skillId)) };
  });
  return built;
}
