// A matrix ladder's competencies as rows: each competency's cells level by level, per track, computed once per build.
// A cell builds on the same competency's cell below it in its track, so the rows also give the derived "Builds on".
import type { LevelData } from '../content/schemas.ts';
import type { Competency, Level, Skill, Track } from './ladder.ts';

/** One level of a competency's row: the skill holding its expectation there, or none (an empty cell). */
export interface CompetencyCell {
  level: Level;
  skill?: Skill;
}

/** A competency's row in one track, its levels bottom to top. */
export interface CompetencyTrackRow {
  track: LevelData['track'];
  cells: CompetencyCell[];
}

/** A competency with its cells, per track. */
export interface CompetencyRow {
  competency: Competency;
  tracks: CompetencyTrackRow[];
  /** The cells that hold a skill, in reading order (tracks in order, each bottom to top). */
  skills: Skill[];
}

/** Where a skill stands in its competency's row: the row, and the cells below and above it in its track. */
export interface CellPlace {
  row: CompetencyRow;
  /** The nearest cell below in the track, which this one builds on. */
  previous?: Skill;
  next?: Skill;
}

export interface CompetencyRows {
  /** Every competency's row, by the competencies' order. */
  rows: CompetencyRow[];
  row(id: string): CompetencyRow;
  /** A skill's place in its competency's row; undefined for a skill that is no cell. */
  placeOf(skill: Skill): CellPlace | undefined;
}

/**
 * The competency rows of a ladder. A row's columns are the levels of each track that hold a cell of any competency
 * (so a row shows its empty cells beside its neighbours' full ones), ranked levels bottom to top, then the others.
 */
export function competencyRows(competencies: Competency[], skills: Skill[], tracks: Track[]): CompetencyRows {
  const cellsOf = new Map<string, Map<string, Skill>>();
  for (const skill of skills) {
    const { competency } = skill.data;
    if (competency === undefined) continue;
    const byLevel = cellsOf.get(competency) ?? new Map<string, Skill>();
    byLevel.set(skill.data.level, skill);
    cellsOf.set(competency, byLevel);
  }
  const levelsWithCells = new Set(skills.flatMap((skill) => (skill.data.competency ? [skill.data.level] : [])));
  const columns = tracks
    .map(({ track, levels }) => ({ track, levels: levels.filter((level) => levelsWithCells.has(level.id)) }))
    .filter(({ levels }) => levels.length > 0);

  const places = new Map<string, CellPlace>();
  const rows = [...competencies]
    .sort((a, b) => a.data.order - b.data.order)
    .map((competency): CompetencyRow => {
      const byLevel = cellsOf.get(competency.id) ?? new Map<string, Skill>();
      const trackRows = columns
        .map(({ track, levels }) => ({
          track,
          cells: levels.map((level): CompetencyCell => {
            const skill = byLevel.get(level.id);
            return skill ? { level, skill } : { level };
          }),
        }))
        .filter(({ cells }) => cells.some((cell) => cell.skill));
      return { competency, tracks: trackRows, skills: trackRows.flatMap(({ cells }) => cellSkills(cells)) };
    });
  for (const row of rows) {
    for (const { cells } of row.tracks) {
      // Only ranked levels form the rungs a cell grows along; a level beside them has a cell but no neighbours.
      const rungs = cellSkills(cells.filter((cell) => cell.level.data.rank !== undefined));
      rungs.forEach((skill, i) => places.set(skill.id, { row, previous: rungs[i - 1], next: rungs[i + 1] }));
      for (const skill of cellSkills(cells)) if (!places.has(skill.id)) places.set(skill.id, { row });
    }
  }
  const byId = new Map(rows.map((row) => [row.competency.id, row]));
  return {
    rows,
    row(id) {
      const found = byId.get(id);
      if (!found) throw new Error(`No competency with id "${id}"`);
      return found;
    },
    placeOf: (skill) => places.get(skill.id),
  };
}

const cellSkills = (cells: CompetencyCell[]): Skill[] => cells.flatMap((cell) => (cell.skill ? [cell.skill] : []));

/** One competency between two levels: its cell at each (either may be empty). */
export interface CompetencyChange {
  row: CompetencyRow;
  from?: Skill;
  to?: Skill;
}

/** What changes per competency from one level to another: every row with a cell at either level, in row order. */
export function competencyChanges(rows: CompetencyRows, from: Level, to: Level): CompetencyChange[] {
  return rows.rows.flatMap((row) => {
    const cellAt = (level: Level) =>
      row.tracks.flatMap(({ cells }) => cells).find((cell) => cell.level.id === level.id)?.skill;
    const [atFrom, atTo] = [cellAt(from), cellAt(to)];
    if (!atFrom && !atTo) return [];
    return [{ row, ...(atFrom ? { from: atFrom } : {}), ...(atTo ? { to: atTo } : {}) }];
  });
}
