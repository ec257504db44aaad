import type { Heading, List, RootContent, Table } from 'mdast';
import { expectationOf } from '../levels/read-levels-document.ts';
import { lineOf, markdownOf } from '../markdown/parse-markdown.ts';
import { plainTextOf } from '../../markdown/prose.ts';
import { looksLikeBaseline, looksLikeLevel, trackOfLevel } from '../matrix/level-names.ts';
import type { MatrixReading, ReadCell } from '../matrix/matrix-reading.ts';
import { looseName } from '../resolve-names.ts';
import { proseOf, sectionsAt, type MarkdownSource } from './markdown-source.ts';

/** A competency's expectation found in a level section. */
interface Found {
  competency: string;
  line: number;
  expectation: string;
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Whether a table inside a level lists competencies with their criteria: a first column of names, the rest sentences.
 * A time split ("Management | ~10-15%") or a legend ("✓ | meets") has too few words in its cells to be the ladder.
 */
export function isCriteriaTable(table: Table): boolean {
  const rows = table.children.slice(1);
  if (rows.length === 0 || table.children[0].children.length < 2) return false;
  const criteria = rows.map((row) => plainTextOf(row.children.slice(1)));
  return criteria.reduce((n, text) => n + words(text), 0) / criteria.length >= 4;
}

function tableExpectations(table: Table): Found[] {
  return table.children.slice(1).flatMap((row) => {
    const [name, ...rest] = row.children;
    const competency = plainTextOf(name).trim();
    const expectation = rest
      .map((cell) => markdownOf([{ type: 'paragraph', children: cell.children }]))
      .filter((text) => text.trim() !== '')
      .join('\n\n');
    return competency && expectation ? [{ competency, line: lineOf(row), expectation }] : [];
  });
}

/** Bold-led list items: "**Delivery**: ships small changes" → the competency Delivery. Items without a lead: none. */
function boldLeadExpectations(list: List): Found[] | undefined {
  const found = list.children.map((item) => {
    const [first, ...rest] = item.children;
    const { lead, body } =
      first?.type === 'paragraph' ? expectationOf(first, rest, lineOf(item)) : { lead: undefined, body: [] };
    return lead ? { competency: lead, line: lineOf(item), expectation: markdownOf(body) } : undefined;
  });
  return found.every(Boolean) ? (found as Found[]) : undefined;
}

/** A level section's expectations by competency, and the blocks that are about the level itself. */
function readLevelSection(
  content: RootContent[],
  ladderTable: (node: RootContent) => boolean,
): { found: Found[]; intro: RootContent[] } {
  const found: Found[] = [];
  const intro: RootContent[] = [];
  let category: { title: string; line: number } | undefined;
  for (const node of content) {
    if (ladderTable(node)) continue;
    if (node.type === 'heading') {
      category = { title: plainTextOf(node), line: lineOf(node) };
      continue;
    }
    if (node.type === 'table' && isCriteriaTable(node)) {
      found.push(...tableExpectations(node));
      continue;
    }
    const leads = node.type === 'list' && !category ? boldLeadExpectations(node) : undefined;
    if (leads) found.push(...leads);
    else if (category && (node.type === 'list' || node.type === 'paragraph'))
      found.push({ competency: category.title, line: lineOf(node), expectation: markdownOf([node]) });
    else intro.push(node);
  }
  return { found, intro };
}

/**
 * Reads a document with one heading per level (an "all levels" or "everyone" section read as the baseline), each
 * holding its competencies: a `Category | Criteria` table, bold-led list items, or sub-headings. The categories are
 * competencies, one row across the levels; a table that is not the ladder (a time split, a legend) stays prose.
 */
export function readLevelSections(
  source: MarkdownSource,
  tableReadings: Map<Table, MatrixReading> = new Map(),
): MatrixReading | undefined {
  const depths = [...new Set(source.body.flatMap((n) => (n.type === 'heading' ? [n.depth] : [])))].sort();
  const depth = depths.find(
    (d) => sectionsAt(source.body, d).filter((s) => looksLikeLevel(plainTextOf(s.heading))).length >= 2,
  );
  if (depth === undefined) return undefined;
  const sections = sectionsAt(source.body, depth);

  const reading: MatrixReading = {
    reading: 'level-sections',
    describe: `one heading per level (depth ${depth}), its competencies in tables, bold leads or sub-headings`,
    ...(source.title ? { title: source.title } : {}),
    levels: [],
    competencies: [],
    cells: [],
    prose: [],
    warnings: [],
  };
  const competencyIndex = new Map<string, number>();
  const competencyOf = (found: Found) => {
    const key = looseName(found.competency);
    if (!competencyIndex.has(key))
      competencyIndex.set(key, reading.competencies.push({ title: found.competency, line: found.line }) - 1);
    return competencyIndex.get(key)!;
  };
  const introduction: RootContent[] = [];
  const cells: ReadCell[] = [];
  // A table of levels elsewhere in the document (management levels beside engineering headings) joins the grid.
  const ladderTable = (node: RootContent) => {
    const table = node.type === 'table' ? tableReadings.get(node) : undefined;
    if (!table) return false;
    const levelAt = table.levels.map(
      (level) => reading.levels.push({ ...level, track: level.track ?? trackOfLevel(level.title) }) - 1,
    );
    const competencyAt = table.competencies.map((competency) =>
      competencyOf({ competency: competency.title, line: competency.line ?? lineOf(node), expectation: '' }),
    );
    for (const cell of table.cells)
      cells.push({ ...cell, level: levelAt[cell.level], competency: competencyAt[cell.competency] });
    reading.prose.push(...table.prose);
    reading.warnings.push(...table.warnings);
    return true;
  };
  let next = 0;
  let inLevel = false;
  for (const node of source.body) {
    const section = sections[next];
    if (section && node === section.heading) {
      next++;
      const title = plainTextOf(node as Heading);
      inLevel = looksLikeLevel(title);
      // A section that is no level: its heading and what follows it (read below, block by block) are prose.
      if (!inLevel) {
        introduction.push(node);
        continue;
      }
      const { found, intro } = readLevelSection(section.content, ladderTable);
      const introText = proseOf(intro);
      const level =
        reading.levels.push({
          title,
          line: lineOf(node),
          track: trackOfLevel(title),
          ...(looksLikeBaseline(title) ? { baseline: true } : {}),
          ...(introText ? { intro: introText } : {}),
        }) - 1;
      for (const f of found)
        cells.push({ level, competency: competencyOf(f), line: f.line, expectations: [f.expectation] });
      continue;
    }
    if (node.type === 'heading' && node.depth < depth) inLevel = false;
    if (!inLevel && !ladderTable(node)) introduction.push(node);
  }
  reading.cells = cells;
  const text = proseOf(introduction);
  if (text) reading.introduction = text;
  return reading.cells.length > 0 ? reading : undefined;
}
