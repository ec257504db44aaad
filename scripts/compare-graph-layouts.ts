// Measures the three layered-layout libraries on the overview: crossings and time, on this ladder and a synthetic one.
import dagre from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import { graph as dagGraph, sugiyama, decrossTwoLayer, coordSimplex, coordCenter, type MutGraphNode } from 'd3-dag';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../src/lib/graph.ts';
import { countCrossings, layoutOverview, type LayeredInput, type LayeredOrder } from '../src/lib/graph-overview.ts';
import { buildLadderIndex } from '../src/lib/ladder-index.ts';
import { readContent } from '../test/helpers/read-content.ts';
import { writeSyntheticLadder } from './lib/synthetic-ladder.ts';

const layerStep = 40;
/** The x at which a polyline crosses each y, in order. */
function xsAt(points: { x: number; y: number }[], ys: number[]): number[] {
  return ys.map((y) => {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      if ((a.y - y) * (b.y - y) <= 0 && a.y !== b.y) return a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x);
    }
    return points.at(-1)!.x;
  });
}
const layerOfIn = (input: LayeredInput) => new Map(input.layers.flatMap((layer, i) => layer.map((n) => [n.id, i] as const)));

function byDagre(input: LayeredInput): LayeredOrder {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ ranker: 'none', nodesep: 16, edgesep: 12, ranksep: layerStep - 10 });
  g.setDefaultEdgeLabel(() => ({}));
  input.layers.forEach((layer, i) => layer.forEach((n) => g.setNode(n.id, { width: n.width, height: 10, rank: i * 2 })));
  input.edges.forEach((e, i) => g.setEdge(e.from, e.to, {}, String(i)));
  dagre.layout(g);
  const x = new Map(input.layers.flat().map((n) => [n.id, g.node(n.id).x]));
  // Dagre's y of each layer, from a node in it.
  const yOfLayer = input.layers.map((layer) => (layer.length > 0 ? g.node(layer[0].id).y : NaN));
  const layer = layerOfIn(input);
  const bends = input.edges.map((e, i) => {
    const ys: number[] = [];
    for (let k = layer.get(e.from)! + 1; k < layer.get(e.to)!; k++) ys.push(yOfLayer[k]);
    return xsAt(g.edge(e.from, e.to, String(i)).points, ys);
  });
  return { x, bends };
}

async function byElk(input: LayeredInput): Promise<LayeredOrder> {
  const elk = new ELK();
  const result = await elk.layout({
    id: 'root',
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
    children: input.layers.flatMap((layer, i) => layer.map((n) => ({ id: n.id, width: n.width, height: 10, layoutOptions: { 'elk.partitioning.partition': String(i) } }))),
    edges: input.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  });
  const nodes = new Map(result.children!.map((c) => [c.id, c]));
  const x = new Map([...nodes].map(([id, c]) => [id, c.x! + c.width! / 2]));
  const yOfLayer = input.layers.map((layer) => (layer.length > 0 ? nodes.get(layer[0].id)!.y! + 5 : NaN));
  const layer = layerOfIn(input);
  const bends = input.edges.map((e, i) => {
    const section = result.edges!.find((edge) => edge.id === `e${i}`)!.sections![0];
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    const ys: number[] = [];
    for (let k = layer.get(e.from)! + 1; k < layer.get(e.to)!; k++) ys.push(yOfLayer[k]);
    return xsAt(points, ys);
  });
  return { x, bends };
}

function byD3Dag(input: LayeredInput, big: boolean): LayeredOrder {
  const g = dagGraph<string, number>();
  const nodes = new Map<string, MutGraphNode<string, number>>();
  for (const layer of input.layers) for (const n of layer) nodes.set(n.id, g.node(n.id));
  input.edges.forEach((e, i) => g.link(nodes.get(e.from)!, nodes.get(e.to)!, i));
  const layer = layerOfIn(input);
  // d3-dag wants every layer used: empty levels are left out of its numbering.
  const used = [...new Set(layer.values())].sort((a, b) => a - b);
  const compact = new Map(used.map((k, i) => [k, i]));
  const layering = (dag: typeof g) => {
    for (const node of dag.nodes()) node.y = compact.get(layer.get(node.data)!)!;
    return used.length - 1;
  };
  const width = input.layers.flat()[0]?.width ?? 0;
  sugiyama()
    .layering(layering as never)
    .decross(decrossTwoLayer())
    .coord(big ? coordCenter() : coordSimplex())
    .nodeSize([width, 10])
    .gap([16, layerStep - 10])(g as never);
  const x = new Map([...nodes].map(([id, n]) => [id, n.x]));
  const bends: number[][] = new Array(input.edges.length);
  const yOfLayer = input.layers.map((l) => (l.length > 0 ? nodes.get(l[0].id)!.y : NaN));
  for (const link of g.links()) {
    const ys: number[] = [];
    for (let k = layer.get(link.source.data)! + 1; k < layer.get(link.target.data)!; k++) ys.push(yOfLayer[k] ?? NaN);
    bends[link.data] = xsAt(link.points.map(([px, py]) => ({ x: px, y: py })), ys);
  }
  return { x, bends };
}

const skills = 5000;
const synthetic = join(mkdtempSync(join(tmpdir(), 'rungs-compare-')), 'content');
writeSyntheticLadder(synthetic, skills);
const only = process.argv[2];
for (const [name, dir] of [['this ladder', 'content'], [`synthetic ${skills}`, synthetic]] as const) {
  if (only && !name.startsWith(only)) continue;
  const graph = buildGraph(buildLadderIndex(readContent(dir)));
  const big = graph.nodes.length > 1000;
  for (const [library, run] of [
    ['@dagrejs/dagre', async (i: LayeredInput) => byDagre(i)],
    ['elkjs', byElk],
    ['d3-dag', async (i: LayeredInput) => byD3Dag(i, big)],
  ] as const) {
    let captured: LayeredInput | undefined;
    layoutOverview(graph, (input) => {
      captured = input;
      return { x: new Map(input.layers.flat().map((n, i) => [n.id, i * 200])), bends: input.edges.map(() => []) };
    });
    let order: LayeredOrder;
    let start = performance.now();
    try {
      // Warm up once on this ladder (module load and JIT), then time the run a build would do.
      if (!big) await run(captured!);
      start = performance.now();
      order = await run(captured!);
    } catch (error) {
      console.log(`${name.padEnd(16)} ${library.padEnd(15)} failed: ${(error as Error).message.slice(0, 200)}`);
      continue;
    }
    const time = performance.now() - start;
    const overview = layoutOverview(graph, () => order);
    console.log(`${name.padEnd(16)} ${library.padEnd(15)} groups ${String(overview.groups.length).padEnd(5)} links ${String(overview.edges.length).padEnd(6)} crossings ${String(countCrossings(overview.edges.map((e) => e.points))).padEnd(7)} time ${time.toFixed(0)} ms  width ${overview.width.toFixed(0)}`);
  }
}
