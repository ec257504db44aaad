// The optional layer of other ladders on /graph/: hidden until the "Other ladders" box is ticked, then drawn beside the
// main ladder with `similar` links to its skills. The layer is not part of the graph model: filters, find and the
// keyboard keep to the main ladder; reference items are plain links to their pages.

export interface ReferenceLayer {
  /** Hides the similar links whose main-ladder skill the filters hide. */
  showOnly(nodes: Set<string>): void;
}

interface Options {
  svg: SVGSVGElement;
  toggle: HTMLInputElement | null;
  /** Where the toggle explains itself when the layer cannot be drawn. */
  note: HTMLElement | null;
  list: HTMLElement | null;
  legend: HTMLElement | null;
  status: HTMLElement;
  /** The drawing's canvas renderer does not draw the layer; the toggle is then disabled. */
  canvas: boolean;
  /** Called after the drawing's viewBox changed, to reset zoom and pan to the new extent. */
  onExtent(): void;
}

export function referenceLayer({ svg, toggle, note, list, legend, status, canvas, onExtent }: Options): ReferenceLayer | undefined {
  const wideViewBox = svg.dataset.referencesViewBox;
  if (!toggle || !wideViewBox) return undefined;
  const mainViewBox = svg.getAttribute('viewBox')!;
  const edges = [...svg.querySelectorAll<SVGLineElement>('.graph-similar-edges line[data-kind="similar"]')];
  const items = [...svg.querySelectorAll<SVGAElement>('a[data-reference-node]')];
  const mainNode = (key: string) => svg.querySelector<SVGAElement>(`.graph-nodes a[data-node="${CSS.escape(key.slice('skill:'.length))}"]`);

  if (canvas) {
    toggle.checked = false;
    toggle.disabled = true;
    if (note) note.hidden = false;
    return undefined;
  }

  const apply = (announce: boolean) => {
    const on = toggle.checked;
    svg.classList.toggle('show-references', on);
    svg.setAttribute('viewBox', on ? wideViewBox : mainViewBox);
    if (list) list.hidden = !on;
    if (legend) legend.hidden = !on;
    onExtent();
    if (announce) status.textContent = on ? `Showing ${items.length} items of other ladders, linked to similar skills.` : 'Other ladders hidden.';
  };
  toggle.addEventListener('change', () => apply(true));
  apply(false);

  // Pointing at an item lights its similar links and the skills they lead to.
  let lit: Element[] = [];
  const light = (item: SVGAElement | null) => {
    for (const element of lit) element.classList.remove('lit-similar');
    lit = [];
    if (item) {
      const { reference, referenceNode } = item.dataset;
      lit.push(item);
      for (const edge of edges) {
        if (edge.dataset.reference !== reference || edge.dataset.from !== referenceNode) continue;
        lit.push(edge);
        const target = mainNode(edge.dataset.to!);
        if (target) lit.push(target);
      }
      for (const element of lit) element.classList.add('lit-similar');
    }
    svg.classList.toggle('is-lit-reference', item !== null);
  };
  const itemAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a[data-reference-node]') : null);
  svg.addEventListener('pointerover', (event) => {
    const item = itemAt(event.target);
    if (item && event.buttons === 0) light(item);
  });
  svg.addEventListener('pointerout', (event) => {
    if (lit.length > 0 && itemAt(event.relatedTarget) !== lit[0]) light(null);
  });

  return {
    showOnly(nodes) {
      for (const edge of edges) edge.classList.toggle('filtered', !nodes.has(edge.dataset.to!.slice('skill:'.length)));
    },
  };
}
