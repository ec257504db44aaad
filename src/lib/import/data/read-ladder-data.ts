// A ladder kept as data (YAML or JSON, a file of its own or a document's front matter). The nesting says which
// entries hold which, not what they are: topics → levels → criteria and levels → competencies → criteria look the
// same, so both readings are proposed and the importer weighs the names. A list of records with a competency, a level
// and an expectation each is a table with one row per cell. Every place is the key path of the value
// ("topics.testing.levels[2]", in the place's `cell`) with its line when the source has one. Text in data is
// Markdown, as a content file's is.
import type { MatrixReading, ReadCell, ReadCompetency, ReadLevel, SourcePlace } from '../matrix/matrix-reading.ts';
import { cellExpectations } from '../grid/cell-expectations.ts';
import type { Grid, GridCell } from '../grid/grid.ts';
import { labelOf, readingsOfGrid } from '../grid/readings-of-grid.ts';

type Prose = MatrixReading['prose'][number];
type Warning = MatrixReading['warnings'][number];

/** The line of a key path in its source, when known. */
export type LineOfPath = (path: string) => number | undefined;

/** The field that names an entry of a list ("- name: Testing"), by preference. */
const nameFields = ['title', 'name', 'competency', 'topic', 'skill', 'area', 'category', 'level', 'label', 'id'];
/** Fields about an entry rather than its content: a competency's or a group's description becomes its intro. */
const introFields = /^(?:description|summary|intro|introduction|about|overview|definition)$/i;
/** Fields that say something about an entry (its number, its id), not what it holds: kept as prose. */
const metaFields =
  /^(?:title|name|level|label|id|order|rank|number|slug|key|notes?|version|updated|date|authors?|owners?)$/i;
/** Fields that hold an entry's entries ("levels:", "competencies:"): an entry with one of them and nothing else is read through it. */
const containerFields =
  /^(?:levels?|competenc(?:y|ies)|topics?|skills?|areas?|categor(?:y|ies)|groups?|dimensions?|pillars?|themes?|famil(?:y|ies)|tracks?|roles?|grades?|ranks?|rungs?|bands?|attributes?|capabilit(?:y|ies)|behaviou?rs?|criteria|expectations?|items|entries)$/i;
/** Fields whose text is an entry's expectations, not the name of an entry below it. */
const criteriaFields =
  /^(?:criteria|criterion|expectations?|behaviou?rs?|items|examples?|statements?|indicators?|text|description|summary|details?)$/i;

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A value's key path: "topics.testing.levels[2]" (a number key written as an index), "areas[\"code review\"]". */
export function keyPath(path: string, key: string | number): string {
  if (typeof key === 'number' || /^\d+$/.test(key)) return `${path}[${key}]`;
  return /^[A-Za-z_][\w-]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
}

/** One named entry of a mapping or a list, with its content: what lies below its name. */
interface Entry {
  title: string;
  path: string;
  body: unknown;
  bodyPath: string;
  /** Its description, for a competency's intro. */
  intro?: string;
  /** Its other fields of text, kept as prose. */
  meta: { text: string; path: string }[];
}

/**
 * An entry's content: the one field that is not about the entry (its "levels:", "criteria:"), or all of them. A
 * mapping's entry may name itself better than its key does ("testing: {title: Testing in depth, …}").
 */
function entryOf(key: string, path: string, value: unknown, named = false): Entry {
  if (!isRecord(value)) return { title: key, path, body: value, bodyPath: path, meta: [] };
  const own = named ? undefined : ['title', 'name'].find((field) => isScalar(value[field]));
  const title = own ? String(value[own]) : key;
  const meta: Entry['meta'] = [];
  let intro: string | undefined;
  const content: [string, unknown][] = [];
  for (const [field, fieldValue] of Object.entries(value)) {
    if (field === own) continue;
    if (isScalar(fieldValue) && introFields.test(field) && intro === undefined) intro = String(fieldValue).trim();
    else if (isScalar(fieldValue) && metaFields.test(field))
      meta.push({ text: `${field}: ${fieldValue}`, path: keyPath(path, field) });
    else content.push([field, fieldValue]);
  }
  // An entry with nothing but a description: the description is its content (a level's criterion, say).
  if (content.length === 0) return { title, path, body: intro, bodyPath: path, meta };
  const [only] = content;
  const through = content.length === 1 && (containerFields.test(only[0]) || criteriaFields.test(only[0]));
  return {
    title,
    path,
    body: through ? only[1] : Object.fromEntries(content),
    bodyPath: through ? keyPath(path, only[0]) : path,
    ...(intro ? { intro } : {}),
    meta,
  };
}

