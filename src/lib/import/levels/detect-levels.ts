import type { Heading, RootContent, Table } from 'mdast';
import type { LevelsConfig } from '../import-config.ts';
import { ImportError } from '../import-error.ts';
import { lineOf, parseMarkdown } from '../markdown/parse-markdown.ts';
import { plainTextOf } from '../../markdown/prose.ts';
import { looseName } from '../resolve-names.ts';
import { cleanTree, readFrontMatter } from './read-levels-document.ts';

/** Words that name a level in public ladders: "Senior Engineer", "L4", "IC3", "Staff", "Engineering Manager". */
const levelWords =
  /\b(?:intern|junior|jr|mid|middle|intermediate|senior|sr|staff|principal|distinguished|fellow|lead|manager|director|vp|associate|apprentice|entry|graduate|engineer|developer|level|grade|rung|tier|[a-z]{0,3}\d+)\b/i;
const managementWords = /manag|director|\bvp\b|vice president|head of|\bcto\b|\bem\b|\bm\d+\b/i;
const categoryCorner = /categor|area|competenc|skill|dimension|pillar|attribute|theme|topic|expectation/i;
const levelCorner = /^(?:levels?|roles?|titles?|grades?|rungs?)\b/i;

const score = (names: string[]) => names.filter((name) => levelWords.test(name)).length;

function tableAxes(table: Table): { columns: string[]; rows: string[]; corner: string } {
  const text = (row: number, column: number) =>
    plainTextOf(table.children[row]?.children[column] ?? { type: 'text', value: '' });
  const width = table.children[0]?.children.length ?? 0;
  return {
    corner: text(0, 0),
    columns: Array.from({ length: width - 1 }, (_, i) => text(0, i + 1)),
    rows: table.children.slice(1).map((_, i) => text(i + 1, 0)),
  };
}

/** Each heading with the blocks under it, up to the next heading as deep or shallower. */
function sectionsAt(children: RootContent[], depth: number): { heading: Heading; content: RootContent[] }[] {
  const sections: { heading: Heading; content: RootContent[] }[] = [];
  let open: { heading: Heading; content: RootContent[] } | undefined;
  for (const node of children) {
    if (node.type === 'heading' && node.depth <= depth) {
      open = node.depth === depth ? { heading: node, content: [] } : undefined;
      if (open) sections.push(open);
    } else open?.content.push(node);
  }
  return sections;
}

function levelsOf(headings: string[]): LevelsConfig['levels'] {
  const ranks = { engineering: 0, management: 0 };
  return headings.map((heading) => {
    const track = managementWords.test(heading) ? 'management' : 'engineering';
    return { heading, track, rank: ++ranks[track] };
  });
}

/**
 * Reads a document's shape without a config: a table with levels on one axis (the axis whose headers read more like
 * levels), or else the heading depth whose sections hold the expectations (list items, or failing those paragraphs).
 * Ranks follow the document's order within each track; management is recognised by its titles. Without
 * `readTables`, tables are never the levels: the headings are, and a table under one is kept as its prose.
 */
export function detectLevelsConfig(
  source: string,
  file: string,
  baseUrl?: string,
  { readTables = true }: { readTables?: boolean } = {},
): LevelsConfig {
  const tree = parseMarkdown(source);
  readFrontMatter(tree, file);
  cleanTree(tree, []);
  const base = baseUrl ? { baseUrl } : {};

  const levelTables = tree.children.filter(
    (n): n is Table => n.type === 'table' && n.children.length >= 2 && n.children[0].children.length >= 2,
  );
  if (levelTables.length > 0 && readTables) {
    const axes = tableAxes(levelTables[0]);
    const [rowScore, columnScore] = [score(axes.rows), score(axes.columns)];
    const rows =
      rowScore > columnScore ||
      (rowScore === columnScore && levelCorner.test(axes.corner) && !categoryCorner.test(axes.corner));
    const names = new Map<string, string>();
    for (const table of levelTables) {
      for (const name of rows ? tableAxes(table).rows : tableAxes(table).columns)
        if (name !== '' && !names.has(looseName(name))) names.set(looseName(name), name);
    }
    return {
      shape: 'levels',
      expectations: 'table-cells',
      levelsAre: rows ? 'rows' : 'columns',
      ...base,
      levels: levelsOf([...names.values()]),
    };
  }

  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const title = headings.filter((h) => h.depth === 1).length === 1 && headings[0].depth === 1 ? headings[0] : undefined;
  const body = tree.children.filter((n) => n !== title);
  let best:
    { depth: number; score: number; expectations: LevelsConfig['expectations']; headings: string[] } | undefined;
  for (const depth of [...new Set(headings.filter((h) => h !== title).map((h) => h.depth))].sort()) {
    const sections = sectionsAt(body, depth);
    const withLists = sections.filter((s) => s.content.some((n) => n.type === 'list'));
    const withParagraphs = sections.filter((s) => s.content.some((n) => n.type === 'paragraph'));
    const expectations =
      withLists.length * 2 >= withParagraphs.length && withLists.length > 0 ? 'list-items' : 'paragraphs';
    const chosen = (expectations === 'list-items' ? withLists : withParagraphs).map((s) => plainTextOf(s.heading));
    if (chosen.length < 2) continue;
    const found = { depth, score: score(chosen), expectations, headings: chosen } as const;
    if (!best || found.score > best.score) best = found;
  }
  if (!best) {
    const line = headings[0] ? lineOf(headings[0]) : 1;
    throw new ImportError(
      file,
      line,
      'has no levels the importer can recognise: expected two or more headings with list items or paragraphs under each (one per level), or a table with the levels as its header row or first column',
    );
  }
  return { shape: 'levels', expectations: best.expectations, ...base, levels: levelsOf(best.headings) } as LevelsConfig;
}
