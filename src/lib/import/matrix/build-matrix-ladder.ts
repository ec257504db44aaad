import type { CompetencyData, LevelData, SkillData, SkillSetData } from '../../content/schemas.ts';
import { emptySummary, type ImportedEntry, type ImportedLadder } from '../build-ladder-content.ts';
import { claimIds } from '../claim-ids.ts';
import { ImportError } from '../import-error.ts';
import type { MatrixReading, ReadCell } from './matrix-reading.ts';
import { titleFromFileName } from '../outline/derive-title.ts';

/** The skill set of a level's cells when the source groups its competencies under no category. */
export const ungroupedSkillSet = 'Competencies';

/** A cell's expectations as Markdown: one is prose; several are a list, each item's own lines indented under it. */
export function cellBody(expectations: string[]): string {
  const texts = expectations.map((text) => text.trim()).filter((text) => text !== '');
  if (texts.length === 1) return texts[0];
  return texts.map((text) => `- ${text.split('\n').join('\n  ')}`).join('\n');
}

const place = (where: { line?: number; cell?: string }) => where.line ?? where.cell;

/**
 * A matrix reading as content: its levels (ranked in order within their track, an "all levels" section as the
 * baseline), one skill set per level per competency group, one skill per non-empty cell ("Tooling at L2") naming its
 * competency, and every piece of prose (the introduction, what is not the grid, a competency's own words) kept.
 */
export function buildMatrixLadder(reading: MatrixReading, file: string): ImportedLadder {
  const cells = mergedCells(reading.cells).filter((cell) => cell.expectations.some((text) => text.trim() !== ''));
  const used = reading.competencies.map((_, c) => cells.some((cell) => cell.competency === c));
  const kept = reading.competencies.flatMap((competency, c) => (used[c] ? [{ competency, c }] : []));
  if (kept.length === 0)
    throw new ImportError(file, reading.title?.line, `has no expectations in the reading "${reading.reading}"`);

  const levelIds = claimIds(
    reading.levels.map((level) => ({ title: level.title, line: level.line ?? 1 })),
    'level',
    file,
  );
  const ranks = { engineering: 0, management: 0 };
  const levels: ImportedEntry<LevelData>[] = reading.levels.map((level, l) => {
    const track = level.track ?? 'engineering';
    return {
      id: levelIds[l],
      data: {
        title: level.title,
        track,
        rank: level.baseline ? 0 : ++ranks[track],
        baseline: level.baseline ?? false,
        tags: [level.title],
        ...(level.intro?.trim() ? { intro: level.intro.trim() } : {}),
        aliases: [],
      },
    };
  });

  const competencyIds = claimIds(
    kept.map(({ competency }) => ({ title: competency.title, line: competency.line ?? 1 })),
    'competency',
    file,
  );
  const competencyIdOf = new Map(kept.map(({ c }, k) => [c, competencyIds[k]]));
  const orderOf = new Map(kept.map(({ c }, k) => [c, k + 1]));
  const competencies: ImportedEntry<CompetencyData>[] = kept.map(({ competency }, k) => ({
    id: competencyIds[k],
    data: {
      title: competency.title,
      order: k + 1,
      ...(competency.group ? { group: competency.group } : {}),
      ...(competency.intro?.trim() ? { intro: competency.intro.trim() } : {}),
      aliases: [],
    },
  }));

  // One skill set per level per group, in the order the groups first appear among the competencies.
  const groups = [...new Set(kept.map(({ competency }) => competency.group ?? ungroupedSkillSet))];
  const groupOf = (c: number) => reading.competencies[c].group ?? ungroupedSkillSet;
  const sets = reading.levels.flatMap((_, l) =>
    groups
      .filter((group) => cells.some((cell) => cell.level === l && groupOf(cell.competency) === group))
      .map((group, g) => ({ level: l, group, order: g + 1 })),
  );
  // Titled like the cells ("Craft at L2"): a skill set's title names one thing in the ladder.
  const setTitles = sets.map((set) => `${set.group} at ${reading.levels[set.level].title}`);
  const setIds = claimIds(
    setTitles.map((title) => ({ title, line: 1 })),
    'skill set',
    file,
  );
  const skillSets: ImportedEntry<SkillSetData>[] = sets.map((set, s) => ({
    id: setIds[s],
    data: {
      title: setTitles[s],
      level: levelIds[set.level],
      order: set.order,
      tag: reading.levels[set.level].title,
      aliases: [],
    },
  }));
  const setIdOf = (level: number, group: string) =>
    setIds[sets.findIndex((s) => s.level === level && s.group === group)];

  const ordered = [...cells].sort(
    (a, b) => a.level - b.level || orderOf.get(a.competency)! - orderOf.get(b.competency)!,
  );
  const titles = ordered.map(
    (cell) => `${reading.competencies[cell.competency].title} at ${reading.levels[cell.level].title}`,
  );
  const skillIds = claimIds(
    ordered.map((cell, i) => ({ title: titles[i], line: cell.line ?? 1 })),
    'cell',
    file,
  );
  const skills = ordered.map((cell, i) => {
    const data: SkillData = {
      title: titles[i],
      level: levelIds[cell.level],
      skillSet: setIdOf(cell.level, groupOf(cell.competency)),
      order: orderOf.get(cell.competency)!,
      competency: competencyIdOf.get(cell.competency)!,
      seeAlso: [],
      furtherReading: [],
      placeholder: false,
      aliases: [],
    };
    return { id: skillIds[i], data, body: cellBody(cell.expectations) };
  });

  // A competency without a cell has no page of its own: its words join the introduction rather than vanish.
  const orphans = reading.competencies.flatMap((competency, c) =>
    used[c] ? [] : [[`**${competency.title}**`, competency.intro ?? ''].filter(Boolean).join('\n\n')],
  );
  const introduction = [reading.introduction ?? '', ...reading.prose.map((p) => p.text), ...orphans]
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n\n');
  return {
    ladder: {
      title: reading.title?.text ?? titleFromFileName(file),
      ...(introduction ? { introduction } : {}),
      source: file,
      readingList: [],
    },
    levels,
    skillSets,
    skills,
    competencies,
    summary: {
      ...emptySummary({
        levels: levels.length,
        skillSets: skillSets.length,
        skills: skills.length,
        rejoinedAt: [],
        mojibakeRepairedAt: [],
      }),
      competencies: competencies.length,
      ...(reading.title ? {} : { titleFrom: 'the file name' as const }),
      readingWarnings: [
        ...reading.warnings.map((w) => ({ where: place(w), message: w.message })),
        ...reading.competencies.flatMap((competency, c) =>
          used[c]
            ? []
            : [
                {
                  where: place(competency),
                  message: `the competency "${competency.title}" has no expectations: its text is kept in the introduction`,
                },
              ],
        ),
      ],
    },
  };
}

/** Two cells of one competency at one level (a source repeating a row) become one cell holding both. */
function mergedCells(cells: ReadCell[]): ReadCell[] {
  const byKey = new Map<string, ReadCell>();
  for (const cell of cells) {
    const key = `${cell.level}:${cell.competency}`;
    const earlier = byKey.get(key);
    if (earlier) earlier.expectations = [...earlier.expectations, ...cell.expectations];
    else byKey.set(key, { ...cell, expectations: [...cell.expectations] });
  }
  return [...byKey.values()];
}
