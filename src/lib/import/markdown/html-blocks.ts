import type { Html, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { readHtml } from '../../html/read-html.ts';

declare module 'mdast' {
  /** A cell of an HTML table whose content is more than a line (lists, paragraphs) keeps its blocks here. */
  interface TableCellData {
    blocks?: RootContent[];
  }
}

/** Markup the importer dropped, with the line it was on: reported, never published as escaped text. */
export interface DroppedMarkup {
  line: number;
  what: string;
}

interface ElementNode {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: Node[];
}
type Node = ElementNode | { type: 'text'; value: string };
const ELEMENT_NODE = 'element';
const TEXT_NODE = 'text';

/**
 * An HTML fragment as a tree, read by the project's HTML reader (htmlparser2) as a browser tokenizes it: a ">" inside
 * a quoted attribute is part of the value, entities are decoded, comments are not text.
 */
function parseHtml(html: string): ElementNode {
  const root: ElementNode = { type: ELEMENT_NODE, name: '', attributes: {}, children: [] };
  const open = [root];
  readHtml(html, {
    startTag: ({ name, attributes }) => {
      const element: ElementNode = { type: ELEMENT_NODE, name, attributes, children: [] };
      open.at(-1)!.children.push(element);
      open.push(element);
    },
    endTag: (name) => {
      const at = open.findLastIndex((element) => element.name === name);
      if (at > 0) open.length = at;
    },
    text: (value) => {
      open.at(-1)!.children.push({ type: TEXT_NODE, value });
    },
  });
  return root;
}

const images = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'source']);
const ignored = new Set(['script', 'style', 'template', 'noscript']);
const inline: Record<string, 'strong' | 'emphasis' | 'inlineCode' | 'delete'> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  code: 'inlineCode',
  s: 'delete',
  del: 'delete',
};
const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'center',
]);

const elements = (node: Node): ElementNode[] =>
  'children' in node ? (node.children as Node[]).filter((c): c is ElementNode => c.type === ELEMENT_NODE) : [];

function describe(element: ElementNode): string {
  return images.has(element.name) ? `an image (<${element.name}>)` : `the markup <${element.name}>`;
}

/**
 * Markup a table cell holds only to lay out its text, which a Markdown cell lays out anyway: a header padded inside
 * <pre> keeps its words, so nothing is reported as dropped.
 */
const cellLayout = new Set(['pre']);

/**
 * An element's text as mdast phrasing: bold, italic, code and links kept, other inline markup reduced to its text
 * (reported, unless it only laid out a table cell's text).
 */
function phrasingOf(node: Node, line: number, dropped: DroppedMarkup[], inCell = false): PhrasingContent[] {
  if (node.type === TEXT_NODE)
    return node.value.trim() === '' && node.value.includes('\n')
      ? [{ type: 'text', value: ' ' }]
      : [{ type: 'text', value: node.value }];
  if (node.type !== ELEMENT_NODE) return [];
  const element = node as ElementNode;
  if (images.has(element.name) || ignored.has(element.name)) {
    dropped.push({ line, what: describe(element) });
    return [];
  }
  if (element.name === 'br') return [{ type: 'break' }];
  const children = (element.children as Node[]).flatMap((child) => phrasingOf(child, line, dropped, inCell));
  const kind = inline[element.name];
  if (kind === 'inlineCode')
    return [{ type: 'inlineCode', value: children.map((c) => ('value' in c ? c.value : '')).join('') }];
  if (kind) return [{ type: kind, children } as PhrasingContent];
  if (element.name === 'a' && element.attributes.href)
    return [{ type: 'link', url: element.attributes.href, children }];
  if (
    !blocks.has(element.name) &&
    !(inCell && cellLayout.has(element.name)) &&
    ![
      'span',
      'a',
      'small',
      'sup',
      'sub',
      'u',
      'mark',
      'abbr',
      'font',
      'th',
      'td',
      'tr',
      'thead',
      'tbody',
      'table',
    ].includes(element.name)
  ) {
    dropped.push({ line, what: describe(element) });
  }
  return blocks.has(element.name)
    ? [{ type: 'text', value: ' ' }, ...children, { type: 'text', value: ' ' }]
    : children;
}

/** Collapses the whitespace HTML source carries between words, and trims the ends. */
function tidy(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      const value = child.value.replace(/\s+/g, ' ');
      const last = out.at(-1);
      if (last?.type === 'text') last.value = (last.value + value).replace(/\s+/g, ' ');
      else out.push({ type: 'text', value });
    } else if ('children' in child)
      out.push({ ...child, children: tidy(child.children as PhrasingContent[]) } as PhrasingContent);
    else out.push(child);
  }
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out.filter((c) => c.type !== 'text' || c.value !== '');
}

