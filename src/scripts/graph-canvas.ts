import { pointer } from 'd3-selection';
import { allLabelsShown, labelSize, type Drawing, type Renderer, type View } from './graph-drawing.ts';
import { groupBy, labelOffset, placeLabels, type GraphModel, type ModelEdge, type ModelNode, type Visibility } from './graph-model.ts';

/**
 * Above this many drawn elements, panning the SVG repaints too much to hold 30 frames a second in a software-rendered
 * browser (see the README's benchmark), so the page draws on a canvas instead; the SVG stays as the no-script fallback.
 */
const canvasThreshold = 2500;

export const prefersCanvas = (model: GraphModel) => model.nodes.length + model.edges.length > canvasThreshold;

interface Stroke {
  colour: string;
  width: number;
  dash: number[];
  opacity: number;
}

/** The drawing's colours and strokes as the stylesheet resolves them now, so the canvas follows light and dark mode. */
function readStyles(drawing: Drawing) {
  const strokeOf = (element: Element): Stroke => {
    const style = getComputedStyle(element);
    const dash = style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[ ,]+/).map(parseFloat);
    return { colour: style.stroke, width: parseFloat(style.strokeWidth), dash, opacity: parseFloat(style.opacity) };
  };
  const edges = new Map<string, Stroke>();
  for (const [edge, element] of drawing.edgeElement) if (!edges.has(edge.kind)) edges.set(edge.kind, strokeOf(element));
  const tones = new Map<string, string>();
  for (const element of drawing.nodeElement.values()) {
    const tone = [...element.classList].find((c) => c.startsWith('tone-'))!;
    if (!tones.has(tone)) tones.set(tone, getComputedStyle(element.querySelector('circle')!).fill);
  }
  const levelRect = drawing.svg.querySelector('.graph-level rect');
  const skillSetRect = drawing.svg.querySelector('.graph-skill-set rect');
  const paintable = (fill: string) => (fill === 'none' ? undefined : fill);
  const root = getComputedStyle(document.documentElement);
  return {
    edges,
    tones,
    level: levelRect ? { stroke: strokeOf(levelRect), fill: paintable(getComputedStyle(levelRect).fill) } : undefined,
    skillSet: skillSetRect ? { stroke: strokeOf(skillSetRect), fill: paintable(getComputedStyle(skillSetRect).fill) } : undefined,
    text: root.getPropertyValue('--text').trim() || '#000',
    muted: root.getPropertyValue('--muted').trim() || '#555',
    background: root.getPropertyValue('--bg').trim() || '#fff',
    font: root.getPropertyValue('--font').trim() || 'sans-serif',
  };
}

/** Skills by grid cell, to find the one under the pointer without testing them all. */
function spatialIndex(nodes: ModelNode[], cell: number) {
  const cells = groupBy(nodes, (node) => `${Math.floor(node.x / cell)},${Math.floor(node.y / cell)}`);
  return (x: number, y: number, visible: Set<string>, slack: number): ModelNode | undefined => {
    let best: ModelNode | undefined;
    let bestDistance = Infinity;
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const node of cells.get(`${Math.floor(x / cell) + i},${Math.floor(y / cell) + j}`) ?? []) {
          const distance = Math.hypot(node.x - x, node.y - y);
          if (visible.has(node.id) && distance <= node.r + slack && distance < bestDistance) [best, bestDistance] = [node, distance];
        }
      }
    }
    return best;
  };
}

/** A rectangle of the drawing, in its own (viewBox) units. */
interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const within = (inner: Area, outer: Area) => inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;

/**
 * Draws the graph on a canvas under the SVG, whose own drawing is hidden but which keeps receiving the pointer for
 * zoom, pan and hover. Rasterising thousands of edges takes longer than a frame, so the scene is drawn once into an
 * off-screen bitmap covering the view and a margin around it: panning only moves that bitmap, zooming stretches it
 * until the zoom rests, and highlights, labels and the selection are drawn over it each frame.
 */
