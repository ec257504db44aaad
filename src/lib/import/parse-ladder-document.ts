import type { Heading, Paragraph as ParagraphNode, PhrasingContent } from 'mdast';
import type { ImportConfig, LevelConfig } from './import-config.ts';
import { ImportError } from './import-error.ts';
import { convertHtmlBlock, type DroppedMarkup } from './markdown/html-blocks.ts';
import { lineOf, markdownOf, parseMarkdown, sourceBetween, sourceOf } from './markdown/parse-markdown.ts';
import { plainTextOf } from '../markdown/prose.ts';
import { repairMojibake } from './repair-mojibake.ts';

/** A paragraph of the source with the line it starts on. */
export interface Paragraph {
  line: number;
  text: string;
}

export interface ParsedSkill {
  line: number;
  title: string;
  body: Paragraph[];
  excluded?: Paragraph;
  seeAlso?: Paragraph;
  furtherReading: Paragraph[];
}

export interface ParsedSkillSet {
  line: number;
  title: string;
  tag: string;
  intro: Paragraph[];
  skills: ParsedSkill[];
}

export interface ParsedLevel {
  line: number;
  config: LevelConfig;
  title: string;
  intro: Paragraph[];
  skillSets: ParsedSkillSet[];
}

export interface ParsedLadder {
  title: string;
  updated?: string;
  preamble: Paragraph[];
  levels: ParsedLevel[];
  /** Lines where a paragraph split mid-sentence by the export was joined back to the one before it. */
  rejoinedAt: number[];
  /** Lines where UTF-8 text once read as Windows-1252 ("â€™") was decoded back. */
  repairedAt: number[];
  /** Raw HTML dropped from the document (images, other markup). */
  dropped: DroppedMarkup[];
}

/** A paragraph led by "Excluded:", "See also:" or "Further reading:": which, as written, and the text after it. */
interface Label {
  key: 'excluded' | 'seeAlso' | 'furtherReading';
  name: string;
  value: string;
}

type Block =
  | { kind: 'heading'; line: number; title: string; italic: boolean }
  | { kind: 'paragraph'; line: number; text: string; label?: Label }
  | { kind: 'rule'; line: number };

const labelKeys: Record<string, Label['key']> = {
  excluded: 'excluded',
  'see also': 'seeAlso',
  'further reading': 'furtherReading',
};

/** The label leading a paragraph, bold or not ("**See also:** …", "Further reading: …"). */
function labelOf(source: string, paragraph: ParagraphNode): Label | undefined {
  const first = paragraph.children[0];
  const lead =
    first?.type === 'strong' || first?.type === 'emphasis'
      ? { name: plainTextOf(first), end: first.position!.end.offset! }
      : first?.type === 'text' && first.value.includes(':')
        ? {
            name: first.value.slice(0, first.value.indexOf(':') + 1),
            end: first.position!.start.offset! + first.value.indexOf(':') + 1,
          }
        : undefined;
  const name = lead && /^(.+):$/.exec(lead.name.trim())?.[1];
  const key = name && labelKeys[name.toLowerCase()];
  if (!lead || !name || !key) return undefined;
  const value = source
    .slice(lead.end, paragraph.position!.end.offset)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return { key, name, value };
}

/** A heading's title as written, without the emphasis wrapped around all of it, and whether any of that was italic. */
function headingTitle(source: string, heading: Heading): { title: string; italic: boolean } {
  let children: PhrasingContent[] = heading.children;
  let italic = false;
  while (children.length === 1 && (children[0].type === 'emphasis' || children[0].type === 'strong')) {
    if (children[0].type === 'emphasis') italic = true;
    children = children[0].children;
  }
  return { title: children.length === 0 ? '' : sourceBetween(source, children[0], children.at(-1)!).trim(), italic };
}

/** Normalises what exports and editors vary: a byte-order mark and Windows line endings. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The document's top-level blocks: headings, rules, and every other block as Markdown text (raw HTML converted). */
function readBlocks(text: string, dropped: DroppedMarkup[]): Block[] {
  return parseMarkdown(text).children.flatMap((node): Block[] => {
    if (node.type === 'thematicBreak') return [{ kind: 'rule', line: lineOf(node) }];
    if (node.type === 'heading') return [{ kind: 'heading', line: lineOf(node), ...headingTitle(text, node) }];
    if (node.type === 'html')
      return convertHtmlBlock(node, dropped).map((block) => ({
        kind: 'paragraph',
        line: lineOf(node),
        text: markdownOf([block]),
      }));
    const label = node.type === 'paragraph' ? labelOf(text, node) : undefined;
    return [{ kind: 'paragraph', line: lineOf(node), text: sourceOf(text, node), ...(label ? { label } : {}) }];
  });
}

const endsSentence = /[.!?:;)\]"”’'…*_]$/;