/** The named entries of a mapping (by key) or of a list of mappings (by their name field). */
function entriesOf(value: unknown, path: string): Entry[] | undefined {
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return undefined;
    return entries.map(([key, field]) => entryOf(key, keyPath(path, key), field));
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every(isRecord)) return undefined;
  const field = nameFields.find((name) => value.every((item) => isScalar(item[name])));
  if (!field) return undefined;
  return value.map((item, index) => {
    const { [field]: name, ...rest } = item;
    return entryOf(String(name), `${path}[${index}]`, rest, true);
  });
}

/** A value as the expectations of one cell: text, a list of texts, or fields of criteria. Undefined if it holds entries. */
function criteriaOf(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return [];
  if (isScalar(value)) return cellExpectations(String(value));
  if (Array.isArray(value) && value.every((item) => isScalar(item) || item === null))
    return value
      .filter(isScalar)
      .map((item) => String(item).trim())
      .filter(Boolean);
  if (isRecord(value) && Object.keys(value).every((key) => criteriaFields.test(key))) {
    const lists = Object.values(value).map(criteriaOf);
    return lists.every((list) => list !== undefined) ? lists.flat() : undefined;
  }
  return undefined;
}

interface Nested {
  outer: Entry;
  inner: (Entry & { criteria: string[] })[];
}

/** Entries whose every entry holds entries of criteria: a two-deep nesting. */
function twoDeep(entries: Entry[]): Nested[] | undefined {
  const nested: Nested[] = [];
  for (const outer of entries) {
    const inner = entriesOf(outer.body, outer.bodyPath);
    if (!inner) return undefined;
    const withCriteria = inner.map((entry) => ({ ...entry, criteria: criteriaOf(entry.body) }));
    if (withCriteria.some((entry) => entry.criteria === undefined)) return undefined;
    nested.push({ outer, inner: withCriteria as Nested['inner'] });
  }
  return nested;
}

interface Candidate {
  path: string;
  /** Outer entries (groups) over a two-deep nesting, or one nesting without groups. */
  groups: { group?: Entry; nested: Nested[] }[];
}

/** Where in the data a ladder may be: the outermost values that nest two or three deep down to criteria. */
function candidatesIn(
  value: unknown,
  path: string,
  found: Candidate[],
  records: { path: string; items: Record<string, unknown>[] }[],
) {
  const entries = entriesOf(value, path);
  if (Array.isArray(value) && value.length > 1 && value.every(isRecord) && recordColumnsOf(value)) {
    records.push({ path, items: value });
    return;
  }
  if (entries) {
    const nested = twoDeep(entries);
    const grouped = entries.map((group) => {
      const inner = entriesOf(group.body, group.bodyPath);
      return inner && twoDeep(inner);
    });
    // A single entry is a wrapper ("ladder:", "levels:"), not a lone group or competency: the search looks inside it.
    if (entries.length > 1 && grouped.every((inner) => inner !== undefined) && !nested) {
      found.push({ path, groups: entries.map((group, index) => ({ group, nested: grouped[index]! })) });
      return;
    }
    if (nested && entries.length > 1) {
      found.push({ path, groups: [{ nested }] });
      return;
    }
  }
  if (isRecord(value))
    for (const [key, field] of Object.entries(value)) candidatesIn(field, keyPath(path, key), found, records);
  else if (Array.isArray(value))
    value.forEach((item, index) => candidatesIn(item, `${path}[${index}]`, found, records));
}

const recordKeys = {
  competency: /^(?:competenc(?:y|ies)|skills?|topics?|attributes?|capabilit(?:y|ies)|name)$/i,
  level: /^(?:levels?|grades?|rungs?|bands?|ranks?|roles?|titles?)$/i,
  expectation: /^(?:expectations?|criteri(?:on|a)|descriptions?|behaviou?rs?|details?|statements?|text)$/i,
};

/** Whether a list of mappings is records of cells: each names a competency, a level and an expectation. */
function recordColumnsOf(items: Record<string, unknown>[]): boolean {
  const keys = new Set(items.flatMap((item) => Object.keys(item)));
  return Object.values(recordKeys).every((pattern) => [...keys].some((key) => pattern.test(key)));
}

