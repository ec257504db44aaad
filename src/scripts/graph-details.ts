import { edgeKinds, linkGroupNames } from '../lib/graph.ts';
import { neighbourhood, type GraphModel, type ModelEdge } from './graph-model.ts';

/** A skill's links that show, grouped as lists name them ("Builds on", "Built on by", …), and how many the filters hide. */
export function linksOf(model: GraphModel, id: string, shown: Set<ModelEdge>): { groups: { name: string; keys: string[] }[]; hidden: number } {
  const edges = [...neighbourhood(model, id, shown).edges];
  const groups = [];
  for (const direction of ['out', 'in'] as const) {
    for (const kind of edgeKinds) {
      const keys = edges
        .filter((edge) => edge.kind === kind && (direction === 'out' ? edge.from === id : edge.to === `skill:${id}`))
        .map((edge) => (direction === 'out' ? edge.to : `skill:${edge.from}`));
      if (keys.length > 0) groups.push({ name: linkGroupNames[kind][direction], keys });
    }
  }
  return { groups, hidden: (model.edgesAt.get(`skill:${id}`)?.length ?? 0) - edges.length };
}

export const titleOf = (model: GraphModel, key: string) => (key.startsWith('skill:') ? model.node.get(key.slice(6))?.title : model.group.get(key)?.title) ?? key;

/** What is announced when a skill is selected: where it is and what it links to. */
export function describeSkill(model: GraphModel, id: string, shown: Set<ModelEdge>): string {
  const node = model.node.get(id)!;
  const links = linksOf(model, id, shown).groups.map((g) => `${g.name} ${g.keys.map((key) => titleOf(model, key)).join(', ')}`).join('. ');
  return `${node.title}. ${titleOf(model, `level:${node.level}`)}, ${titleOf(model, `skillSet:${node.skillSet}`)}. ${links || 'No links'}. Enter opens it.`;
}

/**
 * Fills the panel beside the graph with the selected skill: a link to it, where it sits, and its links, each skill a
 * button (`data-select`) that moves the selection there. Built with text nodes only, never HTML strings.
 */
export function showDetails(panel: HTMLElement, model: GraphModel, id: string | null, shown: Set<ModelEdge>): void {
  panel.replaceChildren();
  panel.hidden = id === null;
  if (id === null) return;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const created = document.createElement(tag);
    if (text !== undefined) created.textContent = text;
    if (className) created.className = className;
    return created;
  };
  const node = model.node.get(id)!;
  const heading = element('h2');
  heading.id = 'graph-details-title';
  const open = element('a', node.title);
  open.href = node.url;
  heading.append(open);
  panel.append(heading, element('p', `${titleOf(model, `level:${node.level}`)} · ${titleOf(model, `skillSet:${node.skillSet}`)}`, 'graph-details-place'));
  const { groups, hidden } = linksOf(model, id, shown);
  if (groups.length === 0) panel.append(element('p', 'No links.', 'muted'));
  for (const group of groups) {
    const items = element('ul');
    for (const key of group.keys) {
      const item = element('li');
      if (key.startsWith('skill:')) {
        const go = element('button', titleOf(model, key));
        go.type = 'button';
        go.dataset.select = key.slice(6);
        item.append(go);
      } else {
        const target = model.group.get(key)!;
        const link = element('a', target.title);
        link.href = target.url;
        item.append(link, element('span', key.startsWith('skillSet:') ? ' skill set' : ' level', 'muted'));
      }
      items.append(item);
    }
    panel.append(element('h3', group.name), items);
  }
  if (hidden > 0) panel.append(element('p', `${hidden} more hidden by the filters.`, 'muted'));
  const clear = element('button', 'Clear selection', 'graph-details-clear');
  clear.type = 'button';
  clear.dataset.clear = '';
  panel.append(clear);
}
