import type { List, ListItem, RootContent } from 'mdast';
import { expectationOf } from '../levels/read-levels-document.ts';
import { lineOf, markdownOf } from '../markdown/parse-markdown.ts';
import { plainTextOf } from '../../markdown/prose.ts';
import { looksLikeBaseline, looksLikeLevel, trackOfLevel } from '../matrix/level-names.ts';
import type { MatrixReading, ReadCell, ReadLevel } from '../matrix/matrix-reading.ts';
import { looseName } from '../resolve-names.ts';
import { proseOf, sectionsAt, type MarkdownSource } from './markdown-source.ts';

/** One level's part of a competency: the level's name and the expectations written under it. */
interface LevelPart {
  title: string;
  line: number;
  expectations: string[];
}

/** The items of a list, each as Markdown (its nested lists kept). */
const itemsOf = (list: List) => list.children.map((item: ListItem) => markdownOf(item.children)).filter(Boolean);

/** A list item led by bold text that reads like a level: "**Senior**" with expectations nested beneath, or after it. */
function levelItem(item: ListItem): LevelPart | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || first.children[0]?.type !== 'strong') return undefined;
  const { lead, body } = expectationOf(first, [], lineOf(item));
  const title = lead ?? plainTextOf(first.children[0]).replace(/[:\s]+$/, '');
  if (!looksLikeLevel(title)) return undefined;
  const own = lead ? markdownOf(body) : '';
  const nested = rest.flatMap((node) => (node.type === 'list' ? itemsOf(node) : [markdownOf([node])]));
  return { title, line: lineOf(item), expectations: [...(own ? [own] : []), ...nested] };
}

/** A competency section's parts per level (bold list items or sub-headings), and the prose that is about it alone. */
function partsOf(content: RootContent[]): { parts: LevelPart[]; intro: RootContent[] } {
  const parts: LevelPart[] = [];
  const intro: RootContent[] = [];
  let open: LevelPart | undefined;
  for (const node of content) {
    if (node.type === 'heading') {
      const title = plainTextOf(node);
      open = looksLikeLevel(title) ? { title, line: lineOf(node), expectations: [] } : undefined;
      if (open) parts.push(open);
      else intro.push(node);
    } else if (open && node.type === 'list') open.expectations.push(...itemsOf(node));
    else if (open) open.expectations.push(markdownOf([node]));
    else if (node.type === 'list') {
      const items = node.children.map(levelItem);
      if (items.every(Boolean)) parts.push(...(items as LevelPart[]));
      else intro.push(node);
    } else intro.push(node);
  }
  return { parts, intro };
}

/**
 * Reads a document with one heading per competency, its levels beneath as bold list items or sub-headings that read
 * like levels, each holding that level's expectations. A shallower heading above competencies is their group.
 */
export function readCompetencyFirst(source: MarkdownSource): MatrixReading | undefined {
  const depths = [...new Set(source.body.flatMap((n) => (n.type === 'heading' ? [n.depth] : [])))].sort();
  let best: { depth: number; parts: number } | undefined;
  for (const depth of depths) {
    const sections = sectionsAt(source.body, depth).filter((s) => !looksLikeLevel(plainTextOf(s.heading)));
    const parts = sections.reduce((n, s) => n + partsOf(s.content).parts.length, 0);
    // Levels found as deep under a group as under its competencies: the deeper headings are the competencies.
    if (sections.length >= 2 && parts >= 2 && (!best || parts >= best.parts)) best = { depth, parts };
  }
  if (!best) return undefined;
  const depth = best.depth;

  const reading: MatrixReading = {
    reading: 'competency-first',
    describe: `one heading per competency (depth ${depth}), its levels beneath it`,
    ...(source.title ? { title: source.title } : {}),
    levels: [],
    competencies: [],
    cells: [],
    prose: [],
    warnings: [],
  };
  const levelIndex = new Map<string, number>();
  const levelOf = (part: LevelPart) => {
    const key = looseName(part.title);
    if (!levelIndex.has(key)) {
      const level: ReadLevel = { title: part.title, line: part.line, track: trackOfLevel(part.title) };
      if (looksLikeBaseline(part.title)) level.baseline = true;
      levelIndex.set(key, reading.levels.push(level) - 1);
    }
    return levelIndex.get(key)!;
  };

  // What is not under a competency heading (the preamble, a group's own paragraphs) is the ladder's prose.
  const introduction: RootContent[] = [];
  let inCompetency = false;
  let group: string | undefined;
  const groupHeadings = new Set<RootContent>();
  const cells: ReadCell[] = [];
  const sections = sectionsAt(source.body, depth);
  let next = 0;
  for (const node of source.body) {
    const section = sections[next];
    if (section && node === section.heading) {
      next++;
      inCompetency = true;
      const title = plainTextOf(node);
      const { parts, intro } = partsOf(section.content);
      group = section.parents.length > 0 ? plainTextOf(section.parents.at(-1)!) : undefined;
      if (parts.length === 0 || looksLikeLevel(title)) {
        introduction.push(node, ...section.content);
        continue;
      }
      if (section.parents.length > 0) groupHeadings.add(section.parents.at(-1)!);
      const introText = proseOf(intro);
      const competency =
        reading.competencies.push({
          title,
          line: lineOf(node),
          ...(group ? { group } : {}),
          ...(introText ? { intro: introText } : {}),
        }) - 1;
      for (const part of parts)
        cells.push({ level: levelOf(part), competency, line: part.line, expectations: part.expectations });
      continue;
    }
    if (node.type === 'heading' && node.depth < depth) {
      inCompetency = false;
      introduction.push(node);
    } else if (!inCompetency) introduction.push(node);
  }
  // Levels in the order the competencies list them: one first named under a later competency goes after the level
  // named before it there ("Mentoring" starting at Engineer II), not at the end.
  const order: number[] = [];
  for (let c = 0; c < reading.competencies.length; c++) {
    let after = -1;
    for (const cell of cells.filter((x) => x.competency === c)) {
      if (!order.includes(cell.level)) order.splice(after + 1, 0, cell.level);
      after = order.indexOf(cell.level);
    }
  }
  const position = new Map(order.map((level, at) => [level, at]));
  reading.levels = order.map((level) => reading.levels[level]);
  reading.cells = cells.map((cell) => ({ ...cell, level: position.get(cell.level)! }));
  // A group's heading reaches the site as the title of its skill sets; its paragraphs stay in the introduction.
  const text = proseOf(introduction.filter((node) => !groupHeadings.has(node)));
  if (text) reading.introduction = text;
  return reading;
}
