import ELK, { type ElkExtendedEdge } from 'elkjs/lib/elk.bundled.js';
import type { LayeredInput, LayeredOrder, Point } from './overview.ts';

/** Where a polyline crosses each height, in order: the x of a link as it passes a layer. */
function xsAt(points: Point[], ys: number[]): number[] {
  return ys.map((y) => {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      if ((a.y - y) * (b.y - y) <= 0 && a.y !== b.y) return a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x);
    }
    return points.at(-1)!.x;
  });
}

/**
 * Orders each layer's groups, and the links passing through it, to keep links from crossing: ELK's layered algorithm,
 * each layer pinned to its level by partitioning. Chosen by measurement against dagre and d3-dag (docs/search-and-graph.md#graph).
 * Deterministic: ELK seeds its random source with a constant.
 */
export async function orderLayers(input: LayeredInput): Promise<LayeredOrder> {
  const height = 10;
  const result = await new ELK().layout({
    id: 'overview',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '30',
      'elk.spacing.edgeNode': '8',
      'elk.spacing.edgeEdge': '8',
      'elk.edgeRouting': 'POLYLINE',
    },
    children: input.layers.flatMap((layer, index) =>
      layer.map((group) => ({
        id: group.id,
        width: group.width,
        height,
        layoutOptions: { 'elk.partitioning.partition': String(index) },
      })),
    ),
    edges: input.edges.map((edge, index) => ({ id: `link-${index}`, sources: [edge.from], targets: [edge.to] })),
  });
  const placed = new Map((result.children ?? []).map((child) => [child.id, child]));
  const x = new Map([...placed].map(([id, child]) => [id, child.x! + child.width! / 2]));
  const layerOf = new Map(input.layers.flatMap((layer, index) => layer.map((group) => [group.id, index] as const)));
  const middleOf = input.layers.map((layer) => (layer.length > 0 ? placed.get(layer[0].id)!.y! + height / 2 : NaN));
  const sections = new Map(((result.edges ?? []) as ElkExtendedEdge[]).map((edge) => [edge.id, edge.sections?.[0]]));
  const bends = input.edges.map((edge, index) => {
    const section = sections.get(`link-${index}`);
    if (!section) return [];
    const ys: number[] = [];
    for (let layer = layerOf.get(edge.from)! + 1; layer < layerOf.get(edge.to)!; layer++) ys.push(middleOf[layer]);
    return xsAt([section.startPoint, ...(section.bendPoints ?? []), section.endPoint], ys);
  });
  return { x, bends };
}
