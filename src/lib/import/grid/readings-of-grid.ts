// The readings a table allows. A ladder's table is a matrix (levels across and competencies down, or the transpose,
// perhaps with a column of groups) or a list with one row per cell (competency, level, expectation). This module
// proposes every reading the table's shape allows and never chooses: the importer weighs them.
import type { MatrixReading, ReadCell, ReadCompetency, ReadLevel, SourcePlace } from '../matrix/matrix-reading.ts';
import { cellExpectations } from './cell-expectations.ts';
import { columnLetters, describePlace, type Grid, type GridCell } from './grid.ts';

const groupHeader = /^(?:group|categor(?:y|ies)|area|pillar|theme|family|domain|dimension|cluster|section|track)s?\b/i;
const competencyHeader =
  /^(?:competenc(?:y|ies)|skills?|attributes?|capabilit(?:y|ies)|behaviou?rs?|topics?|focus|sub-?categor(?:y|ies)|criteri(?:on|a)|name)\b/i;
const introHeader = /^(?:description|summary|definition|about|overview|what it (?:is|means)|scope|purpose)\b/i;
const levelHeader = /^(?:levels?|grades?|rungs?|bands?|ranks?|roles?|titles?|seniority|positions?)\b/i;
const expectationHeader =
  /^(?:expectations?|criteri(?:on|a)|descriptions?|behaviou?rs?|details?|statements?|indicators?|requirements?|text|examples?)\b/i;
/** The first cell of a row that begins what is not the ladder: "Notes", "Legend:", "Key: …" (not "Key management"). */
const notesLead = /^(?:notes?|legend|key|sources?|comments?|footnotes?)\s*(?::|$)/i;

