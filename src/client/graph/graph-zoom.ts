// Zoom and pan for the overview drawing (d3-zoom): wheel or pinch, drag, the + / − / Fit buttons and the + and − keys.
// Semantic zoom: below the detail scale the drawing swaps each box's skills for its title and count, so no text is drawn
// under 11 px on screen; the scale never goes below the one at which those summaries stay 11 px.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';

export interface Zoomable {
  /** Brings a drawn skill into view, zooming in to the skills' scale if the view is zoomed out. */
  reveal(link: SVGGraphicsElement): void;
}

const step = 1.25;
const maxScale = 2.5;
/** Room kept round the drawing at the edges of the frame, in screen pixels. */
const margin = 12;

export function zoomable(
  svg: SVGSVGElement,
  frame: HTMLElement,
  controls: HTMLElement,
  announce: (text: string) => void,
): Zoomable {
  const viewport = svg.querySelector<SVGGElement>('[data-graph-viewport]')!;
  const detail = Number(svg.dataset.detailScale);
  const least = Number(svg.dataset.minScale);
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  // The drawing is laid out in its own units from (-12, -12); without the script it shows at its natural size.
  const drawing = { x: -12, y: -12, width, height };
  svg.removeAttribute('viewBox');
  frame.style.setProperty('--graph-height', `${height}px`);

  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([least, maxScale])
    .extent(() => [
      [0, 0],
      [frame.clientWidth, frame.clientHeight],
    ])
    .translateExtent([
      [drawing.x - margin, drawing.y - margin],
      [drawing.x + width + margin, drawing.y + height + margin],
    ])
    .on('zoom', ({ transform }: { transform: ZoomTransform }) => show(transform));
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);

  let zoomedOut: boolean | undefined;
  function show(transform: ZoomTransform) {
    viewport.setAttribute('transform', transform.toString());
    const out = transform.k < detail;
    if (out !== zoomedOut) {
      svg.classList.toggle('is-zoomed-out', out);
      if (zoomedOut !== undefined)
        announce(out ? 'Zoomed out: each skill set with its skill count' : 'Zoomed in: skill titles shown');
      zoomedOut = out;
    }
    svg.dataset.scale = transform.k.toFixed(3);
    controls.querySelector<HTMLButtonElement>('[data-zoom="in"]')!.disabled = transform.k >= maxScale - 1e-6;
    controls.querySelector<HTMLButtonElement>('[data-zoom="out"]')!.disabled = transform.k <= least + 1e-6;
  }

  /** The default view: natural size (scale 1), or smaller if the frame is narrower, the top of the drawing first, centred. */
  const home = () => {
    const k = Math.max(least, Math.min(1, frame.clientWidth / (width - margin)));
    const x = Math.max(margin, (frame.clientWidth - width * k) / 2) - drawing.x * k;
    return zoomIdentity.translate(x, margin - drawing.y * k).scale(k);
  };
  selection.call(behaviour.transform, home());
  // On a phone the frame is hidden; when the window grows enough to show it, it opens on the default view.
  let shownWidth = frame.clientWidth;
  new ResizeObserver(() => {
    if (shownWidth === 0 && frame.clientWidth > 0) selection.call(behaviour.transform, home());
    shownWidth = frame.clientWidth;
  }).observe(frame);

  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
    if (!button) return;
    const action = button.dataset.zoom;
    if (action === 'fit') selection.call(behaviour.transform, home());
    else selection.call(behaviour.scaleBy, action === 'in' ? step : 1 / step);
  });
  frame.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') selection.call(behaviour.scaleBy, step);
    else if (event.key === '-' || event.key === '_') selection.call(behaviour.scaleBy, 1 / step);
    else return;
    event.preventDefault();
  });
  // Focus moving into the drawing (Tab) would scroll the clipped frame itself; the zoom alone moves the view.
  frame.addEventListener('scroll', () => frame.scrollTo(0, 0));
  controls.hidden = false;

  return {
    reveal(link) {
      const box = link.getBBox();
      const current = zoomTransform(svg);
      const [left, top] = current.apply([box.x, box.y]);
      const [right, bottom] = current.apply([box.x + box.width, box.y + box.height]);
      if (current.k >= detail && left >= 0 && top >= 0 && right <= frame.clientWidth && bottom <= frame.clientHeight)
        return;
      const k = Math.max(current.k, 1);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      selection.call(
        behaviour.transform,
        zoomIdentity.translate(frame.clientWidth / 2 - x * k, frame.clientHeight / 2 - y * k).scale(k),
      );
    },
  };
}