/** Every text of a value, however nested, in order. */
function textsOf(value: unknown): string[] {
  if (isScalar(value)) return String(value).trim() === '' ? [] : [String(value).trim()];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  return isRecord(value) ? Object.values(value).flatMap(textsOf) : [];
}

/** Records as a table with one row per cell, each cell placed at its key path, for the readings of a grid. */
function gridOfRecords(items: Record<string, unknown>[], path: string, lineOf: LineOfPath, where: string): Grid {
  const keys = [...new Set(items.flatMap((item) => Object.keys(item)))];
  const place = (at: string): SourcePlace => {
    const line = lineOf(at);
    return { cell: at, ...(line === undefined ? {} : { line }) };
  };
  const header: GridCell[] = keys.map((key) => ({ text: key, ...place(`${path}[0]`) }));
  const rows = items.map((item, index) =>
    keys.map((key): GridCell => {
      const texts = textsOf(item[key]);
      const text = texts.length === 1 ? texts[0] : texts.map((line) => `- ${line}`).join('\n');
      return { text, ...place(keyPath(`${path}[${index}]`, key)) };
    }),
  );
  return { where, rows: [header, ...rows] };
}

/** Text of the data outside the ladder (fields beside it, other lists), kept as prose with its key path. */
function proseOutside(value: unknown, path: string, inside: Set<string>, source: DataSource, prose: Prose[]): void {
  if (inside.has(path)) return;
  if (isScalar(value)) {
    const line = source.lineOf(path);
    if (String(value).trim() !== '')
      prose.push({
        text: String(value).trim(),
        where: `${source.where}, ${path || 'the top level'}`,
        cell: path,
        ...(line === undefined ? {} : { line }),
      });
  } else if (isRecord(value))
    for (const [key, field] of Object.entries(value)) proseOutside(field, keyPath(path, key), inside, source, prose);
  else if (Array.isArray(value))
    value.forEach((item, index) => proseOutside(item, `${path}[${index}]`, inside, source, prose));
}

function placeAt(path: string, lineOf: LineOfPath): SourcePlace {
  const line = lineOf(path);
  return { cell: path, ...(line === undefined ? {} : { line }) };
}

const numberedTitles = (titles: string[]) => titles.length > 1 && titles.every((title) => /^\d+$/.test(title));

/** One reading of a nesting: the outer entries as competencies and the inner as levels, or the other way round. */
function readingOfNesting(
  candidate: Candidate,
  outerAre: 'competencies' | 'levels',
  context: { lineOf: LineOfPath; where: string; name: string },
): MatrixReading {
  const { lineOf } = context;
  const levels: ReadLevel[] = [];
  const competencies: ReadCompetency[] = [];
  const cells: ReadCell[] = [];
  const warnings: Warning[] = [];
  const prose: Prose[] = [];
  const levelIndex = (entry: Entry, intro: string | undefined) => {
    const found = levels.findIndex((level) => level.title === labelOf(entry.title));
    if (found >= 0) return found;
    return (
      levels.push({ title: labelOf(entry.title), ...(intro ? { intro } : {}), ...placeAt(entry.path, lineOf) }) - 1
    );
  };
  const competencyIndex = (entry: Entry, group: Entry | undefined, intro: string | undefined) => {
    const title = labelOf(entry.title);
    const groupTitle = group ? labelOf(group.title) : undefined;
    const found = competencies.findIndex((c) => c.title === title && c.group === groupTitle);
    if (found >= 0) return found;
    return (
      competencies.push({
        title,
        ...(groupTitle ? { group: groupTitle } : {}),
        ...(intro ? { intro } : {}),
        ...placeAt(entry.path, lineOf),
      }) - 1
    );
  };
  const keep = (entry: Entry | undefined) => {
    if (!entry) return;
    for (const meta of entry.meta)
      prose.push({ text: meta.text, where: `about ${entry.title}`, ...placeAt(meta.path, lineOf) });
  };
  for (const { group, nested } of candidate.groups) {
    keep(group);
    if (group?.intro) prose.push({ text: group.intro, where: `about ${group.title}`, ...placeAt(group.path, lineOf) });
    for (const { outer, inner } of nested) {
      keep(outer);
      for (const entry of inner) {
        keep(entry);
        if (entry.intro)
          prose.push({
            text: entry.intro,
            where: `about ${outer.title}, ${entry.title}`,
            ...placeAt(entry.path, lineOf),
          });
        const [competencyEntry, levelEntry] = outerAre === 'competencies' ? [outer, entry] : [entry, outer];
        const competency = competencyIndex(
          competencyEntry,
          group,
          outerAre === 'competencies' ? outer.intro : undefined,
        );
        const level = levelIndex(levelEntry, outerAre === 'levels' ? outer.intro : undefined);
        if (entry.criteria.length === 0) {
          warnings.push({
            message: `"${competencies[competency].title}" has no expectation at "${levels[level].title}" (${entry.bodyPath} is empty)`,
            ...placeAt(entry.bodyPath, lineOf),
          });
          continue;
        }
        const existing = cells.find((cell) => cell.level === level && cell.competency === competency);
        if (existing) existing.expectations.push(...entry.criteria);
        else cells.push({ level, competency, expectations: [...entry.criteria], ...placeAt(entry.bodyPath, lineOf) });
      }
    }
  }
  // Levels named by numbers are ordered by them (topics may list them in any order); others by where each is first named.
  const numbered = numberedTitles(levels.map((level) => level.title));
  const order = levels.map((_, index) => index);
  if (numbered) order.sort((a, b) => Number(levels[a].title) - Number(levels[b].title));
  const position = new Map(order.map((index, at) => [index, at]));
  const orderedLevels = order.map((index) => levels[index]);
  if (numbered)
    warnings.unshift({
      message: `The levels are named only by numbers (${orderedLevels[0].title}…${orderedLevels.at(-1)!.title}): they keep those names, as the source gives them`,
      ...placeAt(orderedLevels[0].cell!, lineOf),
    });
  const grouped = candidate.groups.some(({ group }) => group);
  const kind = `${grouped ? 'groups-then-' : ''}${outerAre === 'competencies' ? 'competencies-then-levels' : 'levels-then-competencies'}`;
  const at = candidate.path || 'the top level';
  return {
    reading: context.name ? `${kind}:${context.name}` : kind,
    describe:
      `${context.where} at ${at}: ${grouped ? 'groups, each holding ' : ''}${outerAre === 'competencies' ? 'competencies, each holding levels' : 'levels, each holding competencies'}` +
      ` (${orderedLevels.length} levels × ${competencies.length} competencies)`,
    levels: orderedLevels,
    competencies,
    cells: cells.map((cell) => ({ ...cell, level: position.get(cell.level)! })),
    prose,
    warnings,
  };
}

