// The document's text made safe to publish before any shape reads it, so every reading (level sections, levels,
// outline) gets the same rules the build applies (src/lib/markdown/url.ts): a link the site would refuse, or one that
// would lead nowhere on the site, becomes its text; raw HTML in a heading, where ids come from, becomes its text.
// Each change is a warning naming its line, and lines keep their numbers, so every later message still points home.
import type { Definition, Link, LinkReference, Nodes } from 'mdast';
import { isAllowedUrl, schemeOf } from '../../markdown/url.ts';
import { readHtml } from '../../html/read-html.ts';
import { lineOf, parseMarkdown } from './parse-markdown.ts';

/**
 * Something the importer changed or left out so the result publishes: at the document's line, or at a data file's
 * place (a spreadsheet's cell "Levels!C4", a key path, with its line when the file has lines).
 */
export interface ImportWarning {
  line?: number;
  cell?: string;
  message: string;
}

/** Where a warning is, after the file's name: ":12", ":12 (C4)" or " (Levels!C4)". */
export function placeOfWarning(warning: ImportWarning): string {
  const cell = warning.cell === undefined ? '' : ` (${warning.cell})`;
  return warning.line === undefined ? cell : `:${warning.line}${cell}`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function walk(node: Nodes, visit: (node: Nodes, inHeading: boolean) => void, inHeading = false): void {
  visit(node, inHeading);
  if ('children' in node) for (const child of node.children) walk(child, visit, inHeading || node.type === 'heading');
}

/** The source of a node's children (a link's text, emphasis and all), or '' for none. */
function innerSource(source: string, node: Link | LinkReference): string {
  const [first, last] = [node.children[0], node.children.at(-1)];
  return first && last ? source.slice(first.position!.start.offset, last.position!.end.offset) : '';
}

/** Only newlines, so a removed definition keeps the lines after it where they were. */
const keepLines = (text: string) => text.replace(/[^\n]/g, '');

/**
 * The site's rule for one link address: a relative one is resolved against `baseUrl` when one is given, and otherwise
 * refused (it would lead nowhere on the site), as is one the build refuses (javascript:, data:, file:…). Returns the
 * address to publish, or undefined when the link is to be its text, with a warning at `line`.
 */
function linkRule(baseUrl: string | undefined, warnings: ImportWarning[]) {
  return (url: string, line: number): string | undefined => {
    const trimmed = url.trim();
    if (!schemeOf(trimmed)) {
      if (baseUrl) return new URL(trimmed, baseUrl).href;
      warnings.push({
        line,
        message: `the relative link "${trimmed}" is published as its text, since it would lead nowhere on the site: give --base-url <the document's folder URL> to link it`,
      });
      return undefined;
    }
    if (isAllowedUrl(trimmed)) return trimmed === url ? url : trimmed;
    warnings.push({
      line,
      message: `the link "${trimmed.slice(0, 60)}" is published as its text: the site links only to https:, http: and mailto: addresses`,
    });
    return undefined;
  };
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;
const attribute = (url: string) => url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The edits that make the `<a href>` tags of raw HTML (written at `from` in `source`) publishable: a refused link
 * loses its address, so it reads as its text wherever the HTML is converted, and a resolved one gets its new address.
 */
function anchorEdits(html: string, from: number, source: string, rule: ReturnType<typeof linkRule>): Edit[] {
  const edits: Edit[] = [];
  let searched = from;
  readHtml(html, {
    startTag: (tag) => {
      if (tag.name !== 'a' || tag.attributes.href === undefined) return;
      // Inside a list or a quote a block's value has lost its indent: the tag is found in the source as written.
      const start = source.indexOf(tag.source, searched);
      if (start === -1) return;
      searched = start + tag.source.length;
      const url = rule(tag.attributes.href, lineAt(source, start));
      if (url === tag.attributes.href) return;
      edits.push({ start, end: searched, text: url === undefined ? '<a>' : `<a href="${attribute(url)}">` });
    },
  });
  return edits;
}

function applied(source: string, edits: Edit[]): string {
  // Applied from the end, each edit leaves the offsets before it valid; one inside another (markup inside a link's
  // text) is left to the outer one, whose text keeps it, and to the build's check after.
  const outer = edits.filter((e) => !edits.some((o) => o !== e && o.start <= e.start && e.end <= o.end));
  let text = source;
  for (const edit of outer.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

/**
 * An HTML page with only links the site publishes (its `<a href>` tags, by the same rule as a Markdown document's
 * links), and a warning at the line of each it changed.
 */
export function publishableHtml(source: string, baseUrl?: string): { text: string; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const text = applied(source, anchorEdits(source, 0, source, linkRule(baseUrl, warnings)));
  return { text, warnings };
}

/**
 * Rewrites `source` so it holds only links the site publishes: a relative link is resolved against `baseUrl` when one
 * is given, and otherwise kept as its text, as is a link the build refuses (javascript:, data:, file:…). Links written
 * as raw HTML (`<a href>`, in a table, say) follow the same rule.
 */
export function publishableSource(source: string, baseUrl?: string): { text: string; warnings: ImportWarning[] } {
  const tree = parseMarkdown(source);
  const edits: Edit[] = [];
  const warnings: ImportWarning[] = [];
  const refused = new Set<string>();
  const replacement = linkRule(baseUrl, warnings);
  const at = (node: Nodes) => ({ start: node.position!.start.offset!, end: node.position!.end.offset! });

  walk(tree, (node) => {
    if (node.type === 'definition') {
      const url = replacement(node.url, lineOf(node));
      if (url === undefined) {
        refused.add((node as Definition).identifier);
        edits.push({ ...at(node), text: keepLines(source.slice(at(node).start, at(node).end)) });
      } else if (url !== node.url) edits.push({ ...at(node), text: `[${node.label ?? node.identifier}]: <${url}>` });
    }
  });
  walk(tree, (node, inHeading) => {
    if (node.type === 'link') {
      const url = replacement(node.url, lineOf(node));
      if (url === undefined) edits.push({ ...at(node), text: innerSource(source, node) });
      else if (url !== node.url) {
        const title = node.title ? ` ${JSON.stringify(node.title)}` : '';
        edits.push({ ...at(node), text: `[${innerSource(source, node)}](<${url}>${title})` });
      }
    } else if (node.type === 'linkReference' && refused.has(node.identifier)) {
      edits.push({ ...at(node), text: innerSource(source, node) });
    } else if (node.type === 'html' && !inHeading) {
      edits.push(...anchorEdits(node.value, at(node).start, source, replacement));
    } else if (node.type === 'html' && inHeading) {
      const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
      if (!node.value.startsWith('</'))
        warnings.push({
          line: lineOf(node),
          message: `the heading's markup ${tag ? `<${tag}>` : node.value.slice(0, 20)} is dropped, its text kept: titles and ids are plain text`,
        });
      edits.push({ ...at(node), text: keepLines(node.value) });
    }
  });
  return { text: applied(source, edits), warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * A title as plain text: raw HTML in it ("Kite <b>ladder</b>", from front matter or a config) is reduced to its
 * text, read as a browser would, with a warning; other "<" (as in "Skills <3") is text already.
 */
export function plainTitle(title: string, line: number, warnings: ImportWarning[]): string {
  if (!/<\/?[a-z][^>]*>/i.test(title)) return title;
  let text = '';
  readHtml(title, { text: (part) => (text += part) });
  warnings.push({
    line,
    message: `the title's markup is dropped, its text kept ("${text.trim()}"): titles are plain text`,
  });
  return text.replace(/\s+/g, ' ').trim();
}