/** A cell's text as a title: one line, whitespace collapsed (padded and `<pre>` headers), Markdown emphasis unwrapped. */
export function labelOf(text: string): string {
  let label = text.replace(/[\s\u00a0]+/g, ' ').trim();
  for (let unwrapped = true; unwrapped;) {
    unwrapped = false;
    const match = /^(\*\*|__|\*|_|`)(.+)\1$/.exec(label);
    if (match) {
      label = match[2].trim();
      unwrapped = true;
    }
  }
  return label.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

const numbered = (titles: string[]) => titles.length > 1 && titles.every((title) => /^\d+$/.test(title));

interface Row {
  cells: GridCell[];
}

type Reading = MatrixReading;

const nonEmpty = (row: Row) => row.cells.filter((cell) => cell.text !== '');
/** A row whose written cells all say the same thing: one cell, or one merged across the row. */
const singleText = (row: Row) => new Set(nonEmpty(row).map((cell) => cell.text)).size === 1;
const shortLabel = (text: string) => text.split(/\s+/).length <= 8 && !/[.!?]$/.test(text) && !text.includes('\n');

function proseOfRow(row: Row, where: string): Reading['prose'][number] {
  const texts = [...new Set(nonEmpty(row).map((cell) => cell.text))];
  const first = nonEmpty(row)[0];
  return { text: texts.join(' — '), where, ...placeOf(first) };
}

function placeOf(place: SourcePlace): SourcePlace {
  return {
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.cell === undefined ? {} : { cell: place.cell }),
  };
}

/** The grid's rows made rectangular, trimmed, and without the rows and columns that hold nothing. */
function tidyRows(grid: Grid): Row[] {
  const width = Math.max(0, ...grid.rows.map((row) => row.length));
  const rows = grid.rows.map((cells) => ({
    cells: Array.from({ length: width }, (_, column): GridCell => {
      const cell = cells[column] ?? { ...placeOf(cells.at(-1) ?? {}), text: '' };
      return { ...placeOf(cell), text: cell.text.replace(/[ \t\u00a0]+$/gm, '').trim() };
    }),
  }));
  const used = Array.from({ length: width }, (_, column) => rows.some((row) => row.cells[column].text !== ''));
  return rows
    .map((row) => ({ cells: row.cells.filter((_, column) => used[column]) }))
    .filter((row) => row.cells.some((cell) => cell.text !== ''));
}

/** The parts of a grid around its table: a title row above, notes and legends below, group rows inside. */
interface Layout {
  title?: Reading['title'];
  prose: Reading['prose'];
  header: Row;
  /** Body rows, each with the group a row spanning the table above it names. */
  body: { row: Row; groupRow?: GridCell }[];
}

function layoutOf(rows: Row[], where: string): Layout | undefined {
  const prose: Reading['prose'] = [];
  let title: Reading['title'];
  let start = 0;
  while (start < rows.length - 2 && singleText(rows[start])) {
    const row = rows[start];
    if (start === 0 && shortLabel(nonEmpty(row)[0].text))
      title = { text: labelOf(nonEmpty(row)[0].text), ...placeOf(nonEmpty(row)[0]) };
    else prose.push(proseOfRow(row, `above ${where}`));
    start++;
  }
  let end = rows.length;
  const notes = rows.findIndex((row, index) => index > start && notesLead.test(row.cells[0].text));
  if (notes > 0) end = notes;
  while (end > start + 2 && singleText(rows[end - 1]) && rows[end - 1].cells[0].text !== '') end--;
  const tail = rows.slice(end).map((row) => proseOfRow(row, `below ${where}`));
  const header = rows[start];
  if (!header || nonEmpty(header).length < 2 || end - start < 2) return undefined;
  const body: Layout['body'] = [];
  let groupRow: GridCell | undefined;
  for (const row of rows.slice(start + 1, end)) {
    const cells = nonEmpty(row);
    if (singleText(row) && cells[0] === row.cells[0] && shortLabel(cells[0].text) && row.cells.length > 2)
      groupRow = row.cells[0];
    else body.push({ row, ...(groupRow ? { groupRow } : {}) });
  }
  return body.length === 0 ? undefined : { title, prose: [...prose, ...tail], header, body };
}

/**
 * Rows that share a label: a label repeated on consecutive rows (a merged or `rowspan` cell) or left blank below its
 * first row continues it. Undefined when a label comes back after another (then the rows are not one per label) or
 * the first row has none.
 */
function runsOf<T>(items: T[], label: (item: T) => string): { label: string; items: T[] }[] | undefined {
  const runs: { label: string; items: T[] }[] = [];
  for (const item of items) {
    const text = labelOf(label(item));
    const last = runs.at(-1);
    if (last && (text === '' || text === last.label)) last.items.push(item);
    else if (text === '' || runs.some((run) => run.label === text)) return undefined;
    else runs.push({ label: text, items: [item] });
  }
  return runs;
}

function emptyCellWarning(competency: string, level: string, place: SourcePlace): Reading['warnings'][number] {
  return {
    message: `"${competency}" has no expectation at "${level}" (${describePlace(place)} is empty)`,
    ...placeOf(place),
  };
}

function numberedWarning(levels: ReadLevel[]): Reading['warnings'] {
  if (!numbered(levels.map((level) => level.title))) return [];
  return [
    {
      message: `The levels are named only by numbers (${levels[0].title}…${levels.at(-1)!.title}): they keep those names, as the source gives them`,
      ...placeOf(levels[0]),
    },
  ];
}

/** The cells of one competency at one level: the expectations of each of its rows' cells at that position. */
function cellOf(
  cells: GridCell[],
  competency: number,
  level: number,
  names: { competency: string; level: string },
  warnings: Reading['warnings'],
): ReadCell | undefined {
  const written = cells.filter((cell) => cell.text !== '');
  const expectations = [...new Set(written.map((cell) => cell.text))].flatMap(cellExpectations);
  if (expectations.length === 0) {
    warnings.push(emptyCellWarning(names.competency, names.level, cells[0]));
    return undefined;
  }
  return { level, competency, expectations, ...placeOf(written[0]) };
}

const withName = (kind: string, grid: Grid) => (grid.name ? `${kind}:${grid.name}` : kind);

function listOf(titles: string[]): string {
  return titles.length <= 4 ? titles.join(', ') : `${titles.slice(0, 2).join(', ')} … ${titles.at(-1)}`;
}

/** Which leading columns label the rows when levels run across: a group column, the competency, a description. */
function labelColumns(layout: Layout): { group?: number; competency: number; intro?: number } {
  const header = layout.header.cells.map((cell) => labelOf(cell.text));
  const column = (index: number) => layout.body.map(({ row }) => row.cells[index]?.text ?? '');
  let competency = 0;
  let group: number | undefined;
  const width = header.length;
  if (width >= 4 && layout.body.length >= 2) {
    const first = column(0);
    const second = column(1).map(labelOf);
    const secondDistinct = second.every((text) => text !== '') && new Set(second).size === second.length;
    const firstRepeats = first[0] !== '' && new Set(first.filter(Boolean)).size < first.length;
    // A corner reading "Area" or "Category" names groups only when the column beside it holds labels: in a plain
    // competencies × levels table that column is the first level's cells, sentences.
    if (
      secondDistinct &&
      ((groupHeader.test(header[0]) && second.every(shortLabel)) ||
        competencyHeader.test(header[1]) ||
        (firstRepeats && second.every(shortLabel) && !groupHeader.test(header[1])))
    ) {
      group = 0;
      competency = 1;
    }
  }
  const intro = introHeader.test(header[competency + 1] ?? '') && width > competency + 3 ? competency + 1 : undefined;
  return { competency, ...(group === undefined ? {} : { group }), ...(intro === undefined ? {} : { intro }) };
}

/** Levels across the header row, competencies down the label column. */
function levelsAsColumns(grid: Grid, layout: Layout): Reading | undefined {
  const columns = labelColumns(layout);
  const first = Math.max(columns.competency, columns.intro ?? 0) + 1;
  const header = layout.header.cells;
  const warnings: Reading['warnings'] = [];
  const prose = [...layout.prose];
  const levelColumns: number[] = [];
  const levels: ReadLevel[] = [];
  for (let column = first; column < header.length; column++) {
    const title = labelOf(header[column].text);
    if (title === '') {
      warnings.push({
        message: `Column ${columnLetters(column)} of ${grid.where} has no heading: its cells are kept as prose`,
        ...placeOf(header[column]),
      });
      for (const { row } of layout.body)
        if (row.cells[column].text !== '')
          prose.push({
            text: row.cells[column].text,
            where: `${grid.where}, a column with no heading`,
            ...placeOf(row.cells[column]),
          });
    } else {
      levelColumns.push(column);
      levels.push({ title, ...placeOf(header[column]) });
    }
  }
  if (levels.length === 0 || new Set(levels.map((level) => level.title)).size < levels.length) return undefined;
  // A second header row naming each level again ("Title | Associate | Engineer" below "Level | L1 | L2"): both names
  // are the level's, as the source gives them.
  const [second, ...rest] = layout.body;
  const secondLabel = second ? labelOf(second.row.cells[columns.competency].text) : '';
  const subtitles = second ? levelColumns.map((column) => labelOf(second.row.cells[column].text)) : [];
  const subtitled =
    rest.length > 0 &&
    (secondLabel === '' || levelHeader.test(secondLabel)) &&
    subtitles.every((subtitle, level) => subtitle !== '' && shortLabel(subtitle) && subtitle !== levels[level].title);
  if (subtitled) levels.forEach((level, index) => (level.title = `${level.title} (${subtitles[index]})`));
  const body = subtitled ? rest : layout.body;
  const runs = runsOf(body, ({ row }) => row.cells[columns.competency].text);
  if (!runs) return undefined;
  const competencies: ReadCompetency[] = [];
  const cells: ReadCell[] = [];
  let group: string | undefined;
  for (const run of runs) {
    const [{ row, groupRow }] = run.items;
    if (columns.group !== undefined) {
      const written = run.items.map((item) => labelOf(item.row.cells[columns.group!].text)).find(Boolean);
      if (written) group = written;
    } else if (groupRow) group = labelOf(groupRow.text);
    const intro =
      columns.intro === undefined
        ? ''
        : [...new Set(run.items.map((item) => item.row.cells[columns.intro!].text).filter(Boolean))].join('\n\n');
    const index = competencies.length;
    competencies.push({
      title: run.label,
      ...(group ? { group } : {}),
      ...(intro ? { intro } : {}),
      ...placeOf(row.cells[columns.competency]),
    });
    levelColumns.forEach((column, level) => {
      const cell = cellOf(
        run.items.map((item) => item.row.cells[column]),
        index,
        level,
        { competency: run.label, level: levels[level].title },
        warnings,
      );
      if (cell) cells.push(cell);
    });
  }
  const groups = [...new Set(competencies.map((competency) => competency.group).filter(Boolean))];
  return {
    reading: withName('levels-as-columns', grid),
    describe:
      `${grid.where}: levels across (${listOf(levels.map((level) => level.title))}), ` +
      `${competencies.length} competencies down${groups.length > 0 ? `, grouped by ${groups.length} ${columns.group === undefined ? 'rows' : 'groups'}` : ''}`,
    ...(layout.title ? { title: layout.title } : {}),
    levels,
    competencies,
    cells,
    prose,
    warnings: [...numberedWarning(levels), ...warnings],
  };
}

/** Levels down the label column, competencies across the header row. */
function levelsAsRows(grid: Grid, layout: Layout): Reading | undefined {
  const header = layout.header.cells;
  const warnings: Reading['warnings'] = [];
  const prose = [...layout.prose];
  const groupRows = layout.body.filter(({ groupRow }) => groupRow);
  for (const groupRow of new Set(groupRows.map(({ groupRow }) => groupRow!)))
    prose.push({ text: groupRow.text, where: `inside ${grid.where}`, ...placeOf(groupRow) });
  const competencyColumns: number[] = [];
  const competencies: ReadCompetency[] = [];
  for (let column = 1; column < header.length; column++) {
    const title = labelOf(header[column].text);
    if (title === '') {
      warnings.push({
        message: `Column ${columnLetters(column)} of ${grid.where} has no heading: its cells are kept as prose`,
        ...placeOf(header[column]),
      });
      for (const { row } of layout.body)
        if (row.cells[column].text !== '')
          prose.push({
            text: row.cells[column].text,
            where: `${grid.where}, a column with no heading`,
            ...placeOf(row.cells[column]),
          });
    } else {
      competencyColumns.push(column);
      competencies.push({ title, ...placeOf(header[column]) });
    }
  }
  if (competencies.length === 0 || new Set(competencies.map((c) => c.title)).size < competencies.length)
    return undefined;
  const runs = runsOf(layout.body, ({ row }) => row.cells[0].text);
  if (!runs) return undefined;
  const levels: ReadLevel[] = runs.map((run) => ({ title: run.label, ...placeOf(run.items[0].row.cells[0]) }));
  const cells: ReadCell[] = [];
  runs.forEach((run, level) =>
    competencyColumns.forEach((column, competency) => {
      const cell = cellOf(
        run.items.map((item) => item.row.cells[column]),
        competency,
        level,
        { competency: competencies[competency].title, level: run.label },
        warnings,
      );
      if (cell) cells.push(cell);
    }),
  );
  return {
    reading: withName('levels-as-rows', grid),
    describe: `${grid.where}: levels down (${listOf(levels.map((level) => level.title))}), ${competencies.length} competencies across`,
    ...(layout.title ? { title: layout.title } : {}),
    levels,
    competencies,
    cells,
    prose,
    warnings: [...numberedWarning(levels), ...warnings],
  };
}

interface RecordColumns {
  competency: number;
  level: number;
  expectation: number;
  group?: number;
  /** Found by their headers' words, or by which columns repeat. */
  by: 'headers' | 'repetition';
}

/** The columns of a table with one row per cell: by their headers' words, or else by which columns repeat. */
function recordColumns(layout: Layout): RecordColumns | undefined {
  const header = layout.header.cells.map((cell) => labelOf(cell.text));
  const taken = new Set<number>();
  const find = (pattern: RegExp) => {
    const index = header.findIndex((text, column) => !taken.has(column) && pattern.test(text));
    if (index >= 0) taken.add(index);
    return index < 0 ? undefined : index;
  };
  const expectation = find(/^(?:expectations?|statements?|indicators?|requirements?)\b/i) ?? find(expectationHeader);
  const level = find(levelHeader);
  const competency = find(competencyHeader);
  const group = find(groupHeader);
  if (expectation !== undefined && level !== undefined && (competency ?? group) !== undefined)
    return competency === undefined
      ? { competency: group!, level, expectation, by: 'headers' }
      : { competency, level, expectation, ...(group === undefined ? {} : { group }), by: 'headers' };
  if (layout.body.length < 4 || header.length < 3) return undefined;
  const distinct = header.map(
    (_, column) => new Set(layout.body.map(({ row }) => labelOf(row.cells[column].text))).size,
  );
  const length = header.map((_, column) =>
    layout.body.reduce((sum, { row }) => sum + row.cells[column].text.length, 0),
  );
  const repeated = header.map((_, column) => column).filter((column) => distinct[column] <= layout.body.length / 2);
  const longest = header.map((_, column) => column).sort((a, b) => length[b] - length[a])[0];
  const labels = repeated.filter((column) => column !== longest);
  if (labels.length < 2) return undefined;
  // Of two repeated columns, the one listed first is the competency (exports sort by it) unless it has fewer values.
  const [first, second] = labels;
  const [competencyColumn, levelColumn] = distinct[first] >= distinct[second] ? [first, second] : [second, first];
  return { competency: competencyColumn, level: levelColumn, expectation: longest, by: 'repetition' };
}

function oneRowPerCell(grid: Grid, layout: Layout, columns: RecordColumns): Reading | undefined {
  const header = layout.header.cells;
  const warnings: Reading['warnings'] = [];
  const prose = [...layout.prose];
  const levels: ReadLevel[] = [];
  const competencies: ReadCompetency[] = [];
  const cells = new Map<string, ReadCell>();
  /** The competency and level of every row, even one with no expectation: a cell missing from the rows is warned of. */
  const named = new Set<string>();
  const used = new Set([columns.competency, columns.level, columns.expectation, columns.group]);
  const last: Record<'competency' | 'level' | 'group', string> = { competency: '', level: '', group: '' };
  for (const { row, groupRow } of layout.body) {
    // A blank label continues the row above's, as a merged cell or an export with blanks below the first row does.
    const read = (key: 'competency' | 'level' | 'group', column: number | undefined) =>
      (last[key] = column === undefined ? '' : labelOf(row.cells[column].text) || last[key]);
    const competencyTitle = read('competency', columns.competency);
    const levelTitle = read('level', columns.level);
    const group = read('group', columns.group) || (groupRow ? labelOf(groupRow.text) : '');
    const expectation = row.cells[columns.expectation];
    for (const [column, cell] of row.cells.entries())
      if (!used.has(column) && cell.text !== '')
        prose.push({
          text: `${labelOf(header[column].text) || columnLetters(column)}: ${cell.text}`,
          where: `${grid.where}, column ${labelOf(header[column].text) || columnLetters(column)}`,
          ...placeOf(cell),
        });
    if (competencyTitle === '' || levelTitle === '') {
      if (expectation.text !== '')
        prose.push({
          text: expectation.text,
          where: `${grid.where}, a row with no ${competencyTitle === '' ? 'competency' : 'level'}`,
          ...placeOf(expectation),
        });
      continue;
    }
    let level = levels.findIndex((l) => l.title === levelTitle);
    if (level < 0) level = levels.push({ title: levelTitle, ...placeOf(row.cells[columns.level]) }) - 1;
    let competency = competencies.findIndex((c) => c.title === competencyTitle && (c.group ?? '') === group);
    if (competency < 0)
      competency =
        competencies.push({
          title: competencyTitle,
          ...(group ? { group } : {}),
          ...placeOf(row.cells[columns.competency]),
        }) - 1;
    const expectations = cellExpectations(expectation.text);
    const key = `${competency}/${level}`;
    named.add(key);
    if (expectations.length === 0) {
      warnings.push(emptyCellWarning(competencyTitle, levelTitle, expectation));
      continue;
    }
    const cell = cells.get(key);
    if (cell) cell.expectations.push(...expectations);
    else cells.set(key, { competency, level, expectations, ...placeOf(expectation) });
  }
  if (levels.length === 0 || competencies.length === 0) return undefined;
  // Levels named by numbers are ordered by them; others by where each is first named.
  const order = numbered(levels.map((level) => level.title))
    ? levels.map((_, index) => index).sort((a, b) => Number(levels[a].title) - Number(levels[b].title))
    : levels.map((_, index) => index);
  const position = new Map(order.map((index, at) => [index, at]));
  const orderedLevels = order.map((index) => levels[index]);
  for (const [competency] of competencies.entries())
    for (const [level, readLevel] of levels.entries())
      if (!named.has(`${competency}/${level}`))
        warnings.push({
          message: `"${competencies[competency].title}" has no row for "${readLevel.title}" in ${grid.where}`,
          ...placeOf(competencies[competency]),
        });
  const names = (column: number | undefined) => (column === undefined ? '' : `"${labelOf(header[column].text)}"`);
  return {
    reading: withName('one-row-per-cell', grid),
    describe:
      `${grid.where}: one row per cell (competency ${names(columns.competency)}, level ${names(columns.level)}, ` +
      `expectation ${names(columns.expectation)}${columns.group === undefined ? '' : `, group ${names(columns.group)}`}` +
      `${columns.by === 'repetition' ? ', columns told by which repeat' : ''}): ` +
      `${levels.length} levels × ${competencies.length} competencies`,
    ...(layout.title ? { title: layout.title } : {}),
    levels: orderedLevels,
    competencies,
    cells: [...cells.values()].map((cell) => ({ ...cell, level: position.get(cell.level)! })),
    prose,
    warnings: [...numberedWarning(orderedLevels), ...warnings],
  };
}

/**
 * Every reading a table allows: levels across (`levels-as-columns`), levels down (`levels-as-rows`) and one row per
 * cell (`one-row-per-cell`), each with what it keeps as prose (a title row, notes, a legend) and its warnings (empty
 * cells, levels named only by numbers). Empty when the grid cannot be a ladder's table (one row, one column).
 */
export function readingsOfGrid(grid: Grid): MatrixReading[] {
  const layout = layoutOf(tidyRows(grid), grid.where);
  if (!layout) return [];
  const records = recordColumns(layout);
  const readings: (Reading | undefined)[] = [];
  if (records) readings.push(oneRowPerCell(grid, layout, records));
  // A column of groups beside the competencies belongs to levels across; read down, the groups would be levels.
  if (records?.by !== 'headers')
    readings.push(
      levelsAsColumns(grid, layout),
      labelColumns(layout).group === undefined ? levelsAsRows(grid, layout) : undefined,
    );
  return readings.filter((reading): reading is Reading => reading !== undefined);
}
