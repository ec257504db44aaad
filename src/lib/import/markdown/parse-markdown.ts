import type { Nodes, Root, RootContent } from 'mdast';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
/** GFM's serialisers (tables, strikethrough, task lists), which remark-gfm registers on the processor. */
const extensions = (parser.data() as { toMarkdownExtensions?: ToMarkdownOptions[] }).toMarkdownExtensions ?? [];

/** A document as an mdast tree (CommonMark, GFM tables and lists, YAML front matter), every node with its source position. */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

/** The line a node starts on, for messages. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** The source text of a node exactly as written, with trailing spaces cut from each line. */
export function sourceOf(source: string, node: Nodes): string {
  const text = source.slice(node.position!.start.offset, node.position!.end.offset);
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** The source text from one node's start to another's end (both children of one parent). */
export function sourceBetween(source: string, first: Nodes, last: Nodes): string {
  return source.slice(first.position!.start.offset, last.position!.end.offset);
}

/** Markdown for mdast nodes: GFM tables stay tables, lists stay lists, emphasis stays emphasis. */
export function markdownOf(nodes: RootContent[]): string {
  if (nodes.length === 0) return '';
  return toMarkdown(
    { type: 'root', children: nodes },
    { extensions, bullet: '-', emphasis: '_', strong: '*', rule: '-' },
  ).trim();
}
