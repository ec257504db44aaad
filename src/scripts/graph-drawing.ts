import type { EdgeKind } from '../lib/graph.ts';
import { buildModel, labelOffset, placeLabels, type GraphModel, type ModelEdge, type ModelGroup, type ModelNode, type Neighbourhood, type Visibility } from './graph-model.ts';

/** What the page wants shown: what the filters leave, what is lit up, and the selected skill. */
export interface View {
  visible: Visibility;
  lit: Neighbourhood | null;
  selected: string | null;
}

/** Draws views of the graph; the SVG built at build time, or a canvas for graphs too big for SVG to pan smoothly. */
export interface Renderer {
  show(view: View): void;
  /** The zoom transform, in the drawing's viewBox units, and how many screen pixels one of those units now spans. */
  transform(transform: { x: number; y: number; k: number; toString(): string }, pixelsPerUnit: number): void;
  /** For renderers that find the skill under the pointer themselves: reports it as the pointer moves. */
  onPointer?(listener: (id: string | null) => void): void;
  /** The skill under a pointer event, for renderers whose skills are not elements. */
  nodeAt?(event: Event): string | undefined;
}

export interface Drawing {
  svg: SVGSVGElement;
  world: SVGGElement;
  model: GraphModel;
  nodeElement: Map<string, SVGAElement>;
  edgeElement: Map<ModelEdge, SVGLineElement>;
  groupElement: Map<string, SVGGElement>;
}

const number = (element: Element, name: string) => Number(element.getAttribute(name));

/** Skill titles stay 11 to 14 pixels tall on screen at any zoom; this is their size in the drawing's units. */
export const labelSize = (pixelsPerUnit: number) => Math.min(Math.max(9, 11 / pixelsPerUnit), 14 / pixelsPerUnit);

/** Every title shows once skills are far enough apart for titles to stop overlapping; before that, only lit ones. */
export const allLabelsShown = (pixelsPerUnit: number) => 9 * pixelsPerUnit >= 13;

/** Reads the graph back from the SVG the build drew, so the page carries its data once. */
export function readDrawing(svg: SVGSVGElement): Drawing {
  const world = svg.querySelector<SVGGElement>('[data-graph-world]')!;
  const nodeElement = new Map<string, SVGAElement>();
  const nodes: ModelNode[] = [];
  for (const element of svg.querySelectorAll<SVGAElement>('a[data-node]')) {
    const circle = element.querySelector('circle')!;
    const { node: id, level, skillSet, track, aliases } = element.dataset as Record<string, string>;
    nodes.push({
      id,
      key: `skill:${id}`,
      title: element.querySelector('text')!.textContent ?? id,
      url: element.getAttribute('href')!,
      level,
      skillSet,
      track,
      tone: [...element.classList].find((name) => name.startsWith('tone-')) ?? '',
      aliases: aliases ? aliases.split(' ') : [],
      x: number(circle, 'cx'),
      y: number(circle, 'cy'),
      r: number(circle, 'r'),
    });
    nodeElement.set(id, element);
  }
  const groupElement = new Map<string, SVGGElement>();
  const groups: ModelGroup[] = [];
  const levelTrack = new Map<string, string>();
  for (const element of svg.querySelectorAll<SVGGElement>('g[data-skill-set], g.graph-level')) {
    const rect = element.querySelector('rect')!;
    const { skillSet, level, title, url, track } = element.dataset as Record<string, string>;
    const key = skillSet ? `skillSet:${skillSet}` : `level:${level}`;
    if (!skillSet) levelTrack.set(level, track);
    const box = { x: number(rect, 'x'), y: number(rect, 'y'), width: number(rect, 'width'), height: number(rect, 'height') };
    const anchor = element.querySelector('text')!;
    groups.push({ key, id: skillSet ?? level, title, url, level, x: box.x + box.width / 2, y: number(anchor, 'y'), box });
    groupElement.set(key, element);
  }
  const edgeElement = new Map<ModelEdge, SVGLineElement>();
  const edges: ModelEdge[] = [];
  for (const element of svg.querySelectorAll<SVGLineElement>('.graph-edges line[data-kind]')) {
    const { from, to, kind } = element.dataset as Record<string, string>;
    const edge = { from, to, kind: kind as EdgeKind, x1: number(element, 'x1'), y1: number(element, 'y1'), x2: number(element, 'x2'), y2: number(element, 'y2') };
    edges.push(edge);
    edgeElement.set(edge, element);
  }
  return { svg, world, model: buildModel(nodes, edges, groups, levelTrack), nodeElement, edgeElement, groupElement };
}

