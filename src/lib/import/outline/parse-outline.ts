import type { List, ListItem, RootContent } from 'mdast';
import { convertHtmlBlock, type DroppedMarkup } from '../markdown/html-blocks.ts';
import { lineOf, markdownOf, parseMarkdown, sourceOf } from '../markdown/parse-markdown.ts';

/** A node of a document's outline: a heading, a list item or a paragraph, with what is nested under it. */
export interface OutlineNode {
  kind: 'heading' | 'item' | 'paragraph';
  /** The node's own Markdown text (a list item's lines joined, a heading's text without #). */
  text: string;
  line: number;
  /** Heading depth (1–6), or the item's nesting depth (1 for a top-level item). */
  depth: number;
  /** A list item's marker was a number ("1.", "2)"). */
  ordered?: boolean;
  children: OutlineNode[];
}

/** Source lines joined into one, each trimmed: how an item's wrapped lines read. */
const oneLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
    .trim();

/**
 * A document's outline from its syntax tree: headings contain what follows them until a heading as deep or
 * shallower; list items nest as the lists do, an item's paragraphs joining into its text; horizontal rules only separate;
 * raw HTML is converted (a table to a Markdown table) and what it drops is added to `dropped`.
 */
export function parseOutline(text: string, dropped: DroppedMarkup[]): OutlineNode[] {
  const root: OutlineNode = { kind: 'heading', text: '', line: 0, depth: 0, children: [] };
  const headings: OutlineNode[] = [root];
  const container = () => headings[headings.length - 1];

  const itemsOf = (list: List, depth: number): OutlineNode[] =>
    list.children.flatMap((item: ListItem) => {
      const own = item.children.filter((child) => child.type !== 'list');
      if (own.length === 0 && item.children.length === 0) return [];
      const nested = item.children.filter((child): child is List => child.type === 'list');
      const node: OutlineNode = {
        kind: 'item',
        text: own.map((child) => oneLine(sourceOf(text, child))).join(' '),
        line: lineOf(item),
        depth,
        ...(list.ordered ? { ordered: true } : {}),
        children: nested.flatMap((child) => itemsOf(child, depth + 1)),
      };
      return [node];
    });

  for (const node of parseMarkdown(text).children as RootContent[]) {
    if (node.type === 'thematicBreak') continue;
    if (node.type === 'heading') {
      const heading: OutlineNode = {
        kind: 'heading',
        text: node.children.length
          ? oneLine(
              sourceOf(text, {
                ...node,
                position: { start: node.children[0].position!.start, end: node.children.at(-1)!.position!.end },
              }),
            )
          : '',
        line: lineOf(node),
        depth: node.depth,
        children: [],
      };
      while (container().depth >= heading.depth) headings.pop();
      container().children.push(heading);
      headings.push(heading);
    } else if (node.type === 'list') {
      container().children.push(...itemsOf(node, 1));
    } else if (node.type === 'html') {
      for (const block of convertHtmlBlock(node, dropped))
        container().children.push({
          kind: 'paragraph',
          text: markdownOf([block]),
          line: lineOf(node),
          depth: 0,
          children: [],
        });
    } else {
      const paragraph = sourceOf(text, node)
        .split('\n')
        .map((line) => line.trim())
        .join('\n');
      container().children.push({ kind: 'paragraph', text: paragraph, line: lineOf(node), depth: 0, children: [] });
    }
  }
  return root.children;
}