export function canvasRenderer(drawing: Drawing, viewport: HTMLElement): Renderer {
  const { svg, world, model } = drawing;
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  viewport.prepend(canvas);
  let styles = readStyles(drawing);
  world.style.display = 'none';
  svg.classList.add('is-surface');

  const box = svg.viewBox.baseVal;
  const nodeAt = spatialIndex(model.nodes, 40);
  const groups = groupBy(model.group.values(), (group) => (group.key.startsWith('level:') ? 'level' : 'skillSet'));
  const edgesByKind = groupBy(model.edges, (edge) => edge.kind);
  const nodesByTone = groupBy(model.nodes, (node) => node.tone);
  let view: View | undefined;
  let zoom = { x: 0, y: 0, k: 1 };
  let frame = 0;
  let width = 0;
  let height = 0;
  let ratio = 1;
  let scene: { bitmap: HTMLCanvasElement; area: Area; scale: number; visible: Visibility; styles: typeof styles } | undefined;
  let zoomSettled: ReturnType<typeof setTimeout> | undefined;

  // Screen pixels from viewBox units, as the SVG's own `xMidYMin meet` places them.
  const fit = () => {
    const s = Math.min(width / box.width, height / box.height);
    return { s, x: (width - box.width * s) / 2 - box.x * s, y: -box.y * s };
  };

  const paintGroups = (context: CanvasRenderingContext2D, area: Area, scale: number, visible: Visibility, only?: Set<string>) => {
    for (const [kind, style, font] of [
      ['level', styles.level, 12],
      ['skillSet', styles.skillSet, 9],
    ] as const) {
      const shown = kind === 'level' ? visible.levels : visible.skillSets;
      for (const group of groups.get(kind) ?? []) {
        const b = group.box;
        if (!shown.has(group.id) || (only && !only.has(group.key)) || b.x > area.right || b.x + b.width < area.left || b.y > area.bottom || b.y + b.height < area.top) continue;
        if (style?.fill && !only) {
          context.fillStyle = style.fill;
          context.fillRect(b.x, b.y, b.width, b.height);
        }
        if (style) {
          context.strokeStyle = style.stroke.colour;
          context.lineWidth = style.stroke.width * (only ? 2 : 1);
          context.setLineDash(only ? [] : style.stroke.dash);
          context.strokeRect(b.x, b.y, b.width, b.height);
        }
        if (font * scale >= 8 && !only) {
          context.fillStyle = kind === 'level' ? styles.text : styles.muted;
          context.font = `${kind === 'level' ? '700 ' : ''}${font}px ${styles.font}`;
          context.textAlign = kind === 'level' ? 'start' : 'center';
          context.fillText(group.title, kind === 'level' ? b.x + 8 : b.x + b.width / 2, b.y + font + (kind === 'level' ? 4 : 2), b.width - 12);
        }
      }
    }
    context.textAlign = 'start';
    context.setLineDash([]);
  };

  const paintEdges = (context: CanvasRenderingContext2D, area: Area, edges: Iterable<ModelEdge>, kind: string, emphasis: number) => {
    const stroke = styles.edges.get(kind)!;
    const inArea = (x: number, y: number) => x > area.left && x < area.right && y > area.top && y < area.bottom;
    context.beginPath();
    for (const edge of edges) {
      if (!inArea(edge.x1, edge.y1) && !inArea(edge.x2, edge.y2)) continue;
      context.moveTo(edge.x1, edge.y1);
      context.lineTo(edge.x2, edge.y2);
    }
    context.globalAlpha = emphasis > 1 ? 1 : stroke.opacity;
    context.strokeStyle = stroke.colour;
    context.lineWidth = stroke.width * emphasis;
    context.setLineDash(stroke.dash);
    context.stroke();
    context.setLineDash([]);
    context.globalAlpha = 1;
  };

  const paintNodes = (context: CanvasRenderingContext2D, area: Area, nodes: Iterable<ModelNode>, tone: string) => {
    context.beginPath();
    for (const node of nodes) {
      if (node.x + node.r < area.left || node.x - node.r > area.right || node.y + node.r < area.top || node.y - node.r > area.bottom) continue;
      context.moveTo(node.x + node.r, node.y);
      context.arc(node.x, node.y, node.r, 0, 2 * Math.PI);
    }
    context.fillStyle = styles.tones.get(tone) ?? styles.text;
    context.fill();
  };

  const paintScene = (area: Area, scale: number, visible: Visibility) => {
    const bitmap = document.createElement('canvas');
    bitmap.width = Math.ceil((area.right - area.left) * scale * ratio);
    bitmap.height = Math.ceil((area.bottom - area.top) * scale * ratio);
    const context = bitmap.getContext('2d')!;
    context.setTransform(ratio * scale, 0, 0, ratio * scale, -area.left * scale * ratio, -area.top * scale * ratio);
    paintGroups(context, area, scale, visible);
    for (const [kind, edges] of edgesByKind) paintEdges(context, area, edges.filter((e) => visible.edges.has(e)), kind, 1);
    for (const [tone, nodes] of nodesByTone) paintNodes(context, area, nodes.filter((n) => visible.nodes.has(n.id)), tone);
    return { bitmap, area, scale, visible, styles };
  };

  const draw = () => {
    frame = 0;
    if (!view || width === 0) return;
    const f = fit();
    const scale = f.s * zoom.k;
    const offset = { x: f.s * zoom.x + f.x, y: f.s * zoom.y + f.y };
    const shown: Area = { left: -offset.x / scale, top: -offset.y / scale, right: (width - offset.x) / scale, bottom: (height - offset.y) / scale };
    const { visible, lit, selected } = view;

    // The part of the drawing in view, and around it the part worth painting ahead of a pan.
    const clip = (area: Area): Area => ({
      left: Math.max(area.left, box.x),
      top: Math.max(area.top, box.y),
      right: Math.min(area.right, box.x + box.width),
      bottom: Math.min(area.bottom, box.y + box.height),
    });
    const needed = clip(shown);
    const current = scene && scene.visible === visible && scene.styles === styles;
    const zooming = current && scene!.scale !== scale && zoomSettled !== undefined;
    if (needed.right > needed.left && needed.bottom > needed.top && (!current || (!zooming && (scene!.scale !== scale || !within(needed, scene!.area))))) {
      const margin = { x: (shown.right - shown.left) / 4, y: (shown.bottom - shown.top) / 4 };
      scene = paintScene(clip({ left: shown.left - margin.x, top: shown.top - margin.y, right: shown.right + margin.x, bottom: shown.bottom + margin.y }), scale, visible);
    }

    const context = canvas.getContext('2d')!;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (scene) {
      const { area, bitmap } = scene;
      context.drawImage(bitmap, ratio * (area.left * scale + offset.x), ratio * (area.top * scale + offset.y), ratio * (area.right - area.left) * scale, ratio * (area.bottom - area.top) * scale);
    }
    context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * offset.x, ratio * offset.y);

    const labelled: ModelNode[] = [];
    if (lit) {
      // Dim everything, then draw the lit neighbourhood again on top.
      context.globalAlpha = 0.85;
      context.fillStyle = styles.background;
      context.fillRect(shown.left, shown.top, shown.right - shown.left, shown.bottom - shown.top);
      context.globalAlpha = 1;
      paintGroups(context, shown, scale, visible, lit.keys);
      for (const [kind, edges] of groupBy(lit.edges, (edge) => edge.kind)) paintEdges(context, shown, edges, kind, 1.6);
      const litNodes = [...lit.keys].flatMap((key) => (key.startsWith('skill:') ? [model.node.get(key.slice(6))!] : []));
      for (const [tone, nodes] of groupBy(litNodes, (node) => node.tone)) paintNodes(context, shown, nodes, tone);
      labelled.push(...litNodes);
    } else if (allLabelsShown(scale)) {
      for (const node of model.nodes) if (visible.nodes.has(node.id)) labelled.push(node);
    }
    const size = labelSize(scale);
    context.font = `${size}px ${styles.font}`;
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.lineJoin = 'round';
    context.lineWidth = size / 3;
    context.strokeStyle = styles.background;
    context.fillStyle = styles.text;
    // Lit titles are placed so none overlaps another; with every title shown, there are too many to place.
    const places = lit ? placeLabels(labelled.map(({ id, x, y, r, title }) => ({ id, x, y, r, width: context.measureText(title).width, height: size }))) : undefined;
    for (const node of labelled) {
      if (node.x < shown.left - 60 || node.x > shown.right + 60 || node.y < shown.top - 20 || node.y > shown.bottom + 20) continue;
      const place = places?.get(node.id) ?? 'below';
      if (place === 'hidden') continue;
      const width = context.measureText(node.title).width;
      const { dx, dy } = labelOffset(place, node.r, width, size);
      context.strokeText(node.title, node.x + dx + width / 2, node.y + dy);
      context.fillText(node.title, node.x + dx + width / 2, node.y + dy);
    }
    context.textAlign = 'start';
    context.textBaseline = 'alphabetic';

    if (selected && visible.nodes.has(selected)) {
      const node = model.node.get(selected)!;
      context.beginPath();
      context.arc(node.x, node.y, node.r + 2.5, 0, 2 * Math.PI);
      context.strokeStyle = styles.text;
      context.lineWidth = 2;
      context.stroke();
    }
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(draw);
  };

  const resize = () => {
    ratio = devicePixelRatio || 1;
    width = svg.clientWidth;
    height = svg.clientHeight;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    scene = undefined;
    schedule();
  };
  new ResizeObserver(resize).observe(svg);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    styles = readStyles(drawing);
    schedule();
  });

  const worldPoint = (event: Event) => {
    const [x, y] = pointer(event, svg);
    return [(x - zoom.x) / zoom.k, (y - zoom.y) / zoom.k] as const;
  };
  const hit = (event: Event) => (view ? nodeAt(...worldPoint(event), view.visible.nodes, 3 / zoom.k) : undefined);
  svg.addEventListener('click', (event) => {
    const node = hit(event);
    if (node) location.assign(node.url);
  });

  return {
    nodeAt: (event) => hit(event)?.id,
    show(next) {
      view = next;
      schedule();
    },
    transform(transform) {
      if (transform.k !== zoom.k) {
        clearTimeout(zoomSettled);
        zoomSettled = setTimeout(() => {
          zoomSettled = undefined;
          schedule();
        }, 150);
      }
      zoom = { x: transform.x, y: transform.y, k: transform.k };
      schedule();
    },
    onPointer(listener) {
      svg.addEventListener('pointermove', (event) => {
        if (event.buttons !== 0) return;
        const node = hit(event);
        svg.classList.toggle('over-node', node !== undefined);
        listener(node?.id ?? null);
      });
      svg.addEventListener('pointerleave', () => listener(null));
    },
  };
}