/** Updates the build-time SVG in place, touching only the elements whose state changes. */
export function svgRenderer(drawing: Drawing): Renderer {
  const { svg, world, model, nodeElement, edgeElement, groupElement } = drawing;
  let shownVisibility: Visibility | undefined;
  let litElements: Element[] = [];
  let selectedElement: Element | undefined;
  let size = 9;
  let placed: { text: SVGTextElement; x: string; y: string }[] = [];
  let shownLit: Neighbourhood | null = null;

  // Lit titles may crowd each other: each goes below its circle, else above, right or left of it, else is left out.
  const placeLitLabels = (lit: Neighbourhood | null) => {
    shownLit = lit;
    for (const { text, x, y } of placed) {
      text.setAttribute('x', x);
      text.setAttribute('y', y);
      text.classList.remove('crowded');
    }
    placed = [];
    if (!lit) return;
    const ids = [...lit.keys].filter((key) => key.startsWith('skill:')).map((key) => key.slice(6));
    const texts = new Map(ids.map((id) => [id, nodeElement.get(id)!.querySelector('text')!]));
    const labels = ids.map((id) => {
      const { x, y, r } = model.node.get(id)!;
      return { id, x, y, r, width: texts.get(id)!.getComputedTextLength(), height: size };
    });
    for (const [id, place] of placeLabels(labels)) {
      if (place === 'below') continue;
      const text = texts.get(id)!;
      const node = model.node.get(id)!;
      placed.push({ text, x: text.getAttribute('x')!, y: text.getAttribute('y')! });
      if (place === 'hidden') {
        text.classList.add('crowded');
        continue;
      }
      // Titles are drawn centred; a title beside its circle is placed by its centre too.
      const width = labels.find((label) => label.id === id)!.width;
      const { dx, dy } = labelOffset(place, node.r, width, size);
      text.setAttribute('x', String(node.x + dx + width / 2));
      text.setAttribute('y', String(node.y + dy));
    }
  };

  return {
    show(view) {
      if (view.visible !== shownVisibility) {
        shownVisibility = view.visible;
        for (const [id, element] of nodeElement) element.classList.toggle('filtered', !view.visible.nodes.has(id));
        for (const [edge, element] of edgeElement) element.classList.toggle('filtered', !view.visible.edges.has(edge));
        for (const [key, element] of groupElement) {
          const [kind, id] = key.split(':');
          element.classList.toggle('filtered', !(kind === 'skillSet' ? view.visible.skillSets : view.visible.levels).has(id));
        }
      }
      for (const element of litElements) element.classList.remove('lit');
      litElements = [];
      if (view.lit) {
        for (const key of view.lit.keys) {
          const element = key.startsWith('skill:') ? nodeElement.get(key.slice(6)) : groupElement.get(key);
          if (element) litElements.push(element);
        }
        for (const edge of view.lit.edges) litElements.push(edgeElement.get(edge)!);
        for (const element of litElements) element.classList.add('lit');
      }
      svg.classList.toggle('is-lit', view.lit !== null);
      placeLitLabels(view.lit);
      selectedElement?.classList.remove('selected');
      selectedElement = view.selected ? nodeElement.get(view.selected) : undefined;
      selectedElement?.classList.add('selected');
      // Painted last, the selected skill stays on top of its neighbours.
      if (selectedElement) selectedElement.parentNode!.appendChild(selectedElement);
    },
    transform(transform, pixelsPerUnit) {
      world.setAttribute('transform', transform.toString());
      svg.classList.toggle('show-labels', allLabelsShown(pixelsPerUnit));
      size = Number(labelSize(pixelsPerUnit).toFixed(2));
      svg.style.setProperty('--graph-label-size', `${size}px`);
      // Titles change size with the zoom, so lit ones are placed again.
      if (shownLit) placeLitLabels(shownLit);
    },
  };
}
