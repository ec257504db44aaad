// Reads a content folder into ladders in one pass, so one run reports every problem of every file: files no
// collection would read, file names that are not slugs, YAML errors at their line, frontmatter that doesn't match
// the schemas (with the field's line), and then every rule of validate-ladder.ts over what could be read.
import type { z } from 'astro/zod';
import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Competency, Entry, LadderContent, Skill } from '../ladder/ladder.ts';
import {
  contentText,
  entryKinds,
  isId,
  ladderFile,
  ladderFileId,
  ladderFilePath,
  ladderFolder,
  placeOf,
  primaryLadderId,
  splitFrontmatter,
  type ContentKind,
} from './content-layout.ts';
import { competencySchema, ladderSchema, levelSchema, skillSchema, skillSetSchema } from './schemas.ts';
import { slugify } from './slug.ts';
import { validateLadder, type KnownIds, type Problem } from './validate-ladder.ts';
import type { ContentFile } from './content-files.ts';
import { releaseSnapshotSchema } from '../releases/release-schema.ts';
import { renameSuggestions } from '../releases/rename-suggestions.ts';
import { newestFirst, readRelease, type Release, type ReleaseSnapshot } from '../releases/snapshot.ts';

const schemas = {
  ladder: ladderSchema,
  levels: levelSchema,
  skillSets: skillSetSchema,
  skills: skillSchema,
  competencies: competencySchema,
  releases: releaseSnapshotSchema,
} as const;

/** Each YAML scalar's and key's line, by field path ("seeAlso[2].skill"), so a schema problem points at its line. */
function fieldLines(
  node: YamlNode | null,
  lineOf: (offset: number) => number,
  path = '',
  lines: Record<string, number> = {},
) {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const field = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value);
      if (pair.key.range) lines[field] = lineOf(pair.key.range[0]);
      fieldLines(pair.value as YamlNode | null, lineOf, field, lines);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const field = `${path}[${i}]`;
      const range = (item as YamlNode | null)?.range;
      if (range) lines[field] = lineOf(range[0]);
      fieldLines(item as YamlNode | null, lineOf, field, lines);
    });
  }
  return lines;
}

const fieldName = (path: PropertyKey[]) =>
  path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined),
    data,
  );
}

const describe = (value: unknown) =>
  value === null
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a mapping'
        : `${typeof value} ${JSON.stringify(value)}`;

/** A union's branch whose only complaints are about the values it was given, when the keys say which was meant. */
function meantBranch(
  issue: z.core.$ZodIssueInvalidUnion,
  data: unknown,
  base: PropertyKey[],
): z.core.$ZodIssue[] | undefined {
  return issue.errors.find(
    (branch) =>
      branch.length > 0 &&
      branch.every(
        (i) =>
          i.code !== 'unrecognized_keys' &&
          !(i.code === 'invalid_type' && valueAt(data, [...base, ...i.path]) === undefined),
      ),
  );
}

/** A zod issue in words an editor can act on, with the field it concerns. */
function schemaProblems(
  issues: z.core.$ZodIssue[],
  data: unknown,
  base: PropertyKey[] = [],
): { field: string; value?: string; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    const value = valueAt(data, path);
    const shown = value === undefined || typeof value === 'object' ? undefined : String(value);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldName([...path, key]),
        message: 'is not a field here: remove it or check its spelling',
      }));
    }
    if (issue.code === 'invalid_union') {
      const branch = meantBranch(issue, data, path);
      if (branch) return schemaProblems(branch, data, path);
    }
    if (issue.code === 'invalid_type') {
      return [
        {
          field: fieldName(path),
          message:
            value === undefined
              ? 'is required'
              : `must be ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(value)}`,
        },
      ];
    }
    return [{ field: fieldName(path), value: shown, message: issue.message }];
  });
}

interface Parsed {
  data?: unknown;
  lines: Record<string, number>;
  body?: { text: string; line: number };
  problems: Omit<Problem, 'file'>[];
}

/**
 * Where an unclosed bracket or quote was opened: the YAML parser notices it only where the next line begins, but the
 * line to fix is the one that opened it.
 */