function rowsOf(table: ElementNode): ElementNode[] {
  return elements(table).flatMap((child) =>
    child.name === 'tr'
      ? [child]
      : ['thead', 'tbody', 'tfoot'].includes(child.name)
        ? elements(child).filter((r) => r.name === 'tr')
        : [],
  );
}

/**
 * A cell holding a list keeps it as a list: the blocks ride on the cell's `data`, since a Markdown table cell holds
 * only one line of text. Undefined for a cell of plain text.
 */
function cellBlocks(cell: ElementNode, line: number): RootContent[] | undefined {
  const lists = (node: Node): boolean =>
    node.type === ELEMENT_NODE && (['ul', 'ol'].includes((node as ElementNode).name) || elements(node).some(lists));
  if (!lists(cell)) return undefined;
  const blocks: RootContent[] = [];
  let pending: PhrasingContent[] = [];
  const flush = () => {
    const children = tidy(pending);
    if (children.length > 0) blocks.push({ type: 'paragraph', children });
    pending = [];
  };
  const visit = (node: Node) => {
    if (node.type === ELEMENT_NODE && ['ul', 'ol'].includes((node as ElementNode).name)) {
      flush();
      const items = elements(node).filter((e) => e.name === 'li');
      blocks.push({
        type: 'list',
        ordered: (node as ElementNode).name === 'ol',
        spread: false,
        children: items.map((item) => ({
          type: 'listItem',
          spread: false,
          children: [
            { type: 'paragraph', children: tidy((item.children as Node[]).flatMap((c) => phrasingOf(c, line, []))) },
          ],
        })),
      });
    } else if (node.type === ELEMENT_NODE && elements(node).some(lists)) {
      for (const child of (node as ElementNode).children as Node[]) visit(child);
    } else pending.push(...phrasingOf(node, line, []));
  };
  for (const child of cell.children as Node[]) visit(child);
  flush();
  return blocks;
}

function tableOf(table: ElementNode, html: Html, dropped: DroppedMarkup[]): Table {
  const line = html.position!.start.line;
  const rows: TableRow[] = rowsOf(table).map((row) => ({
    type: 'tableRow',
    children: elements(row)
      .filter((cell) => cell.name === 'td' || cell.name === 'th')
      .map((cell): TableCell => {
        const children = tidy((cell.children as Node[]).flatMap((c) => phrasingOf(c, line, dropped, true)));
        const blocks = cellBlocks(cell, line);
        return { type: 'tableCell', children, ...(blocks ? { data: { blocks } } : {}) };
      }),
  }));
  const width = Math.max(0, ...rows.map((r) => r.children.length));
  for (const row of rows) while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  return { type: 'table', align: Array.from({ length: width }, () => null), children: rows, position: html.position };
}

/**
 * A raw HTML block as Markdown nodes: each table becomes a Markdown table, the text of other markup a paragraph;
 * images and other markup are dropped and reported, so nothing reaches a page as escaped tags.
 */
export function convertHtmlBlock(html: Html, dropped: DroppedMarkup[]): RootContent[] {
  const line = html.position!.start.line;
  const out: RootContent[] = [];
  let pending: PhrasingContent[] = [];
  const flush = () => {
    const children = tidy(pending);
    if (children.length > 0) out.push({ type: 'paragraph', children, position: html.position } satisfies Paragraph);
    pending = [];
  };
  const visit = (node: Node) => {
    if (node.type === ELEMENT_NODE && (node as ElementNode).name === 'table') {
      flush();
      out.push(tableOf(node as ElementNode, html, dropped));
    } else if (
      node.type === ELEMENT_NODE &&
      blocks.has((node as ElementNode).name) &&
      elements(node).some((e) => e.name === 'table' || blocks.has(e.name))
    ) {
      for (const child of (node as ElementNode).children as Node[]) visit(child);
      flush();
    } else {
      pending.push(...phrasingOf(node, line, dropped));
      if (node.type === ELEMENT_NODE && blocks.has((node as ElementNode).name)) flush();
    }
  };
  for (const node of parseHtml(html.value).children) visit(node);
  flush();
  if (out.length === 0 && !dropped.some((d) => d.line === line))
    dropped.push({ line, what: 'a comment or empty markup' });
  return out;
}

/** Inline HTML inside Markdown text: a line break is kept, images and other tags are dropped and reported. */
export function convertInlineHtml(html: Html, dropped: DroppedMarkup[]): PhrasingContent[] {
  if (/^<br\s*\/?>$/i.test(html.value.trim())) return [{ type: 'break' }];
  const line = html.position?.start.line ?? 1;
  const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(html.value.trim());
  if (tag && !html.value.startsWith('</'))
    dropped.push({
      line,
      what: images.has(tag[1].toLowerCase())
        ? `an image (<${tag[1].toLowerCase()}>)`
        : `the markup <${tag[1].toLowerCase()}>`,
    });
  else if (!tag) dropped.push({ line, what: 'a comment' });
  return [];
}
