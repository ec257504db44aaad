import type { PhrasingContent } from 'mdast';
import type { CompetencyData, LadderData, LevelData, LinkTarget, SkillData, SkillSetData } from '../content/schemas.ts';
import { slugify } from '../content/slug.ts';
import type { ImportConfig } from './import-config.ts';
import { ImportError } from './import-error.ts';
import type { DroppedMarkup } from './markdown/html-blocks.ts';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { plainTextOf } from '../markdown/prose.ts';
import type { Paragraph, ParsedLadder, ParsedSkill } from './parse-ladder-document.ts';
import { createNameResolver, looseName, splitNameList, type Named } from './resolve-names.ts';

export interface ImportedEntry<T> {
  id: string;
  data: T;
}

export interface UnresolvedName {
  line: number;
  skill: string;
  name: string;
}

export interface ImportSummary {
  levels: number;
  skillSets: number;
  skills: number;
  seeAlsoResolved: number;
  seeAlsoByAlias: number;
  unresolved: UnresolvedName[];
  excludedNotes: number;
  excludedLinks: number;
  /** See also links dropped because the Excluded note names the same skill as separate. */
  movedToExcluded: UnresolvedName[];
  furtherReading: number;
  rejoinedAt: number[];
  mojibakeRepairedAt: number[];
  /** Outline documents only: placeholder items ("to be written"), and entries of the reading list. */
  placeholders?: number;
  readingList?: number;
  /** Raw HTML the import dropped (images, other markup), by line: reported, never published as escaped text. */
  dropped?: DroppedMarkup[];
  /** Matrix readings: how many competencies, and what the reading noticed but could not place (by line or cell). */
  competencies?: number;
  readingWarnings?: { where: number | string | undefined; message: string }[];
  /** Set when the document has no title of its own and the ladder's comes from elsewhere. */
  titleFrom?: 'the file name';
  /** Documents of the "levels" shape: what the importer found, and every line it kept only as prose. */
  found?: {
    expectations: string;
    perLevel: { level: string; line: number; skillSets: string[]; skills: number }[];
    prose: { line: number; where: string }[];
    unusedFrontMatter: string[];
  };
}

export interface ImportedLadder {
  ladder: LadderData;
  levels: ImportedEntry<LevelData>[];
  skillSets: ImportedEntry<SkillSetData>[];
  /** A cell of a matrix names its competency; other skills belong to their level alone. */
  skills: (ImportedEntry<SkillData> & { body: string })[];
  /** The rows of a matrix ladder; empty for every other shape. */
  competencies: ImportedEntry<CompetencyData>[];
  summary: ImportSummary;
}

/** A summary with no links counted yet: each importer adds what it finds. */
export function emptySummary(
  counts: Pick<ImportSummary, 'levels' | 'skillSets' | 'skills' | 'rejoinedAt' | 'mojibakeRepairedAt'> &
    Partial<ImportSummary>,
): ImportSummary {
  return {
    seeAlsoResolved: 0,
    seeAlsoByAlias: 0,
    unresolved: [],
    excludedNotes: 0,
    excludedLinks: 0,
    movedToExcluded: [],
    furtherReading: 0,
    ...counts,
  };
}

const joinParagraphs = (paragraphs: Paragraph[]) => paragraphs.map((p) => p.text).join('\n\n');
const nonEmpty = (text: string) => (text.trim() === '' ? undefined : text);

/** Sentences that say what they name is out of scope: only there do skill titles count as Excluded links. */
const exclusionSentence = /separate skill|more advanced skill|also excluded/i;

/**
 * The works a "Further reading" line names, separated by semicolons: "[Team Steward Role](#)" is a title with no
 * link; "*Explore It!* by Elisabeth Hendrickson" a title and author; "*Liftoff*, 2nd ed., by …" keeps its edition.
 */
export function parseFurtherReading(text: string): SkillData['furtherReading'] {
  const paragraph = parseMarkdown(text).children[0];
  if (paragraph?.type !== 'paragraph') return [{ title: plainTextOf(parseMarkdown(text)) }];
  const entries: PhrasingContent[][] = [[]];
  for (const node of paragraph.children) {
    if (node.type !== 'text' || !node.value.includes(';')) {
      entries.at(-1)!.push(node);
      continue;
    }
    node.value.split(';').forEach((part, i) => {
      if (i > 0) entries.push([]);
      if (part.trim() !== '') entries.at(-1)!.push({ type: 'text', value: part });
    });
  }
  return entries.filter((entry) => entry.length > 0).map(readingOf);
}

function readingOf(entry: PhrasingContent[]): SkillData['furtherReading'][number] {
  const [first, ...rest] = entry;
  const named = first.type === 'link' || first.type === 'emphasis' || first.type === 'strong';
  if (!named) return { title: plainTextOf(entry) };
  const url = first.type === 'link' && /^https?:\/\//.test(first.url.trim()) ? first.url.trim() : undefined;
  const after = /^(.*?)(?:,?\s*\bby\s+(.+))?$/s.exec(plainTextOf(rest))!;
  const title = `${plainTextOf(first)}${after[1].replace(/[,\s]+$/, '')}`.trim();
  return { title, ...(after[2] ? { author: after[2].trim() } : {}), ...(url ? { url } : {}) };
}

