import type {
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
} from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { LevelsConfig } from '../import-config.ts';
import { ImportError } from '../import-error.ts';
import { convertHtmlBlock, convertInlineHtml, type DroppedMarkup } from '../markdown/html-blocks.ts';
import { lineOf, parseMarkdown } from '../markdown/parse-markdown.ts';
import { plainTextOf } from '../../markdown/prose.ts';
import { looseName } from '../resolve-names.ts';

/** One expectation of a level: a list item, a paragraph or a table cell. */
export interface Expectation {
  line: number;
  /** The bold lead that names it, if it has one. */
  lead?: string;
  /** The text after the lead (or all of it), as Markdown nodes. */
  body: RootContent[];
}

/** A group of a level's expectations: a sub-heading or a table's category; untitled for what sits directly under the level. */
export interface Category {
  title?: string;
  line: number;
  intro: RootContent[];
  expectations: Expectation[];
}

export interface LevelSection {
  heading: string;
  line: number;
  intro: RootContent[];
  categories: Category[];
}

/** What a line of the document became when it is not an expectation. */
export interface ProseLine {
  line: number;
  where: string;
}

export interface LevelsDocument {
  title?: string;
  updated?: string;
  introduction: RootContent[];
  levels: LevelSection[];
  prose: ProseLine[];
  dropped: DroppedMarkup[];
  frontMatterKeys: string[];
}

