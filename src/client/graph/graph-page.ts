// The skill graph page: a skill's path in focus (click, arrow keys and Enter, the find box, ?focus=), Escape back to
// the whole, and every Related and Excluded link on request. The drawing itself is in the HTML, built at build time.
import type { LadderGraph } from '../../lib/graph/graph.ts';
import { findSkill, focusPaths, type FocusEntry, type FocusPath } from '../../lib/graph/focus.ts';
import { tidyTree } from './graph-tree.ts';
import { zoomable } from './graph-zoom.ts';

performance.mark('graph:start');
const root = document.querySelector<HTMLElement>('[data-graph]')!;
const svg = root.querySelector<SVGSVGElement>('[data-graph-svg]')!;
const panel = root.querySelector<HTMLElement>('[data-graph-focus]')!;
const status = root.querySelector<HTMLElement>('[data-graph-status]')!;
const find = root.querySelector<HTMLFormElement>('[data-graph-find]')!;
const findInput = root.querySelector<HTMLInputElement>('[data-graph-find-input]')!;
const titles = root.querySelector<HTMLDataListElement>('[data-graph-find-titles]')!;
const others = root.querySelector<HTMLInputElement>('[data-graph-others]')!;
const frame = root.querySelector<HTMLElement>('[data-graph-frame]')!;
const skills = [...svg.querySelectorAll<SVGAElement>('a.graph-skill')];
// One tab stop for the whole drawing; the arrow keys move within it.
skills.forEach((link, i) => link.setAttribute('tabindex', i === 0 ? '0' : '-1'));

type GraphData = LadderGraph;
let data: Promise<{ graph: GraphData; path: (skill: string) => FocusPath }> | undefined;
/** The graph's data, fetched the first time a skill is focused or searched for. */
const load = () =>
  (data ??= fetch(root.dataset.graphData!)
    .then((response) => response.json() as Promise<GraphData>)
    .then((graph) => ({ graph, path: focusPaths(graph) })));

/** Where each drawn skill is, to move between them with the arrow keys. */
const places = new Map(
  skills.map((link) => {
    const hit = link.querySelector('rect')!;
    return [
      link,
      {
        x: hit.x.baseVal.value,
        y: hit.y.baseVal.value,
        group: link.closest('[data-skill-set]')!,
        level: link.closest<SVGGElement>('[data-level]')!.dataset.level,
      },
    ];
  }),
);

/** A drawn skill's whole title: its tooltip when the drawing had to cut it, else its text. */
const titleOf = (link: SVGAElement) => (link.querySelector('title') ?? link.querySelector('text')!).textContent!;

const view = zoomable(
  svg,
  frame,
  root.querySelector<HTMLElement>('[data-graph-zoom]')!,
  (text) => (status.textContent = text),
);

function rove(to: SVGAElement) {
  for (const link of skills) link.setAttribute('tabindex', link === to ? '0' : '-1');
  to.focus({ preventScroll: true });
  view.reveal(to);
  frame.scrollIntoView({ block: 'nearest' });
}
// A skill reached by Tab while the view is zoomed out (its title hidden) brings the skills back, around it.
svg.addEventListener('focusin', (event) => {
  const link = (event.target as Element).closest<SVGAElement>('a.graph-skill');
  if (link) view.reveal(link);
});

/** The skill the arrow key points to: the next or previous in reading order, or the closest in the next group across. */
function neighbour(from: SVGAElement, key: string): SVGAElement | undefined {
  const index = skills.indexOf(from);
  if (key === 'ArrowDown') return skills[index + 1];
  if (key === 'ArrowUp') return skills[index - 1];
  const here = places.get(from)!;
  const sideways = key === 'ArrowRight' ? 1 : -1;
  let best: { link: SVGAElement; score: number } | undefined;
  for (const [link, place] of places) {
    const dx = (place.x - here.x) * sideways;
    if (place.group === here.group || dx <= 0) continue;
    const score = dx + 3 * Math.abs(place.y - here.y) + (place.level === here.level ? 0 : 10_000);
    if (!best || score < best.score) best = { link, score };
  }
  return best?.link;
}

svg.addEventListener('keydown', (event) => {
  const link = (event.target as Element).closest<SVGAElement>('a.graph-skill');
  if (!link || !event.key.startsWith('Arrow')) return;
  event.preventDefault();
  const next = neighbour(link, event.key);
  if (next) {
    rove(next);
    status.textContent = `${titleOf(next)}, ${next.closest('[data-skill-set]')!.querySelector('.graph-group-title')!.textContent}`;
  }
});
svg.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<SVGAElement>('a.graph-skill');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void focus(link.dataset.skill!, 'push');
});

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