/** The document means <, >, { and } as text; escaped, no Markdown or MDX renderer reads them as tags or code. */
export function escapeAsText(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `\\${c}`);
}

function claimIds(items: { line: number; title: string }[], kind: string, file: string): string[] {
  const seen = new Map<string, { line: number; title: string }>();
  return items.map((item) => {
    const id = slugify(item.title);
    if (id === '')
      throw new ImportError(
        file,
        item.line,
        `has the ${kind} "${item.title}" whose title has no letters or digits to make an id from`,
      );
    const earlier = seen.get(id);
    if (earlier) {
      const same = looseName(earlier.title) === looseName(item.title);
      throw new ImportError(
        file,
        item.line,
        same
          ? `repeats the ${kind} title "${item.title}" (first on line ${earlier.line}): titles must be unique; rename one`
          : `has the ${kind} "${item.title}", whose id "${id}" is also that of "${earlier.title}" on line ${earlier.line}: reword one title`,
      );
    }
    seen.set(id, item);
    return id;
  });
}

/** Turns a parsed document into content entries, resolving every cited name it can and keeping the rest. */
export function buildLadderContent(
  parsed: ParsedLadder,
  config: ImportConfig,
  file: string,
  configFile: string,
): ImportedLadder {
  const levels = parsed.levels.map((level) => ({ level, id: level.config.id ?? slugify(level.title) }));
  const skillSets = levels.flatMap(({ level, id }) => level.skillSets.map((skillSet) => ({ skillSet, levelId: id })));
  const skillSetIds = claimIds(
    skillSets.map((s) => s.skillSet),
    'skill set',
    file,
  );
  const skills = skillSets.flatMap(({ skillSet, levelId }, i) =>
    skillSet.skills.map((skill, order) => ({ skill, levelId, skillSetId: skillSetIds[i], order: order + 1 })),
  );
  const skillIds = claimIds(
    skills.map((s) => s.skill),
    'skill',
    file,
  );

  // A "higher bar" entry repeats the name of the skill set (or side level) it raises; it is not itself a link target.
  const skillSetByName = new Map(skillSets.map(({ skillSet }, i) => [looseName(skillSet.title), skillSetIds[i]]));
  const levelByName = new Map(levels.map(({ level, id }) => [looseName(level.title), id]));
  const raisesOf = (skill: ParsedSkill, ownSkillSet: string): SkillData['raises'] => {
    const name = looseName(skill.title.replace(/^\((.*)\)$/, '$1'));
    const skillSet = skillSetByName.get(name);
    if (skillSet && skillSet !== ownSkillSet) return { skillSet };
    const level = levelByName.get(name);
    return level ? { level } : undefined;
  };
  const raises = skills.map(({ skill, skillSetId }) => raisesOf(skill, skillSetId));

  const targets: Named[] = skills.flatMap(({ skill }, i) =>
    raises[i] ? [] : [{ id: skillIds[i], title: skill.title }],
  );
  const skillSetNames = skillSets.map(({ skillSet }, i) => ({ id: skillSetIds[i], title: skillSet.title }));
  const byTitleOnly = createNameResolver(targets, skillSetNames, {});
  const configured = (name: string, title: string, field: string) => {
    const resolution = byTitleOnly.resolve(title);
    if (!resolution)
      throw new ImportError(
        configFile,
        undefined,
        `${field}: maps "${name}" to "${title}", which is not the title of any skill or skill set in ${file}`,
      );
    return resolution.target;
  };
  for (const [name, title] of Object.entries(config.aliases)) configured(name, title, 'aliases');
  const resolver = createNameResolver(targets, skillSetNames, config.aliases);
  const excludedPhrases = [
    ...targets.map((t) => ({ phrase: looseName(t.title), id: t.id })),
    ...Object.entries(config.excludedNames).flatMap(([phrase, title]) => {
      const target = configured(phrase, title, 'excludedNames');
      if (!('skill' in target))
        throw new ImportError(
          configFile,
          undefined,
          `excludedNames: "${phrase}" maps to the skill set "${title}"; an Excluded note can only link skills`,
        );
      return [{ phrase: looseName(phrase), id: target.skill }];
    }),
  ];

  const summary = emptySummary({
    levels: levels.length,
    skillSets: skillSets.length,
    skills: skills.length,
    rejoinedAt: parsed.rejoinedAt,
    mojibakeRepairedAt: parsed.repairedAt,
    ...(parsed.dropped.length > 0 ? { dropped: parsed.dropped } : {}),
  });

  const skillEntries = skills.map(({ skill, levelId, skillSetId, order }, i) => {
    const id = skillIds[i];
    const seeAlso: LinkTarget[] = [];
    for (const name of skill.seeAlso ? splitNameList(skill.seeAlso.text, resolver) : []) {
      const resolution = resolver.resolve(name);
      if (resolution) {
        summary.seeAlsoResolved++;
        if (resolution.via === 'alias') summary.seeAlsoByAlias++;
        seeAlso.push(resolution.target);
      } else {
        summary.unresolved.push({ line: skill.seeAlso!.line, skill: skill.title, name });
        seeAlso.push({ unresolved: name });
      }
    }
    const excludedIds = skill.excluded
      ? excludedSkills(skill.excluded.text, excludedPhrases).filter((other) => other !== id)
      : [];
    // A note without links leaves `skills` out of the file; the schema reads that as no skills.
    const excluded =
      skill.excluded &&
      ({ note: skill.excluded.text, ...(excludedIds.length ? { skills: excludedIds } : {}) } as SkillData['excluded']);
    if (excluded) {
      summary.excludedNotes++;
      summary.excludedLinks += excludedIds.length;
    }
    // The Excluded note is the more specific statement: a skill it names as separate is listed there, not twice.
    for (const other of excludedIds) {
      const at = seeAlso.findIndex((t) => 'skill' in t && t.skill === other);
      if (at >= 0) {
        seeAlso.splice(at, 1);
        summary.movedToExcluded.push({ line: skill.excluded!.line, skill: skill.title, name: other });
      }
    }
    const furtherReading = skill.furtherReading.flatMap((p) => parseFurtherReading(p.text));
    summary.furtherReading += furtherReading.length;
    const body = joinParagraphs(skill.body);
    if (body.trim() === '')
      throw new ImportError(
        file,
        skill.line,
        `has the skill "${skill.title}" with no description: add a paragraph under its heading`,
      );
    const data: SkillData = {
      title: skill.title,
      level: levelId,
      skillSet: skillSetId,
      order,
      seeAlso,
      ...(excluded ? { excluded } : {}),
      furtherReading,
      placeholder: false,
      ...(raises[i] ? { raises: raises[i] } : {}),
      aliases: [],
    };
    return { id, data, body: escapeAsText(body) };
  });

  const preamble = parsed.preamble;
  const split = Math.max(0, preamble.length - config.disclaimerParagraphs);
  return {
    ladder: {
      title: parsed.title,
      ...(parsed.updated ? { updated: parsed.updated } : {}),
      ...(nonEmpty(joinParagraphs(preamble.slice(0, split)))
        ? { introduction: joinParagraphs(preamble.slice(0, split)) }
        : {}),
      ...(nonEmpty(joinParagraphs(preamble.slice(split))) ? { disclaimer: joinParagraphs(preamble.slice(split)) } : {}),
      source: file,
      readingList: [],
    },
    levels: levels.map(({ level, id }) => ({
      id,
      data: {
        title: level.title,
        track: level.config.track,
        ...(level.config.rank === undefined ? {} : { rank: level.config.rank }),
        baseline: level.config.baseline ?? false,
        tags: level.config.tags,
        ...(nonEmpty(joinParagraphs(level.intro)) ? { intro: joinParagraphs(level.intro) } : {}),
        aliases: [],
      },
    })),
    skillSets: skillSets.map(({ skillSet, levelId }, i) => ({
      id: skillSetIds[i],
      data: {
        title: skillSet.title,
        level: levelId,
        order: levels.find((l) => l.id === levelId)!.level.skillSets.indexOf(skillSet) + 1,
        tag: skillSet.tag,
        ...(nonEmpty(joinParagraphs(skillSet.intro)) ? { intro: joinParagraphs(skillSet.intro) } : {}),
        aliases: [],
      },
    })),
    skills: skillEntries,
    competencies: [],
    summary,
  };
}

/**
 * The skills an Excluded note names, in the sentences that rule something out. Longer phrases match first and
 * use up their words, so "facilitating the chartering session" is not also read as "chartering".
 */
function excludedSkills(note: string, phrases: { phrase: string; id: string }[]): string[] {
  const words = (text: string) =>
    looseName(text)
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const forms = phrases
    .flatMap(({ phrase, id }) => {
      const base = words(phrase);
      return [base, base.replace(/s$/, ''), `${base}s`].map((form) => ({ form, id }));
    })
    .sort((a, b) => b.form.length - a.form.length);
  const found: { id: string; at: number }[] = [];
  let offset = 0;
  for (const sentence of note.split(/(?<=[.;!?])\s+/)) {
    let text = ` ${words(sentence)} `;
    for (const { form, id } of exclusionSentence.test(sentence) ? forms : []) {
      const at = text.indexOf(` ${form} `);
      if (at < 0) continue;
      text = text.slice(0, at) + ` ${'|'.repeat(form.length)} ` + text.slice(at + form.length + 2);
      if (!found.some((f) => f.id === id)) found.push({ id, at: offset + at });
    }
    offset += text.length;
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}