function openedAt(document: Document, offset: number): number | undefined {
  let opened: number | undefined;
  visit(document, (_key, node) => {
    const range = (node as YamlNode).range;
    const unclosed =
      (isCollection(node) && node.flow) ||
      (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
    if (unclosed && range && range[0] < offset && offset <= range[2] && (opened === undefined || range[0] < opened))
      opened = range[0];
  });
  return opened;
}

function parseYaml(text: string, firstLine: number): Parsed {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (document.errors.length > 0) {
    return {
      lines: {},
      problems: document.errors.map((error) => {
        const opened =
          error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR' ? openedAt(document, error.pos[0]) : undefined;
        // The message's own "at line …, column …" counts from the frontmatter, not the file.
        const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return opened !== undefined && lineOf(opened) < lineOf(error.pos[0])
          ? {
              line: lineOf(opened),
              field: 'YAML',
              message: `is not valid: a bracket or quote opened on this line is not closed (${message})`,
            }
          : { line: lineOf(error.pos[0]), field: 'YAML', message: `is not valid: ${message}` };
      }),
    };
  }
  return { data: document.toJS() ?? {}, lines: fieldLines(document.contents as YamlNode | null, lineOf), problems: [] };
}

function parseJson(text: string): Parsed {
  try {
    return { data: JSON.parse(text), lines: {}, problems: [] };
  } catch (error) {
    return {
      lines: {},
      problems: [
        {
          field: 'JSON',
          message: `is not valid (${(error as Error).message}): write releases with npm run release, never by hand`,
        },
      ],
    };
  }
}

function parseFile(kind: ContentKind, text: string): Parsed {
  if (kind === 'releases') return parseJson(contentText(text));
  if (kind !== 'skills') return parseYaml(contentText(text), 1);
  const split = splitFrontmatter(text);
  if (!split) {
    return {
      lines: {},
      problems: [
        {
          line: 1,
          field: 'frontmatter',
          message:
            'is missing: start the file with a line "---", the fields (title, level, skillSet, order), and another "---"',
        },
      ],
    };
  }
  return { ...parseYaml(split.yaml, 2), body: { text: split.body, line: split.bodyLine } };
}

export interface ReadLadders {
  /** The primary ladder, when its ladder.yaml could be read. */
  primary?: LadderContent;
  /** The other ladders (content/ladders/<id>/) that could be read, in the order of byTitle. */
  others: { id: string; content: LadderContent }[];
  /** Every ladder's releases that could be read and passed every rule, newest first, with the snapshot each was read from. */
  releases: (Release & { snapshot: ReleaseSnapshot })[];
  errors: Problem[];
  warnings: Problem[];
}

interface LadderFiles {
  ladder?: Entry<never>;
  /** The ladder.yaml exists but could not be read (its problems are reported). */
  ladderUnreadable?: boolean;
  levels: Entry<never>[];
  skillSets: Entry<never>[];
  skills: Skill[];
  competencies: Competency[];
  releases: { file: string; snapshot: ReleaseSnapshot }[];
  unreadable: KnownIds;
}

/** Reads and checks every file of a content folder (see contentFiles), reporting every problem at once. */
export function readLadders(files: ContentFile[]): ReadLadders {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const ladders = new Map<string, LadderFiles>();
  const ladderOf = (id: string) => {
    let found = ladders.get(id);
    if (!found)
      ladders.set(
        id,
        (found = {
          levels: [],
          skillSets: [],
          skills: [],
          competencies: [],
          releases: [],
          unreadable: { levels: new Set(), skillSets: new Set(), skills: new Set(), competencies: new Set() },
        }),
      );
    return found;
  };

  for (const file of files) {
    const place = placeOf(file.path);
    if (!place) continue;
    if (!('kind' in place)) {
      errors.push({ file: file.shownAs, ...place });
      continue;
    }
    const { ladder, kind, id } = place;
    const target = ladderOf(ladder);
    const unreadable = () => {
      if (kind === 'ladder') target.ladderUnreadable = true;
      else if (kind !== 'releases') target.unreadable[kind].add(id);
    };
    if (kind !== 'ladder' && !isId(id)) {
      errors.push({
        file: file.shownAs,
        field: 'file name',
        value: id,
        message: `is not a lowercase slug (the file name is the id and the URL): rename the file to "${slugify(id) || 'a-lowercase-slug'}${entryKinds[kind].extension}"`,
      });
      unreadable();
      continue;
    }
    const parsed = parseFile(kind, file.read());
    const problems = [...parsed.problems];
    let data: unknown;
    if (parsed.data !== undefined) {
      const result = schemas[kind].safeParse(parsed.data);
      if (result.success) data = result.data;
      else {
        for (const problem of schemaProblems(result.error.issues, parsed.data)) {
          const line = parsed.lines[problem.field] ?? nearestLine(parsed.lines, problem.field);
          problems.push({ ...problem, ...(line ? { line } : {}) });
        }
      }
    }
    errors.push(...problems.map((p) => ({ file: file.shownAs, ...p })));
    if (problems.length > 0 || data === undefined) {
      unreadable();
      continue;
    }
    if (kind === 'releases') {
      const snapshot = data as ReleaseSnapshot;
      if (snapshot.id !== id)
        errors.push({
          file: file.shownAs,
          field: 'id',
          value: snapshot.id,
          message: `must be the file's name, "${id}": a release's id never changes once published`,
        });
      else target.releases.push({ file: file.shownAs, snapshot });
      continue;
    }
    const entry = {
      id,
      file: file.shownAs,
      data: data as never,
      lines: { ...parsed.lines, ...(parsed.body ? { body: parsed.body.line } : {}) },
    };
    if (kind === 'ladder') target.ladder = entry;
    else if (kind === 'skills') target.skills.push({ ...entry, body: parsed.body?.text ?? '' });
    else target[kind].push(entry);
  }

  const read: { id: string; content: LadderContent }[] = [];
  const releases: ReadLadders['releases'] = [];
  for (const [id, found] of [...ladders].sort(([a], [b]) => a.localeCompare(b))) {
    if (!found.ladder && !found.ladderUnreadable) {
      errors.push({
        file: ladderFilePath(id),
        field: '',
        message: `is missing: ${ladderFolder(id) || 'the content folder'} needs a ladder.yaml with at least a title`,
      });
    }
    // The other files are still checked when ladder.yaml is broken, so one run reports everything.
    const ladder = found.ladder ?? { id: ladderFileId, file: ladderFilePath(id), data: { title: id, readingList: [] } };
    const content: LadderContent = {
      ladder,
      levels: found.levels,
      skillSets: found.skillSets,
      skills: found.skills,
      competencies: found.competencies,
    };
    const validation = validateLadder(content, found.unreadable);
    errors.push(...validation.errors);
    warnings.push(...validation.warnings);
    if (found.ladder) read.push({ id, content });
    for (const { file, snapshot } of found.releases) {
      // A release is checked by the same rules as the content it froze, so its frozen pages build like the current ones.
      const release = readRelease(id, file, snapshot);
      const releaseProblems = validateLadder(release.content, {
        levels: new Set(),
        skillSets: new Set(),
        skills: new Set(),
        competencies: new Set(),
      }).errors;
      errors.push(...releaseProblems);
      if (releaseProblems.length === 0) releases.push({ ...release, snapshot });
    }
  }
  if (!ladders.has(primaryLadderId))
    errors.push({
      file: ladderFilePath(primaryLadderId),
      field: '',
      message: 'is missing: the content folder needs a ladder.yaml with at least a title',
    });

  const others = read.filter((r) => r.id !== primaryLadderId).sort(byTitle);
  const primary = read.find((r) => r.id === primaryLadderId)?.content;
  const latest = newestFirst(releases).find((release) => release.ladder === primaryLadderId);
  if (primary && latest) warnings.push(...renameSuggestions(latest, primary));
  return { primary, others, releases: newestFirst(releases), errors, warnings };
}

/** A file of the primary ladder that readLadders could not read, with why (its path inside the content folder). */
export interface UnreadFile {
  path: string;
  problems: Problem[];
}

/**
 * The primary ladder's ladder.yaml and entry files that were not read (invalid YAML, front matter or fields, or every
 * entry when ladder.yaml is broken), for the commands that build on its entries and must not work from a part of them.
 */
export function unreadFiles(files: ContentFile[], read: ReadLadders): UnreadFile[] {
  const { primary } = read;
  const idsOf = (entries: { id: string }[] = []) => new Set(entries.map((entry) => entry.id));
  const wereRead = {
    levels: idsOf(primary?.levels),
    skillSets: idsOf(primary?.skillSets),
    skills: idsOf(primary?.skills),
    competencies: idsOf(primary?.competencies),
  };
  return files.flatMap((file) => {
    const place = placeOf(file.path);
    if (!place || !('kind' in place) || place.ladder !== primaryLadderId || place.kind === 'releases') return [];
    if (place.kind === 'ladder' ? primary : wereRead[place.kind].has(place.id)) return [];
    const problems = read.errors.filter((problem) => problem.file === file.shownAs);
    // An entry that is fine in itself is unread when its ladder.yaml is: say so, rather than name no problem.
    const becauseOfLadder = { file: file.shownAs, field: '', message: `is not read: ${ladderFile} could not be read` };
    return [{ path: file.path, problems: problems.length > 0 ? problems : [becauseOfLadder] }];
  });
}

/** The order the site lists other ladders in: by title. */
export function byTitle(a: { content: LadderContent }, b: { content: LadderContent }): number {
  return a.content.ladder.data.title.localeCompare(b.content.ladder.data.title);
}

/** The line of the closest enclosing field that has one ("seeAlso[2]" for a missing "seeAlso[2].skill"). */
function nearestLine(lines: Record<string, number>, field: string): number | undefined {
  for (let parent = field; parent; parent = parent.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
    if (lines[parent]) return lines[parent];
    if (!/(?:\.[^.[\]]+|\[\d+\])$/.test(parent)) break;
  }
  return undefined;
}