/** Where the data sits, in words ("ladder.yaml", "the front matter"); its line of each key path when known. */
export interface DataSource {
  where: string;
  lineOf: LineOfPath;
}

/**
 * Every reading the data's nesting allows: for each value that nests two deep down to criteria, its outer entries as
 * competencies or as levels (three deep: groups above them); for each list of records, one row per cell. The data's
 * `title` is offered as the title and its other text kept as prose.
 */
export function readingsOfLadderData(data: unknown, source: DataSource): MatrixReading[] {
  const found: Candidate[] = [];
  const records: { path: string; items: Record<string, unknown>[] }[] = [];
  candidatesIn(data, '', found, records);
  const several = found.length + records.length > 1;
  const name = (path: string) => (several ? path.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '') || 'data' : '');
  const title = isRecord(data) && isScalar(data.title) ? String(data.title).trim() : undefined;
  const titled = title ? { title: { text: title, ...placeAt('title', source.lineOf) } } : {};
  // A description beside the ladder's data is about the ladder: its introduction.
  const introKey = isRecord(data)
    ? Object.keys(data).find((key) => introFields.test(key) && isScalar(data[key]))
    : undefined;
  const introduction = introKey ? String((data as Record<string, unknown>)[introKey]).trim() : '';
  const read: { path: string; reading: MatrixReading }[] = [];
  for (const candidate of found)
    for (const outerAre of ['competencies', 'levels'] as const)
      read.push({
        path: candidate.path,
        reading: readingOfNesting(candidate, outerAre, { ...source, name: name(candidate.path) }),
      });
  for (const { path, items } of records) {
    const grid = gridOfRecords(items, path, source.lineOf, `${source.where} at ${path || 'the top level'}`);
    for (const reading of readingsOfGrid({ ...grid, ...(several ? { name: name(path) } : {}) }))
      read.push({ path, reading });
  }
  return read.map(({ path, reading }) => {
    const prose: Prose[] = [];
    proseOutside(
      data,
      '',
      new Set([path, ...(title ? ['title'] : []), ...(introKey ? [introKey] : [])]),
      source,
      prose,
    );
    return { ...reading, ...titled, ...(introduction ? { introduction } : {}), prose: [...prose, ...reading.prose] };
  });
}