/** The front matter's fields, and the tree without it; a YAML error names its line in the document. */
export function readFrontMatter(tree: Root, file: string): Record<string, unknown> {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {};
  tree.children.shift();
  try {
    const data = parseYaml(node.value) as unknown;
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data))
      throw new ImportError(file, lineOf(node), 'has front matter that is not a set of "key: value" fields');
    return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const at = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ImportError(
      file,
      lineOf(node) + (at ?? 0),
      `has front matter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/**
 * Makes the tree plain Markdown the site can publish: raw HTML tables become Markdown tables, other markup and images
 * are dropped (and reported). Links were made publishable before (see publishableSource).
 */
export function cleanTree(tree: Root, dropped: DroppedMarkup[]): void {
  const visit = (parent: { children: Nodes[] }, topLevel: boolean) => {
    parent.children = parent.children.flatMap((node): Nodes[] => {
      if (node.type === 'html') return topLevel ? convertHtmlBlock(node, dropped) : convertInlineHtml(node, dropped);
      if (node.type === 'image' || node.type === 'imageReference') {
        dropped.push({ line: lineOf(node), what: `an image (${node.alt ? `"${node.alt}"` : 'no description'})` });
        return [];
      }
      if ('children' in node) visit(node as { children: Nodes[] }, false);
      return [node];
    });
  };
  visit(tree as { children: Nodes[] }, true);
  promoteBoldLabels(tree);
}

/**
 * A paragraph that is only bold text, followed by a list ("**Senior Engineer (L5)**" then bullets), labels that list
 * as a heading would: it is read as a heading one level deeper than any the document has (at most 6).
 */
function promoteBoldLabels(tree: Root): void {
  const deepest = Math.max(0, ...tree.children.map((n) => (n.type === 'heading' ? n.depth : 0)));
  const depth = Math.min(6, deepest + 1) as Heading['depth'];
  tree.children = tree.children.map((node, i) => {
    const label = node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'strong';
    return label && tree.children[i + 1]?.type === 'list'
      ? { type: 'heading', depth, children: (node.children[0] as Strong).children, position: node.position }
      : node;
  });
}

/** A list item, paragraph or cell as an expectation: a bold lead is its name, the rest its description. */
export function expectationOf(first: Paragraph | undefined, rest: RootContent[], line: number): Expectation {
  const lead = first?.children[0];
  if (first && lead?.type === 'strong') {
    const title = plainTextOf(lead)
      .replace(/[:,;.–—-]\s*$/, '')
      .trim();
    const after = first.children.slice(1);
    const head = after[0];
    const trimmed: PhrasingContent[] =
      head?.type === 'text'
        ? [{ ...head, value: head.value.replace(/^\s*(?:[:;,.]|[–—]|-{1,2})?\s*/, '') }, ...after.slice(1)]
        : after;
    const own = trimmed.filter((n) => n.type !== 'text' || n.value.trim() !== '');
    const body: RootContent[] = [...(own.length > 0 ? [{ ...first, children: own }] : []), ...rest];
    if (title !== '' && body.length > 0) return { line, lead: title, body };
  }
  return { line, body: [...(first ? [first] : []), ...rest] };
}

function listExpectations(list: List): Expectation[] {
  return list.children.flatMap((item: ListItem) => {
    if (item.children.length === 0) return [];
    const [first, ...rest] = item.children;
    return [
      first.type === 'paragraph'
        ? expectationOf(first, rest, lineOf(item))
        : expectationOf(undefined, item.children, lineOf(item)),
    ];
  });
}

const cellText = (table: Table, row: number, column: number) =>
  plainTextOf(table.children[row]?.children[column] ?? { type: 'text', value: '' });

/** Whether a cell has words worth publishing: an empty cell, or one holding only "-" or "n/a", is no expectation. */
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text) && !/^(n\/?a|none|tbd|-+)$/i.test(text.trim());

/** Adds a table's cells to the levels its header names; returns those levels (none: the table is not a level table). */
function readTable(
  table: Table,
  config: LevelsConfig,
  levels: Map<string, LevelSection>,
  dropped: DroppedMarkup[],
): LevelSection[] {
  const byColumns = config.levelsAre !== 'rows';
  const rows = table.children.length;
  const columns = Math.max(0, ...table.children.map((r) => r.children.length));
  const levelAt = (i: number) => levels.get(looseName(byColumns ? cellText(table, 0, i) : cellText(table, i, 0)));
  const levelCount = byColumns ? columns : rows;
  const matched = Array.from({ length: levelCount }, (_, i) => (i === 0 ? undefined : levelAt(i)));
  if (!matched.some(Boolean)) return [];
  const categoryCount = byColumns ? rows : columns;
  for (let c = 1; c < categoryCount; c++) {
    const title = byColumns ? cellText(table, c, 0) : cellText(table, 0, c);
    for (let l = 1; l < levelCount; l++) {
      const level = matched[l];
      const cell = byColumns ? table.children[c]?.children[l] : table.children[l]?.children[c];
      if (!cell || !hasWords(plainTextOf(cell))) continue;
      const line = cell.position?.start.line ?? lineOf(table);
      if (!level) {
        dropped.push({
          line,
          what: `a table cell under "${byColumns ? cellText(table, 0, l) : cellText(table, l, 0)}", which is no level of the config`,
        });
        continue;
      }
      let category = level.categories.find((k) => k.title === title);
      if (!category)
        level.categories.push((category = { title: title || undefined, line, intro: [], expectations: [] }));
      const blocks = (cell.data as { blocks?: RootContent[] } | undefined)?.blocks;
      const [first, ...rest] = blocks ?? [
        { type: 'paragraph', children: cell.children, position: cell.position } satisfies Paragraph,
      ];
      category.expectations.push(
        first.type === 'paragraph'
          ? expectationOf(first, rest, line)
          : expectationOf(undefined, [first, ...rest], line),
      );
    }
  }
  return matched.filter((level): level is LevelSection => level !== undefined);
}

/**
 * Reads a document whose levels are headings (with list items or paragraphs under them, optionally grouped by
 * sub-headings) or the rows or columns of tables. Everything that is not an expectation is kept as prose and listed.
 */
export function readLevelsDocument(source: string, config: LevelsConfig, file: string): LevelsDocument {
  const tree = parseMarkdown(source);
  const frontMatter = readFrontMatter(tree, file);
  const dropped: DroppedMarkup[] = [];
  cleanTree(tree, dropped);
  const levels = new Map(
    config.levels.map((level) => [
      looseName(level.heading),
      { heading: level.heading, line: 0, intro: [], categories: [] } as LevelSection,
    ]),
  );
  const doc: LevelsDocument = {
    introduction: [],
    levels: [],
    prose: [],
    dropped,
    frontMatterKeys: Object.keys(frontMatter),
  };
  if (typeof frontMatter.title === 'string' && frontMatter.title.trim() !== '') doc.title = frontMatter.title.trim();
  const date = frontMatter.updated ?? frontMatter.date ?? frontMatter.last_updated;
  if (date instanceof Date) doc.updated = date.toISOString().slice(0, 10);
  else if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) doc.updated = date;
  const keepProse = (node: RootContent, where: string, into: RootContent[]) => {
    into.push(node);
    for (let line = node.position?.start.line ?? 0; line <= (node.position?.end.line ?? 0); line++)
      doc.prose.push({ line, where });
  };
  const seen = new Set<LevelSection>();
  const claim = (level: LevelSection, line: number) => {
    if (seen.has(level))
      throw new ImportError(
        file,
        line,
        `repeats the level "${level.heading}" (first on line ${level.line}): each level appears once`,
      );
    seen.add(level);
    level.line = line;
    doc.levels.push(level);
  };

  if (config.expectations === 'table-cells') {
    for (const node of tree.children) {
      const matched = node.type === 'table' ? readTable(node, config, levels, doc.dropped) : [];
      for (const found of matched) if (found.line === 0) found.line = lineOf(node);
      if (matched.length > 0) continue;
      if (node.type === 'heading' && node.depth === 1 && !doc.title && doc.introduction.length === 0)
        doc.title = plainTextOf(node);
      else keepProse(asProse(node), 'introduction', doc.introduction);
    }
    doc.levels = [...levels.values()].filter((l) => l.line > 0);
    return doc;
  }

  const levelDepth = tree.children.find(
    (n): n is Heading => n.type === 'heading' && levels.has(looseName(plainTextOf(n))),
  )?.depth;
  let level: LevelSection | undefined;
  let category: Category | undefined;
  for (const node of tree.children) {
    const headingLevel = node.type === 'heading' ? levels.get(looseName(plainTextOf(node))) : undefined;
    if (node.type === 'heading' && headingLevel && node.depth === levelDepth) {
      claim(headingLevel, lineOf(node));
      level = headingLevel;
      category = undefined;
    } else if (node.type === 'heading' && levelDepth !== undefined && node.depth <= levelDepth) {
      if (node.depth === 1 && !doc.title && !level && doc.introduction.length === 0) doc.title = plainTextOf(node);
      else keepProse(asProse(node), 'introduction', doc.introduction);
      level = category = undefined;
    } else if (!level) {
      if (node.type === 'heading' && node.depth === 1 && !doc.title && doc.introduction.length === 0)
        doc.title = plainTextOf(node);
      else keepProse(asProse(node), 'introduction', doc.introduction);
    } else if (node.type === 'heading') {
      category = { title: plainTextOf(node), line: lineOf(node), intro: [], expectations: [] };
      level.categories.push(category);
    } else if (node.type === 'list' && config.expectations === 'list-items') {
      if (!category) level.categories.push((category = { line: lineOf(node), intro: [], expectations: [] }));
      category.expectations.push(...listExpectations(node));
    } else if (node.type === 'paragraph' && config.expectations === 'paragraphs') {
      if (!category) level.categories.push((category = { line: lineOf(node), intro: [], expectations: [] }));
      category.expectations.push(expectationOf(node, [], lineOf(node)));
    } else if (category) {
      keepProse(node, `intro of "${category.title ?? level.heading}"`, category.intro);
    } else {
      keepProse(node, `intro of level "${level.heading}"`, level.intro);
    }
  }
  return doc;
}

/** A heading kept in prose reads as a bold line: a page's own headings are the site's, not the document's. */
function asProse(node: RootContent): RootContent {
  return node.type === 'heading'
    ? { type: 'paragraph', children: [{ type: 'strong', children: node.children }], position: node.position }
    : node;
}
