// The /graph/ page's script: zoom and pan, highlighting, selection, filters, find, ?focus= and the keyboard.
// The page already shows the settled graph without it; this only enhances the build-time drawing.
import 'd3-transition';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { urls } from '../lib/urls.ts';
import { readDrawing, svgRenderer, type Renderer } from './graph-drawing.ts';
import { canvasRenderer, prefersCanvas } from './graph-canvas.ts';
import { describeSkill, showDetails } from './graph-details.ts';
import { referenceLayer } from './graph-references.ts';
import { findSkill, nearestInDirection, neighbourhood, positionOf, visibility, type Direction, type Filters } from './graph-model.ts';

performance.mark('graph:start');
const root = document.querySelector<HTMLElement>('[data-graph]');
if (root) start(root);

function start(root: HTMLElement) {
  const svg = root.querySelector<SVGSVGElement>('[data-graph-svg]')!;
  const viewport = root.querySelector<HTMLElement>('[data-graph-viewport]')!;
  const details = root.querySelector<HTMLElement>('[data-graph-details]')!;
  const status = root.querySelector<HTMLElement>('[data-graph-status]')!;
  const controls = root.querySelector<HTMLElement>('[data-graph-controls]')!;
  const filterForm = controls.querySelector<HTMLFormElement>('[data-graph-filters]')!;
  const findForm = controls.querySelector<HTMLFormElement>('[data-graph-find]')!;
  const findInput = findForm.querySelector<HTMLInputElement>('input')!;
  const list = document.getElementById('graph-list');

  const drawing = readDrawing(svg);
  const { model } = drawing;
  const canvas = prefersCanvas(model);
  const renderer: Renderer = canvas ? canvasRenderer(drawing, viewport) : svgRenderer(drawing);
  // Live: follows the viewBox when the layer of other ladders widens it.
  const box = svg.viewBox.baseVal;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  let filters = readFilters();
  let visible = visibility(model, filters);
  let selected: string | null = null;
  let hovered: string | null = null;
  let transform: ZoomTransform = zoomIdentity;

  const render = () => {
    const lit = hovered ?? selected;
    renderer.show({ visible, lit: lit ? neighbourhood(model, lit, visible.edges) : null, selected });
  };

  // Zoom and pan, in the drawing's own viewBox units: d3-zoom reads the viewBox as its extent.
  const fitScale = () => Math.min(svg.clientWidth / box.width, svg.clientHeight / box.height) || 1;
  const pixelsPerUnit = () => transform.k * fitScale();
  // What the SVG shows, in viewBox units: its `xMidYMin meet` fits the viewBox and shows more of one axis, centred
  // across and from the top down.
  const shown = () => {
    const [width, height] = [svg.clientWidth / fitScale(), svg.clientHeight / fitScale()];
    return { x: box.x - (width - box.width) / 2, y: box.y, width, height, cx: box.x + box.width / 2, cy: box.y + height / 2 };
  };
  const panExtent = (): [[number, number], [number, number]] => [
    [box.x - box.width / 2, box.y - box.height / 2],
    [box.x + box.width * 1.5, box.y + box.height * 1.5],
  ];
  const zoomBehaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 24])
    .translateExtent(panExtent())
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      renderer.transform(transform, pixelsPerUnit());
    });
  const svgSelection = select(svg);
  svgSelection.call(zoomBehaviour);
  const moveTo = (next: ZoomTransform, animate: boolean) => {
    if (animate && !reducedMotion.matches) svgSelection.transition().duration(400).call(zoomBehaviour.transform, next);
    else svgSelection.call(zoomBehaviour.transform, next);
  };
  const fitAround = (keys: Iterable<string>): ZoomTransform => {
    const points = [...keys].map((key) => positionOf(model, key)).filter((p) => p !== undefined);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs) - 60, Math.max(...xs) + 60, Math.min(...ys) - 40, Math.max(...ys) + 50];
    const view = shown();
    const k = Math.max(1, Math.min(3, view.width / (x1 - x0), view.height / (y1 - y0)));
    return zoomIdentity
      .translate(view.cx, view.cy)
      .scale(k)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
  };
  const keepInView = (id: string) => {
    const node = model.node.get(id)!;
    const [x, y] = transform.apply([node.x, node.y]);
    const margin = 30;
    const view = shown();
    if (x < view.x + margin || x > view.x + view.width - margin || y < view.y + margin || y > view.y + view.height - margin) {
      moveTo(transform.translate((view.cx - x) / transform.k, (view.cy - y) / transform.k), true);
    }
  };

  // Hovering lights a skill's neighbourhood for as long as the pointer stays on it.
  const nodeIdAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a[data-node]')?.dataset.node : undefined);
  // Not while dragging: the pointer then pans, and what passes under it is not what the reader points at.
  svg.addEventListener('pointerover', (event) => {
    if (event.buttons !== 0) return;
    const id = nodeIdAt(event.target);
    if (id && id !== hovered) {
      hovered = id;
      render();
    }
  });
  svg.addEventListener('pointerout', (event) => {
    if (hovered && nodeIdAt(event.relatedTarget) !== hovered) {
      hovered = null;
      render();
    }
  });
  // A touch has no hover: the first tap on a skill selects it, lighting its links; a tap on the selected skill opens it.
  let pointerType = 'mouse';
  svg.addEventListener('pointerdown', (event) => (pointerType = event.pointerType), { capture: true });
  svg.addEventListener(
    'click',
    (event) => {
      const id = renderer.nodeAt?.(event) ?? nodeIdAt(event.target);
      if (pointerType !== 'touch' || !id || id === selected) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      selectSkill(id);
    },
    { capture: true },
  );
  renderer.onPointer?.((id) => {
    if (id !== hovered) {
      hovered = id;
      render();
    }
  });

  details.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
    if (!button) return;
    if (button.dataset.select) selectSkill(button.dataset.select, { zoom: true, focusViewport: true });
    else if ('clear' in button.dataset) selectSkill(null);
  });

  function selectSkill(id: string | null, options: { zoom?: boolean; animate?: boolean; focusViewport?: boolean } = {}) {
    selected = id;
    render();
    showDetails(details, model, id, visible.edges);
    history.replaceState(history.state, '', id ? urls.graph(id) : urls.graph());
    if (id) {
      if (options.zoom) moveTo(fitAround(neighbourhood(model, id, visible.edges).keys), options.animate ?? true);
      else keepInView(id);
      status.textContent = describeSkill(model, id, visible.edges);
      if (options.focusViewport) viewport.focus({ preventScroll: true });
    } else {
      status.textContent = 'Selection cleared.';
    }
  }

  // Filters: what they hide disappears from the drawing and from the list view alike.
  function readFilters(): Filters {
    const data = new FormData(filterForm);
    const values = (name: string) => new Set(data.getAll(name).map(String));
    return { tracks: values('track'), levels: values('level'), skillSet: String(data.get('skillSet') ?? ''), kinds: values('kind') };
  }
  function applyFilters() {
    filters = readFilters();
    visible = visibility(model, filters);
    references?.showOnly(visible.nodes);
    if (selected && !visible.nodes.has(selected)) selectSkill(null);
    else showDetails(details, model, selected, visible.edges);
    render();
    if (list) {
      for (const item of list.querySelectorAll<HTMLElement>('[data-node]')) item.hidden = !visible.nodes.has(item.dataset.node!);
      for (const item of list.querySelectorAll<HTMLElement>('[data-skill-set]')) item.hidden = !visible.skillSets.has(item.dataset.skillSet!);
      for (const item of list.querySelectorAll<HTMLElement>('section[data-level]')) item.hidden = !visible.levels.has(item.dataset.level!);
      for (const item of list.querySelectorAll<HTMLElement>('[data-kind]')) item.hidden = item.dataset.kind !== 'unresolved' && !filters.kinds.has(item.dataset.kind!);
    }
    status.textContent = `Showing ${visible.nodes.size} of ${model.nodes.length} skills and ${visible.edges.size} of ${model.edges.length} links.`;
  }
  filterForm.addEventListener('change', applyFilters);
  filterForm.addEventListener('reset', () => setTimeout(applyFilters));

  // Find: a title from the list selects at once; anything else on Show, by title or part of one.
  const showFound = (query: string, exactOnly: boolean) => {
    const node = findSkill(model.nodes, query);
    if (!node || (exactOnly && node.title.toLocaleLowerCase('en') !== query.trim().toLocaleLowerCase('en'))) return false;
    if (!visible.nodes.has(node.id)) {
      filterForm.reset();
      applyFilters();
    }
    selectSkill(node.id, { zoom: true });
    return true;
  };
  findInput.addEventListener('input', () => showFound(findInput.value, true));
  findForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (showFound(findInput.value, false)) viewport.focus({ preventScroll: true });
    else status.textContent = `No skill matches “${findInput.value}”.`;
  });

  // Zoom buttons and keys.
  const zoomBy = (factor: number) => svgSelection.transition().duration(reducedMotion.matches ? 0 : 250).call(zoomBehaviour.scaleBy, factor);
  controls.querySelector('[data-zoom="in"]')!.addEventListener('click', () => zoomBy(1.6));
  controls.querySelector('[data-zoom="out"]')!.addEventListener('click', () => zoomBy(1 / 1.6));
  controls.querySelector('[data-zoom="fit"]')!.addEventListener('click', () => moveTo(zoomIdentity, true));

  // The keyboard: the drawing is one stop in the tab order; arrow keys walk from skill to skill.
  const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
  const nearestToCentre = () => {
    const view = shown();
    const [cx, cy] = transform.invert([view.cx, view.cy]);
    let best: string | null = null;
    let distance = Infinity;
    for (const id of visible.nodes) {
      const node = model.node.get(id)!;
      const d = (node.x - cx) ** 2 + (node.y - cy) ** 2;
      if (d < distance) [best, distance] = [id, d];
    }
    return best;
  };
  viewport.tabIndex = 0;
  viewport.setAttribute('role', 'application');
  viewport.setAttribute('aria-roledescription', 'graph');
  viewport.setAttribute('aria-label', 'Skill graph');
  viewport.setAttribute('aria-describedby', 'graph-keys');
  viewport.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = arrows[event.key];
    if (direction) {
      const from = selected && visible.nodes.has(selected) ? model.node.get(selected)! : undefined;
      const next = from ? nearestInDirection([...visible.nodes].map((id) => model.node.get(id)!), from, direction)?.id : nearestToCentre();
      if (next) selectSkill(next);
    } else if (event.key === 'Enter' && selected) location.assign(model.node.get(selected)!.url);
    else if (event.key === 'Escape' && selected) selectSkill(null);
    else if (event.key === '+' || event.key === '=') zoomBy(1.6);
    else if (event.key === '-') zoomBy(1 / 1.6);
    else if (event.key === '0') moveTo(zoomIdentity, true);
    else return;
    event.preventDefault();
  });

  // The other ladders: an optional layer, off until its box is ticked.
  const references = referenceLayer({
    svg,
    toggle: controls.querySelector<HTMLInputElement>('[data-graph-references-toggle]'),
    note: controls.querySelector<HTMLElement>('[data-graph-references-note]'),
    list: list?.querySelector<HTMLElement>('[data-graph-list-references]') ?? null,
    legend: root.querySelector<HTMLElement>('[data-graph-legend-similar]'),
    status,
    canvas,
    onExtent: () => {
      zoomBehaviour.translateExtent(panExtent());
      moveTo(zoomIdentity, false);
    },
  });

  root.classList.add('is-interactive');
  renderer.transform(transform, pixelsPerUnit());
  const focus = new URLSearchParams(location.search).get('focus');
  const focused = focus ? (model.node.get(focus) ?? model.nodes.find((n) => n.aliases.includes(focus))) : undefined;
  if (focused) selectSkill(focused.id, { zoom: true, animate: false });
  else if (focus) status.textContent = `No skill “${focus}” in the graph.`;
  render();
  performance.mark('graph:ready');
  performance.measure('graph:script', 'graph:start', 'graph:ready');
}
