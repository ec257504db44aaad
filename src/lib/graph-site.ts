import { buildGraph, edgesByEnd, type GraphEdge } from './graph.ts';
import { layoutGraph, type GraphLayout } from './graph-layout.ts';
import { localGraphs, type LocalGraph } from './graph-local.ts';
import { placeReferences, type PlacedReference } from './graph-references.ts';
import type { Similar } from './crosswalk.ts';
import { mainLadderId, referenceLadders, siteLadder, similarInOtherLadders } from './site-ladder.ts';

export interface SiteGraph {
  layout: GraphLayout;
  /** The other ladders: an optional layer placed beside `layout`, whose coordinates it leaves as they are. */
  references: PlacedReference[];
  /** The edges from and to a skill. */
  edgesOf(skillId: string): GraphEdge[];
  localGraphOf(skillId: string): LocalGraph;
}

let built: Promise<SiteGraph> | undefined;

/** The ladder's graph, laid out once per build and shared by `/graph/`, `/graph.json` and every skill page. */
export function siteGraph(): Promise<SiteGraph> {
  built ??= Promise.all([siteLadder(), referenceLadders()]).then(async ([ladder, referenceList]) => {
    const layout = layoutGraph(buildGraph(ladder));
    const byEnd = edgesByEnd(layout.edges);
    const edgesOf = (skillId: string) => byEnd.get(`skill:${skillId}`) ?? [];
    const local = localGraphs(layout);
    const similar = new Map<string, Similar[]>();
    for (const { id, index } of referenceList) {
      for (const skill of index.content.skills) similar.set(`${id}/${skill.id}`, await similarInOtherLadders(id, skill.id));
    }
    const references = placeReferences(layout, referenceList, (ladderId, skillId) => similar.get(`${ladderId}/${skillId}`) ?? [], mainLadderId);
    return { layout, references, edgesOf, localGraphOf: (skillId) => local(skillId, edgesOf(skillId)) };
  });
  return built;
}