function item(entry: Omit<FocusEntry, 'children' | 'kind'> & { kind?: FocusEntry['kind'] }): HTMLElement {
  const row = element('div', `graph-tree-item ${entry.tone}`);
  if (entry.skill) {
    const button = element('button', undefined, entry.title);
    button.type = 'button';
    button.dataset.focusSkill = entry.skill;
    row.append(button);
  } else {
    const link = element('a', undefined, entry.title);
    link.href = entry.url;
    row.append(link);
  }
  row.append(element('span', 'graph-tree-place', entry.place));
  if (entry.kind === 'raises') row.append(element('span', 'graph-tree-kind', 'raises its bar'));
  if (entry.repeat) row.append(element('span', 'graph-tree-kind', 'shown above'));
  return row;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function render(path: FocusPath) {
  const heading = element('h2', undefined, `Path of ${path.title}`);
  heading.id = 'graph-focus-title';
  heading.tabIndex = -1;
  const summary = element(
    'p',
    'graph-focus-summary',
    `${path.place}. Builds on ${plural(path.counts.buildsOn, 'skill')} down to the baseline; ${plural(path.counts.builtOnBy, 'skill')} ${path.counts.builtOnBy === 1 ? 'builds' : 'build'} on it.`,
  );
  const actions = element('p', 'graph-focus-actions');
  const open = element('a', undefined, `Open ${path.title}`);
  open.href = path.url;
  const back = element('button', undefined, 'Back to the whole graph (Escape)');
  back.type = 'button';
  back.dataset.graphBack = '';
  actions.append(open, back);

  const up = element('h3', undefined, 'Built on by');
  const upTree = path.builtOnBy.length > 0 ? tidyTree(path.builtOnBy, item) : undefined;
  const self = element('p', `graph-focus-self ${path.tone}`, path.title);
  const down = element('h3', undefined, 'Builds on');
  const downTree = path.buildsOn.length > 0 ? tidyTree(path.buildsOn, item) : undefined;
  upTree?.element.setAttribute('data-graph-tree', 'builtOnBy');
  downTree?.element.setAttribute('data-graph-tree', 'buildsOn');
  layouts = [upTree, downTree].filter((made) => made !== undefined).map((made) => made.layout);

  const side = element('div', 'graph-focus-others');
  for (const group of path.others) {
    const box = element('div');
    box.dataset.kind = group.kind;
    const list = element('ul', 'graph-tree');
    for (const entry of group.entries) {
      const li = element('li');
      li.append(item(entry));
      list.append(li);
    }
    box.append(element('h3', undefined, group.name), list);
    side.append(box);
  }
  panel.replaceChildren(
    heading,
    summary,
    actions,
    up,
    upTree?.element ?? element('p', 'muted', 'Nothing builds on it yet.'),
    self,
    down,
    downTree?.element ?? element('p', 'muted', 'It builds on nothing: it is where a path starts.'),
    side,
  );
}

/** The focus trees' layouts, run once the panel shows and again when its width changes. */
let layouts: (() => void)[] = [];
let laidWidth = 0;
new ResizeObserver(() => {
  if (panel.hidden || panel.clientWidth === laidWidth) return;
  laidWidth = panel.clientWidth;
  for (const layout of layouts) layout();
}).observe(panel);

let focused: string | undefined;

/** Shows a skill's path in place of the whole graph; `history` says whether the address records it. */
async function focus(skill: string, history: 'push' | 'replace' | 'none') {
  const { path } = await load();
  focused = skill;
  render(path(skill));
  panel.hidden = false;
  root.classList.add('graph-is-focused');
  laidWidth = panel.clientWidth;
  for (const layout of layouts) layout();
  const address = `${root.dataset.graphPage}?focus=${encodeURIComponent(skill)}`;
  if (history === 'push') window.history.pushState({ focus: skill }, '', address);
  if (history === 'replace') window.history.replaceState({ focus: skill }, '', address);
  panel.querySelector<HTMLElement>('h2')!.focus({ preventScroll: true });
  panel.scrollIntoView({ block: 'start' });
  status.textContent = panel.querySelector('.graph-focus-summary')!.textContent;
}

function unfocus(history: 'push' | 'none') {
  if (!focused) return;
  const was = focused;
  focused = undefined;
  panel.hidden = true;
  panel.replaceChildren();
  layouts = [];
  root.classList.remove('graph-is-focused');
  if (history === 'push') window.history.pushState({}, '', root.dataset.graphPage!);
  const drawn = skills.find((link) => link.dataset.skill === was);
  if (drawn && drawn.getClientRects().length > 0) rove(drawn);
  else findInput.focus();
  status.textContent = 'The whole graph';
}

panel.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const button = target.closest<HTMLButtonElement>('button');
  if (!button) return;
  if (button.dataset.focusSkill) void focus(button.dataset.focusSkill, 'push');
  else if ('graphBack' in button.dataset) unfocus('push');
});
// Up and down walk the trees' entries in the order they read.
panel.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button[data-focus-skill]')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[index < 0 ? 0 : index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && focused && !(event.target as Element).closest('input')) unfocus('push');
});

find.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { graph } = await load();
  const skill = findSkill(graph, findInput.value);
  if (skill) void focus(skill, 'push');
  else status.textContent = `No skill matches “${findInput.value}”`;
});
findInput.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && focused) unfocus('push');
});
findInput.addEventListener(
  'focus',
  async () => {
    const { graph } = await load();
    titles.replaceChildren(
      ...graph.nodes.map((node) => Object.assign(document.createElement('option'), { value: node.title })),
    );
  },
  { once: true },
);
others.addEventListener('change', () => svg.classList.toggle('show-others', others.checked));

/** Follows the address: `?focus=<id>` (an old id too) shows that path, none the whole graph. */
async function follow() {
  const wanted = new URLSearchParams(window.location.search).get('focus');
  if (!wanted) return unfocus('none');
  const { graph } = await load();
  const skill = findSkill(graph, wanted);
  if (skill) await focus(skill, skill === wanted ? 'none' : 'replace');
  else status.textContent = `No skill “${wanted}” in this ladder`;
}
window.addEventListener('popstate', () => void follow());

find.hidden = false;
root.classList.add('is-interactive');
performance.measure('graph:script', 'graph:start');
performance.mark('graph:ready');
void follow();
