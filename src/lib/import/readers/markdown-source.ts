import type { Heading, Root, RootContent } from 'mdast';
import { cleanTree, readFrontMatter } from '../levels/read-levels-document.ts';
import type { DroppedMarkup } from '../markdown/html-blocks.ts';
import { lineOf, markdownOf, parseMarkdown } from '../markdown/parse-markdown.ts';
import { plainTextOf } from '../../markdown/prose.ts';
import { looksLikeLevel } from '../matrix/level-names.ts';
import type { MatrixReading } from '../matrix/matrix-reading.ts';
import { readingsOfHtmlTables } from '../grid/read-html-tables.ts';

/** A Markdown document parsed once for every reader: front matter apart, raw HTML converted (its links were made publishable before). */
export interface MarkdownSource {
  file: string;
  frontMatter: Record<string, unknown>;
  /** The line the front matter starts on (1), when it has one. */
  frontMatterLine?: number;
  /** The front matter's YAML as written, for the line of each of its values. */
  frontMatterYaml?: string;
  /** The document's title: its one `#` heading, when that comes first and deeper headings follow. */
  title?: { text: string; line: number };
  /** The blocks after the front matter, the title heading left out. */
  body: RootContent[];
  dropped: DroppedMarkup[];
  /** The readings of each HTML block holding a table, by the block's first line (its converted table's line too). */
  htmlTables: Map<number, MatrixReading[]>;
}

export function readMarkdownSource(source: string, file: string): MarkdownSource {
  const tree: Root = parseMarkdown(source);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : undefined;
  const frontMatterLine = yaml === undefined ? undefined : 1;
  const frontMatter = readFrontMatter(tree, file);
  const htmlTables = new Map(
    tree.children.flatMap((node) =>
      node.type === 'html' && /<table\b/i.test(node.value)
        ? [[lineOf(node), readingsOfHtmlTables(node.value, lineOf(node))] as const]
        : [],
    ),
  );
  const dropped: DroppedMarkup[] = [];
  cleanTree(tree, dropped);
  // The title is the one `#` heading, first of all, above deeper ones: several `#` headings are the levels themselves.
  // A document's only heading is its title when it opens the document (a table or prose below it is the ladder).
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const opens = tree.children.find((n) => n.type !== 'yaml') === headings[0];
  const titleNode =
    headings[0]?.depth === 1 && headings.filter((h) => h.depth === 1).length === 1 && (headings.length > 1 || opens)
      ? headings[0]
      : undefined;
  const fromFrontMatter = typeof frontMatter.title === 'string' ? frontMatter.title.trim() : '';
  return {
    file,
    frontMatter,
    ...(frontMatterLine ? { frontMatterLine } : {}),
    ...(yaml === undefined ? {} : { frontMatterYaml: yaml }),
    ...(titleNode
      ? { title: { text: fromFrontMatter || plainTextOf(titleNode), line: lineOf(titleNode) } }
      : fromFrontMatter
        ? { title: { text: fromFrontMatter, line: 1 } }
        : {}),
    body: tree.children.filter((n) => n !== titleNode),
    dropped,
    htmlTables,
  };
}

/** The titles of headings that read like levels: what a reading must not merge. */
export function levelHeadingsOf(source: MarkdownSource): string[] {
  return source.body
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => plainTextOf(h))
    .filter(looksLikeLevel);
}

/** Each heading of one depth with the blocks under it, up to the next heading as deep or shallower. */
export function sectionsAt(
  blocks: RootContent[],
  depth: number,
): { heading: Heading; content: RootContent[]; parents: Heading[] }[] {
  const sections: { heading: Heading; content: RootContent[]; parents: Heading[] }[] = [];
  const parents: Heading[] = [];
  let open: { heading: Heading; content: RootContent[]; parents: Heading[] } | undefined;
  for (const node of blocks) {
    if (node.type === 'heading' && node.depth <= depth) {
      while (parents.length > 0 && parents.at(-1)!.depth >= node.depth) parents.pop();
      open = node.depth === depth ? { heading: node, content: [], parents: [...parents] } : undefined;
      if (open) sections.push(open);
      else parents.push(node);
    } else open?.content.push(node);
  }
  return sections;
}

/** Blocks as Markdown; a heading kept in prose reads as a bold line, since a page's headings are the site's own. */
export function proseOf(nodes: RootContent[]): string {
  return markdownOf(
    nodes.map((node) =>
      node.type === 'heading'
        ? { type: 'paragraph', children: [{ type: 'strong', children: node.children }], position: node.position }
        : node,
    ),
  );
}
