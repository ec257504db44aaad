import type { LadderData, SkillData, SkillSetData } from '../../content/schemas.ts';
import { emptySummary, escapeAsText, type ImportedLadder } from '../build-ladder-content.ts';
import type { OutlineConfig } from '../import-config.ts';
import { claimIds } from '../claim-ids.ts';
import type { DroppedMarkup } from '../markdown/html-blocks.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { plainTextOf } from '../../markdown/prose.ts';
import { ImportError } from '../import-error.ts';
import { repairMojibake } from '../repair-mojibake.ts';
import { deriveTitle, plainText } from './derive-title.ts';
import { parseOutline, type OutlineNode } from './parse-outline.ts';

/** An area of the outline (a skill set) with its items (skills), before ids are given. */
export interface OutlineArea {
  title: string;
  line: number;
  /** Markdown blocks: the area's own text. */
  intro: string[];
  items: OutlineItem[];
}

export interface OutlineItem {
  title: string;
  line: number;
  /** Markdown blocks: the item's full text, then what is nested under it. */
  body: string[];
  placeholder: boolean;
}

export interface ParsedOutline {
  introduction: string[];
  areas: OutlineArea[];
  readingList: LadderData['readingList'];
  /** The paragraph that introduced the reading list ("Stuff to read"). */
  readingListLabel?: string;
  repairedAt: number[];
  dropped: DroppedMarkup[];
}

const sentenceEnd = /[.!?:]["”’')]?$/;

/** An item that is nothing but a link: its text and address. */
function onlyLink(markdown: string): { title: string; url: string } | undefined {
  const paragraph = parseMarkdown(markdown).children[0];
  const link = paragraph?.type === 'paragraph' && paragraph.children.length === 1 ? paragraph.children[0] : undefined;
  return link?.type === 'link' ? { title: plainTextOf(link), url: link.url } : undefined;
}
const todo = /^TODO\b[\s:.–—-]*/i;

/** A paragraph's source lines: a line that ends a sentence ends a paragraph; a line cut mid-sentence is rejoined. */
function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  let open = false;
  for (const line of text.split('\n')) {
    if (open) paragraphs[paragraphs.length - 1] += ` ${line}`;
    else paragraphs.push(line);
    open = !sentenceEnd.test(line);
  }
  return paragraphs;
}

function listLines(items: OutlineNode[], indent: number): string[] {
  return items.flatMap((item, i) => {
    const marker = item.ordered ? `${i + 1}.` : '-';
    const nested = item.children.filter((child) => child.kind === 'item');
    return [`${' '.repeat(indent)}${marker} ${item.text}`, ...listLines(nested, indent + marker.length + 1)];
  });
}

/** Nodes as Markdown blocks: paragraphs split at sentence-ending lines, runs of items as (nested) lists. */
function blocksOf(nodes: OutlineNode[]): string[] {
  const blocks: string[] = [];
  let run: OutlineNode[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(listLines(run, 0).join('\n'));
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === 'item') {
      run.push(node);
      continue;
    }
    flush();
    if (node.kind === 'paragraph') blocks.push(...paragraphsOf(node.text));
    else blocks.push(`**${plainText(node.text)}**`, ...blocksOf(node.children));
  }
  flush();
  return blocks;
}

