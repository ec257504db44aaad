import type { LevelsConfig } from '../import-config.ts';
import { markdownOf } from '../markdown/parse-markdown.ts';
import type { MatrixReading, ReadCell } from '../matrix/matrix-reading.ts';
import type { Expectation, LevelsDocument } from './read-levels-document.ts';

/** Expectations directly under a level, in no category of their own: one row of the grid. */
export const uncategorised = 'Expectations';

export const describeTables = 'a table of levels, each cell a skill in the skill set of its row or column';

const describeShape: Record<LevelsConfig['expectations'], string> = {
  'list-items': 'one heading per level, each list item a skill, sub-headings its skill sets',
  paragraphs: 'one heading per level, each paragraph a skill, sub-headings its skill sets',
  'table-cells': describeTables,
};

/**
 * The "levels" shape read as a grid, for weighing it against the other readings and printing it: its levels, its
 * categories (skill sets, one row each), and the expectations under each. The shape is still built as skills.
 */
export function levelsReading(name: string, doc: LevelsDocument, config: LevelsConfig): MatrixReading {
  const configOf = new Map(config.levels.map((level) => [level.heading, level]));
  // A table's cell is all of an expectation, its bold lead too; elsewhere the lead is the skill's title.
  const text = (e: Expectation) =>
    config.expectations === 'table-cells' && e.lead
      ? markdownOf([
          { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: e.lead }] }] },
          ...e.body,
        ])
      : markdownOf(e.body);
  const rows: string[] = [];
  const rowOf = (title: string) => (rows.includes(title) ? rows.indexOf(title) : rows.push(title) - 1);
  const cells: ReadCell[] = doc.levels.flatMap((level, l) =>
    level.categories.map((category) => ({
      level: l,
      competency: rowOf(category.title ?? uncategorised),
      line: category.line,
      expectations: category.expectations.map(text),
    })),
  );
  const intros = [
    ...doc.levels.map((level) => markdownOf(level.intro)),
    ...doc.levels.flatMap((level) => level.categories.map((category) => markdownOf(category.intro))),
  ].filter(Boolean);
  const introduction = markdownOf(doc.introduction);
  return {
    reading: name,
    describe: describeShape[config.expectations],
    ...(doc.title ? { title: { text: doc.title } } : {}),
    ...(introduction ? { introduction } : {}),
    levels: doc.levels.map((level) => ({
      title: configOf.get(level.heading)?.title ?? level.heading,
      line: level.line,
      track: configOf.get(level.heading)?.track ?? 'engineering',
    })),
    competencies: rows.map((title) => ({ title })),
    cells,
    prose: intros.map((text) => ({ text, where: 'a level or skill set intro' })),
    warnings: [],
  };
}
