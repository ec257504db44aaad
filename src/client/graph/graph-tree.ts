// A focus tree laid out as a tidy tree (d3-hierarchy's Reingold–Tilford `tree()`): depth runs left to right in columns,
// each entry's title wraps inside its column, and siblings and cousins are spaced by their measured heights, so no
// label overlaps another. The entries stay a nested list in reading order, for the keyboard and screen readers.
import { hierarchy, tree } from 'd3-hierarchy';
import type { FocusEntry } from '../../lib/graph/focus.ts';

const svgNS = 'http://www.w3.org/2000/svg';
/** Gaps between columns and between entries, in pixels. */
const columnGap = 28;
const rowGap = 8;

interface Node {
  entry?: FocusEntry;
  children: Node[];
  item?: HTMLElement;
}

/** The tree's element and its layout, to run once it is in the page (and again when its width changes). */
export function tidyTree(
  entries: FocusEntry[],
  item: (entry: FocusEntry) => HTMLElement,
): { element: HTMLElement; layout: () => void } {
  const element = document.createElement('div');
  element.className = 'graph-tidy';
  const links = document.createElementNS(svgNS, 'svg');
  links.classList.add('graph-tidy-links');
  links.setAttribute('aria-hidden', 'true');

  const build = (from: FocusEntry[], into: HTMLUListElement): Node[] =>
    from.map((entry) => {
      const li = document.createElement('li');
      const made = item(entry);
      li.append(made);
      into.append(li);
      const node: Node = { entry, item: made, children: [] };
      if (entry.children.length > 0) {
        const list = document.createElement('ul');
        li.append(list);
        node.children = build(entry.children, list);
      }
      return node;
    });
  const list = document.createElement('ul');
  list.className = 'graph-tree';
  const top: Node = { children: build(entries, list) };
  element.append(links, list);

  function layout() {
    const root = hierarchy(top);
    const depth = root.height;
    const available = element.clientWidth;
    const narrowest = available < 560 ? 7 * 16 : 10 * 16;
    const column = Math.max(narrowest, Math.min(17 * 16, (available - columnGap * (depth - 1)) / depth));
    const items = root.descendants().filter((node) => node.data.item);
    for (const node of items) node.data.item!.style.width = `${column}px`;
    const heights = new Map(items.map((node) => [node.data, node.data.item!.offsetHeight]));
    const height = (node: Node) => heights.get(node) ?? 0;
    const laid = tree<Node>()
      .nodeSize([1, column + columnGap])
      .separation((a, b) => (height(a.data) + height(b.data)) / 2 + rowGap)(root);
    const placed = laid.descendants().filter((node) => node.data.item);
    const offset = Math.min(...placed.map((node) => node.x - height(node.data) / 2));
    const at = new Map(
      placed.map((node) => [
        node,
        { left: (node.depth - 1) * (column + columnGap), top: node.x - height(node.data) / 2 - offset },
      ]),
    );
    for (const [node, place] of at) {
      node.data.item!.style.left = `${place.left}px`;
      node.data.item!.style.top = `${place.top}px`;
    }
    const bottom = Math.max(...placed.map((node) => at.get(node)!.top + height(node.data)));
    const right = depth * (column + columnGap) - columnGap;
    list.style.height = `${bottom}px`;
    list.style.width = `${right}px`;
    links.setAttribute('width', String(right));
    links.setAttribute('height', String(bottom));
    // Each child joined to its parent: from the end of the parent's button to the start of the child's, a smooth S.
    const anchor = (node: (typeof placed)[number]) => {
      const button = node.data.item!.firstElementChild as HTMLElement;
      return {
        x: at.get(node)!.left,
        end: at.get(node)!.left + button.offsetWidth,
        y: at.get(node)!.top + button.offsetTop + button.offsetHeight / 2,
      };
    };
    links.replaceChildren(
      ...placed
        .filter((node) => node.parent && node.parent.data.item)
        .map((node) => {
          const [from, to] = [anchor(node.parent!), anchor(node)];
          const middle = (from.end + to.x) / 2;
          const path = document.createElementNS(svgNS, 'path');
          path.setAttribute('d', `M${from.end} ${from.y}C${middle} ${from.y} ${middle} ${to.y} ${to.x} ${to.y}`);
          return path;
        }),
    );
  }
  return { element, layout };
}