/** A trailing paragraph followed only by items that are each just a link is a reading list; it is taken off `nodes`. */
function takeReadingList(nodes: OutlineNode[]): Pick<ParsedOutline, 'readingList' | 'readingListLabel'> {
  let start = nodes.length;
  while (
    start > 0 &&
    nodes[start - 1].kind === 'item' &&
    nodes[start - 1].children.length === 0 &&
    onlyLink(nodes[start - 1].text)
  )
    start--;
  const label = nodes[start - 1];
  if (start === nodes.length || label?.kind !== 'paragraph') return { readingList: [] };
  const readingList = nodes.slice(start).map((node) => {
    const { title, url } = onlyLink(node.text)!;
    return { title: title.trim(), ...(/^https?:\/\//.test(url) ? { url } : {}) };
  });
  nodes.splice(start - 1);
  return { readingList, readingListLabel: label.text.replace(/\s+/g, ' ') };
}

function listItem(node: OutlineNode, number: string): OutlineItem {
  const nested = blocksOf(node.children);
  if (todo.test(node.text)) {
    const rest = node.text.replace(todo, '').trim();
    return {
      title: `To be written (${number})`,
      line: node.line,
      body: [rest ? `To be written. ${rest}` : 'To be written.', ...nested],
      placeholder: true,
    };
  }
  return { title: deriveTitle(node.text), line: node.line, body: [node.text, ...nested], placeholder: false };
}

function headingItem(node: OutlineNode): OutlineItem {
  return { title: plainText(node.text), line: node.line, body: blocksOf(node.children), placeholder: false };
}

/** A list item's own text is the area's intro unless it is nothing but the area's title. */
function areaOfItem(node: OutlineNode, index: number): OutlineArea {
  const title = deriveTitle(node.text);
  const items = node.children.filter((child) => child.kind === 'item');
  const rest = node.children.filter((child) => child.kind !== 'item');
  return {
    title,
    line: node.line,
    intro: [...(plainText(node.text) === title ? [] : [node.text]), ...blocksOf(rest)],
    items: items.map((item, i) => listItem(item, `${index + 1}.${i + 1}`)),
  };
}

/** A heading's items are its deeper headings if it has any, else its top-level list items; what precedes them is its intro. */
function areaOfHeading(node: OutlineNode, index: number): OutlineArea {
  const byHeading = node.children.some((child) => child.kind === 'heading');
  const isItem = (child: OutlineNode) => child.kind === (byHeading ? 'heading' : 'item');
  const area: OutlineArea = { title: plainText(node.text), line: node.line, intro: [], items: [] };
  let pending: OutlineNode[] = [];
  const settle = () => {
    const last = area.items.at(-1);
    (last ? last.body : area.intro).push(...blocksOf(pending));
    pending = [];
  };
  for (const child of node.children) {
    if (!isItem(child)) {
      pending.push(child);
      continue;
    }
    settle();
    area.items.push(byHeading ? headingItem(child) : listItem(child, `${index + 1}.${area.items.length + 1}`));
  }
  settle();
  return area;
}

/**
 * Reads an outline document: with headings, the shallowest headings are the areas; without, the top-level list
 * items are. Text before the first area is the introduction; a closing list of links is the reading list.
 */
export function parseOutlineDocument(source: string, file: string): ParsedOutline {
  const { text, repairedLines } = repairMojibake(source.replace(/\r\n?/g, '\n'));
  const dropped: DroppedMarkup[] = [];
  const nodes = parseOutline(text, dropped);
  const headings = nodes.filter((node) => node.kind === 'heading');
  const areaDepth = Math.min(...headings.map((node) => node.depth));
  const isArea =
    headings.length > 0
      ? (node: OutlineNode) => node.kind === 'heading' && node.depth === areaDepth
      : (node: OutlineNode) => node.kind === 'item';
  const first = nodes.findIndex(isArea);
  if (first < 0)
    throw new ImportError(
      file,
      undefined,
      'has no areas: an outline needs headings or a top-level list whose entries are its areas',
    );
  const lastArea = nodes.findLastIndex(isArea);
  const reading = takeReadingList(
    headings.length > 0 && lastArea === nodes.length - 1 ? nodes[lastArea].children : nodes,
  );

  const areas: OutlineArea[] = [];
  for (const node of nodes.slice(first)) {
    if (isArea(node))
      areas.push(headings.length > 0 ? areaOfHeading(node, areas.length) : areaOfItem(node, areas.length));
    else areas.at(-1)!.intro.push(...blocksOf([node]));
  }
  return { introduction: blocksOf(nodes.slice(0, first)), areas, ...reading, repairedAt: repairedLines, dropped };
}

const joined = (blocks: string[]) => blocks.filter((b) => b.trim() !== '').join('\n\n');

/** A reference ladder from an outline document: one level, its areas as skill sets and their items as skills. */
export function buildOutlineLadder(source: string, config: OutlineConfig, file: string): ImportedLadder {
  const parsed = parseOutlineDocument(source, file);
  const level = config.level;
  const skillSetIds = claimIds(parsed.areas, 'area', file);
  const items = parsed.areas.flatMap((area, a) =>
    area.items.map((item, i) => ({ item, skillSet: skillSetIds[a], order: i + 1 })),
  );
  const skillIds = claimIds(
    items.map(({ item }) => item),
    'item',
    file,
  );

  const skills = items.map(({ item, skillSet, order }, i) => {
    const body = joined(item.body);
    if (body === '')
      throw new ImportError(file, item.line, `has the item "${item.title}" with no text: add a paragraph under it`);
    const data: SkillData = {
      title: item.title,
      level: level.id,
      skillSet,
      order,
      seeAlso: [],
      furtherReading: [],
      placeholder: item.placeholder,
      aliases: [],
    };
    return { id: skillIds[i], data, body: escapeAsText(body) };
  });
  const skillSets = parsed.areas.map((area, a) => {
    const intro = joined(area.intro);
    const data: SkillSetData = {
      title: area.title,
      level: level.id,
      order: a + 1,
      tag: level.tags[0],
      ...(intro ? { intro } : {}),
      aliases: [],
    };
    return { id: skillSetIds[a], data };
  });
  const introduction = joined(parsed.introduction);
  return {
    ladder: {
      title: config.ladder.title,
      ...(introduction ? { introduction } : {}),
      source: file,
      readingList: parsed.readingList,
    },
    levels: [
      {
        id: level.id,
        data: {
          title: level.title,
          track: level.track,
          ...(level.rank === undefined ? {} : { rank: level.rank }),
          baseline: false,
          tags: level.tags,
          aliases: [],
        },
      },
    ],
    skillSets,
    skills,
    competencies: [],
    summary: emptySummary({
      levels: 1,
      skillSets: skillSets.length,
      skills: skills.length,
      rejoinedAt: [],
      mojibakeRepairedAt: parsed.repairedAt,
      placeholders: skills.filter((s) => s.data.placeholder).length,
      readingList: parsed.readingList.length,
      ...(parsed.dropped.length > 0 ? { dropped: parsed.dropped } : {}),
    }),
  };
}
