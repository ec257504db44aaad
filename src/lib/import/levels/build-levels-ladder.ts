import type { SkillData } from '../../content/schemas.ts';
import { slugify } from '../../content/slug.ts';
import { emptySummary, type ImportedLadder } from '../build-ladder-content.ts';
import type { LevelsConfig } from '../import-config.ts';
import { ImportError } from '../import-error.ts';
import { claimIds } from '../claim-ids.ts';
import { markdownOf } from '../markdown/parse-markdown.ts';
import { deriveTitle, titleFromFileName } from '../outline/derive-title.ts';
import { readLevelsDocument } from './read-levels-document.ts';

/** Titles must be unique within their kind: a title used at several levels names its level, then a number if needed. */
function uniqueTitles(entries: { title: string; level: string }[]): string[] {
  const count = (titles: string[]) =>
    titles.reduce((m, t) => m.set(t.toLowerCase(), (m.get(t.toLowerCase()) ?? 0) + 1), new Map<string, number>());
  const first = count(entries.map((e) => e.title));
  const named = entries.map((e) => (first.get(e.title.toLowerCase())! > 1 ? `${e.title} (${e.level})` : e.title));
  const second = count(named);
  const seen = new Map<string, number>();
  return named.map((title) => {
    if (second.get(title.toLowerCase())! === 1) return title;
    const n = (seen.get(title.toLowerCase()) ?? 0) + 1;
    seen.set(title.toLowerCase(), n);
    return `${title} (${n})`;
  });
}

/** A ladder from a document of level headings or level tables: categories become skill sets, expectations skills. */
export function buildLevelsLadder(
  source: string,
  config: LevelsConfig,
  file: string,
  configFile: string,
): ImportedLadder {
  const doc = readLevelsDocument(source, config, file);
  // A document that opens with its first level has no title of its own: its file name is the next best.
  const title = config.title ?? doc.title ?? titleFromFileName(file);
  for (const level of config.levels) {
    if (!doc.levels.some((l) => l.heading === level.heading)) {
      throw new ImportError(
        configFile,
        undefined,
        `levels: "${level.heading}" matches no ${config.expectations === 'table-cells' ? 'table header cell' : 'heading'} of ${file}: correct it or remove it`,
      );
    }
  }
  const levelConfigs = new Map(config.levels.map((level) => [level.heading, level]));
  const levels = doc.levels.map((section) => {
    const level = levelConfigs.get(section.heading)!;
    const id = level.id ?? slugify(section.heading);
    if (id === '')
      throw new ImportError(
        file,
        section.line,
        `has the level "${section.heading}" whose title has no letters or digits to make an id from: set its id in ${configFile}`,
      );
    const skills = section.categories.reduce((n, c) => n + c.expectations.length, 0);
    if (skills === 0) {
      throw new ImportError(
        file,
        section.line,
        `has the level "${section.heading}" with no expectations under it (${config.expectations === 'table-cells' ? 'non-empty cells in its column or row' : config.expectations.replace('-', ' ')}): add some, or remove the level from ${configFile}`,
      );
    }
    return { section, level, id, title: level.title ?? section.heading };
  });
  if (levels.length === 0) throw new ImportError(file, undefined, 'has no levels with expectations: nothing to import');

  const categories = levels.flatMap((level) => level.section.categories.map((category) => ({ level, category })));
  const skillSetTitles = uniqueTitles(
    categories.map(({ level, category }) => ({ title: category.title ?? level.title, level: level.title })),
  );
  const skillSetIds = claimIds(
    categories.map(({ category }, i) => ({ title: skillSetTitles[i], line: category.line })),
    'skill set',
    file,
  );
  const expectations = categories.flatMap(({ level, category }, c) =>
    category.expectations.map((expectation, order) => ({
      level,
      expectation,
      skillSet: skillSetIds[c],
      order: order + 1,
    })),
  );
  const skillTitles = uniqueTitles(
    expectations.map(({ level, expectation }) => ({
      title: expectation.lead ?? deriveTitle(markdownOf(expectation.body)),
      level: level.title,
    })),
  );
  const skillIds = claimIds(
    expectations.map(({ expectation }, i) => ({ title: skillTitles[i], line: expectation.line })),
    'skill',
    file,
  );

  const droppedLines = new Set(doc.dropped.map((d) => d.line));
  const contentLines = new Set(source.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [i + 1])));
  if (droppedLines.size * 2 > contentLines.size) {
    throw new ImportError(
      file,
      doc.dropped[0].line,
      `is mostly markup the importer drops (${droppedLines.size} of ${contentLines.size} lines): ${doc.dropped
        .slice(0, 5)
        .map((d) => `line ${d.line}: ${d.what}`)
        .join('; ')}`,
    );
  }

  const skills = expectations.map(({ level, expectation, skillSet, order }, i) => {
    const body = markdownOf(expectation.body);
    if (body === '')
      throw new ImportError(file, expectation.line, `has the expectation "${skillTitles[i]}" with no text`);
    const data: SkillData = {
      title: skillTitles[i],
      level: level.id,
      skillSet,
      order,
      seeAlso: [],
      furtherReading: [],
      placeholder: false,
      aliases: [],
    };
    return { id: skillIds[i], data, body };
  });
  const introduction = markdownOf(doc.introduction);
  const tagOf = (level: (typeof levels)[number]) => level.level.tags ?? [level.title];
  return {
    ladder: {
      title,
      ...(doc.updated ? { updated: doc.updated } : {}),
      ...(introduction ? { introduction } : {}),
      source: file,
      readingList: [],
    },
    levels: levels.map((level) => {
      const intro = markdownOf(level.section.intro);
      return {
        id: level.id,
        data: {
          title: level.title,
          track: level.level.track,
          ...(level.level.rank === undefined ? {} : { rank: level.level.rank }),
          baseline: false,
          tags: tagOf(level),
          ...(intro ? { intro } : {}),
          aliases: [],
        },
      };
    }),
    skillSets: categories.map(({ level, category }, c) => {
      const intro = markdownOf(category.intro);
      const order = level.section.categories.indexOf(category) + 1;
      return {
        id: skillSetIds[c],
        data: {
          title: skillSetTitles[c],
          level: level.id,
          order,
          tag: tagOf(level)[0],
          ...(intro ? { intro } : {}),
          aliases: [],
        },
      };
    }),
    skills,
    competencies: [],
    summary: {
      ...emptySummary({
        levels: levels.length,
        skillSets: categories.length,
        skills: skills.length,
        rejoinedAt: [],
        mojibakeRepairedAt: [],
        dropped: doc.dropped,
        ...((config.title ?? doc.title) ? {} : { titleFrom: 'the file name' as const }),
      }),
      found: {
        expectations: config.expectations,
        perLevel: levels.map((level) => ({
          level: level.title,
          line: level.section.line,
          skillSets: level.section.categories.map(
            (c, i) => skillSetTitles[categories.findIndex((k) => k.category === c)] ?? String(i),
          ),
          skills: level.section.categories.reduce((n, c) => n + c.expectations.length, 0),
        })),
        prose: doc.prose,
        unusedFrontMatter: doc.frontMatterKeys.filter(
          (key) => !['title', 'updated', 'date', 'last_updated'].includes(key),
        ),
      },
    },
  };
}