/** Joins a paragraph the export split mid-sentence: one ending without terminal punctuation, the next starting in lower case. */
function rejoinSplitParagraphs(blocks: Block[], rejoinedAt: number[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (
      block.kind === 'paragraph' &&
      previous?.kind === 'paragraph' &&
      !endsSentence.test(previous.text) &&
      /^[a-z]/.test(block.text) &&
      !previous.label
    ) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${block.text}` };
      rejoinedAt.push(block.line);
    } else {
      joined.push(block);
    }
  }
  return joined;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Updated 18 Aug 2024" → "2024-08-18". */
function parseUpdated(text: string): string | undefined {
  const match = /^[*_]*Updated\s+(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})[*_]*$/.exec(text.trim());
  const month = match ? months.indexOf(match[2].toLowerCase()) + 1 : 0;
  if (!match || month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/**
 * Reads a ladder document into levels, skill sets and skills. Headings are classified by meaning, not depth:
 * level sections are the headings the config names, skill sets are headings ending in a level tag in
 * parentheses, and every other heading inside a skill set is a skill.
 */
export function parseLadderDocument(source: string, config: ImportConfig, file: string): ParsedLadder {
  const { text, repairedLines } = repairMojibake(normaliseSource(source));
  if (text.trim() === '')
    throw new ImportError(
      file,
      undefined,
      'is empty: expected a ladder document with a title heading and level sections',
    );
  const rejoinedAt: number[] = [];
  const dropped: DroppedMarkup[] = [];
  const blocks = rejoinSplitParagraphs(readBlocks(text, dropped), rejoinedAt);
  function fail(line: number, problem: string): never {
    throw new ImportError(file, line, problem);
  }

  const levelConfigs = new Map(config.levels.map((level) => [level.heading.toLowerCase(), level]));
  const ladder: ParsedLadder = { title: '', preamble: [], levels: [], rejoinedAt, repairedAt: repairedLines, dropped };
  let level: ParsedLevel | undefined;
  let skillSet: ParsedSkillSet | undefined;
  let skill: ParsedSkill | undefined;

  for (const block of blocks) {
    if (block.kind === 'rule') continue;
    if (block.kind === 'heading') {
      if (block.title === '') fail(block.line, 'has an empty heading: give it a title or remove it');
      const levelConfig = levelConfigs.get(block.title.toLowerCase());
      const tagged = /^(.+?)\s*\(([^()]+)\)$/.exec(block.title);
      if (!ladder.title) {
        if (levelConfig)
          fail(block.line, `starts with the level section "${block.title}": expected the ladder's title heading first`);
        ladder.title = block.title;
      } else if (levelConfig) {
        if (ladder.levels.some((l) => l.config === levelConfig))
          fail(block.line, `repeats the level section "${block.title}"`);
        level = { line: block.line, config: levelConfig, title: block.title, intro: [], skillSets: [] };
        ladder.levels.push(level);
        skillSet = skill = undefined;
      } else if (!level) {
        fail(
          block.line,
          `has the heading "${block.title}" before any level section. Level sections are the headings listed under "levels" in the import config (${config.levels.map((l) => `"${l.heading}"`).join(', ')}); add it there if it is one`,
        );
      } else if (tagged && level.config.tags.includes(tagged[2].trim())) {
        skillSet = { line: block.line, title: tagged[1].trim(), tag: tagged[2].trim(), intro: [], skills: [] };
        level.skillSets.push(skillSet);
        skill = undefined;
      } else if (tagged && block.italic) {
        const owner = config.levels.find((l) => l.tags.includes(tagged[2].trim()));
        fail(
          block.line,
          owner
            ? `has the skill set "${block.title}" tagged for "${owner.heading}" inside the level section "${level.title}": move it, or fix its tag`
            : `has the skill set heading "${block.title}" whose tag "(${tagged[2]})" is no level's tag: add it to the tags of "${level.title}" in the import config`,
        );
      } else if (!skillSet) {
        fail(
          block.line,
          `has the heading "${block.title}" in level "${level.title}" before any skill set. A skill set's heading ends in one of this level's tags in parentheses: ${level.config.tags.map((t) => `"(${t})"`).join(', ')}`,
        );
      } else {
        skill = { line: block.line, title: block.title, body: [], furtherReading: [] };
        skillSet.skills.push(skill);
      }
      continue;
    }

    const paragraph = { line: block.line, text: block.text };
    const { label } = block;
    if (label) {
      if (!skill) fail(block.line, `has a "${label.name}:" line outside any skill`);
      const value = { line: block.line, text: label.value };
      if (value.text === '')
        fail(
          block.line,
          `has an empty "${label.name}:" line in the skill "${skill.title}": name what it refers to, or remove the line`,
        );
      if (label.key === 'furtherReading') skill.furtherReading.push(value);
      else if (skill[label.key])
        fail(
          block.line,
          `has a second "${label.key === 'seeAlso' ? 'See also' : 'Excluded'}:" line in the skill "${skill.title}" (the first is on line ${skill[label.key]!.line}): merge them`,
        );
      else skill[label.key] = value;
    } else if (skill) {
      skill.body.push(paragraph);
    } else if (skillSet) {
      skillSet.intro.push(paragraph);
    } else if (level) {
      level.intro.push(paragraph);
    } else if (!ladder.title) {
      fail(block.line, 'has text before the title heading: a ladder document starts with its title as a heading');
    } else if (!ladder.updated && parseUpdated(block.text)) {
      ladder.updated = parseUpdated(block.text);
    } else {
      ladder.preamble.push(paragraph);
    }
  }

  if (ladder.levels.length === 0) {
    throw new ImportError(
      file,
      undefined,
      `has no level sections: none of the headings matches a level in the import config (${config.levels.map((l) => `"${l.heading}"`).join(', ')})`,
    );
  }
  return ladder;
}
