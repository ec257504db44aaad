// Reads a content folder into ladders in one pass, so one run reports every problem of every file: files no
// collection would read, file names that are not slugs, YAML errors at their line, frontmatter that doesn't match
// the schemas (with the field's line), and then every rule of validate-ladder.ts over what could be read.
import type { z } from 'astro/zod';
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { Entry, LadderContent, Skill } from '../ladder/ladder.ts';
import { ladderSchema, levelSchema, skillSchema, skillSetSchema } from './schemas.ts';
import { slugify } from './slug.ts';
import { validateLadder, type KnownIds, type Problem } from './validate-ladder.ts';
import type { ContentFile } from './content-files.ts';
import { releaseSnapshotSchema } from '../releases/release-schema.ts';
import { renameSuggestions } from '../releases/rename-suggestions.ts';
import { newestFirst, snapshotContent, type Release, type ReleaseSnapshot } from '../releases/snapshot.ts';

type Kind = 'ladder' | 'levels' | 'skillSets' | 'skills' | 'releases';

const folders: { folder: string; kind: Exclude<Kind, 'ladder'>; extension: string; what: string }[] = [
  { folder: 'levels', kind: 'levels', extension: '.yaml', what: 'a level' },
  { folder: 'releases', kind: 'releases', extension: '.json', what: 'a release (written by npm run release)' },
  { folder: 'skill-sets', kind: 'skillSets', extension: '.yaml', what: 'a skill set' },
  { folder: 'skills', kind: 'skills', extension: '.md', what: 'a skill' },
];
const schemas = { ladder: ladderSchema, levels: levelSchema, skillSets: skillSetSchema, skills: skillSchema, releases: releaseSnapshotSchema } as const;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const extensionOf = (name: string) => /\.[^.]*$/.exec(name)?.[0] ?? '';
const baseOf = (name: string) => name.slice(0, name.length - extensionOf(name).length);

interface Classified {
  ladder: string;
  kind: Kind;
  id: string;
  file: ContentFile;
}

/** Where a file belongs, or why no collection reads it and where it should go instead. */
function classify(file: ContentFile, parts: string[], ladder: string): Classified | string {
  const prefix = ladder ? `ladders/${ladder}/` : '';
  const layout = `a ladder's folder holds ladder.yaml, levels/<id>.yaml, skill-sets/<id>.yaml, skills/<id>.md and releases/<release-id>.json${ladder ? '' : ' (and content/ also urls.txt, sources/ for documents and import configs, ladders/<ladder-id>/ for other ladders)'}`;
  if (parts.length === 1) {
    if (parts[0] === 'ladder.yaml') return { ladder, kind: 'ladder', id: ladder || 'ladder', file };
    if (baseOf(parts[0]) === 'ladder') return `is not read: rename it to ${prefix}ladder.yaml`;
    return `is not read: ${layout}; move it to sources/ if it is a source document`;
  }
  const known = folders.find((f) => f.folder === parts[0]);
  if (!known) return `is not read: ${layout}`;
  const name = parts.at(-1)!;
  const wanted = `${prefix}${known.folder}/${baseOf(name)}${known.extension}`;
  if (parts.length > 2) return `is not read: ${known.folder}/ has no subfolders; move it to ${wanted}`;
  if (extensionOf(name) !== known.extension) return `is not read: ${known.what} is a ${known.extension} file; rename it to ${wanted}`;
  return { ladder, kind: known.kind, id: baseOf(name), file };
}

/** Each YAML scalar's and key's line, by field path ("seeAlso[2].skill"), so a schema problem points at its line. */
function fieldLines(node: YamlNode | null, lineOf: (offset: number) => number, path = '', lines: Record<string, number> = {}) {
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
  path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined), data);
}

const describe = (value: unknown) => (value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`);

/** A union's branch whose only complaints are about the values it was given, when the keys say which was meant. */
function meantBranch(issue: z.core.$ZodIssueInvalidUnion, data: unknown, base: PropertyKey[]): z.core.$ZodIssue[] | undefined {
  return issue.errors.find(
    (branch) => branch.length > 0 && branch.every((i) => i.code !== 'unrecognized_keys' && !(i.code === 'invalid_type' && valueAt(data, [...base, ...i.path]) === undefined)),
  );
}

/** A zod issue in words an editor can act on, with the field it concerns. */
function schemaProblems(issues: z.core.$ZodIssue[], data: unknown, base: PropertyKey[] = []): { field: string; value?: string; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    const value = valueAt(data, path);
    const shown = value === undefined || typeof value === 'object' ? undefined : String(value);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldName([...path, key]), message: 'is not a field here: remove it or check its spelling' }));
    }
    if (issue.code === 'invalid_union') {
      const branch = meantBranch(issue, data, path);
      if (branch) return schemaProblems(branch, data, path);
    }
    if (issue.code === 'invalid_type') {
      return [{ field: fieldName(path), message: value === undefined ? 'is required' : `must be ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(value)}` }];
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
    const unclosed = (isCollection(node) && node.flow) || (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
    if (unclosed && range && range[0] < offset && offset <= range[2] && (opened === undefined || range[0] < opened)) opened = range[0];
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
        const opened = error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR' ? openedAt(document, error.pos[0]) : undefined;
        // The message's own "at line …, column …" counts from the frontmatter, not the file.
        const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return opened !== undefined && lineOf(opened) < lineOf(error.pos[0])
          ? { line: lineOf(opened), field: 'YAML', message: `is not valid: a bracket or quote opened on this line is not closed (${message})` }
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
    return { lines: {}, problems: [{ field: 'JSON', message: `is not valid (${(error as Error).message}): write releases with npm run release, never by hand` }] };
  }
}

const frontmatter = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

function parseFile(kind: Kind, text: string): Parsed {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (kind === 'releases') return parseJson(normalised);
  if (kind !== 'skills') return parseYaml(normalised, 1);
  const match = frontmatter.exec(normalised);
  if (!match) {
    return { lines: {}, problems: [{ line: 1, field: 'frontmatter', message: 'is missing: start the file with a line "---", the fields (title, level, skillSet, order), and another "---"' }] };
  }
  const parsed = parseYaml(match[1] ?? '', 2);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { ...parsed, body: { text: normalised.slice(match[0].length), line: bodyLine } };
}

export interface ReadLadders {
  /** The main ladder, when its ladder.yaml could be read. */
  main?: LadderContent;
  /** The reference ladders (content/ladders/<id>/) that could be read, sorted by title. */
  references: { id: string; content: LadderContent }[];
  /** Every ladder's releases that could be read and passed every rule, newest first. */
  releases: Release[];
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
    if (!found) ladders.set(id, (found = { levels: [], skillSets: [], skills: [], releases: [], unreadable: { levels: new Set(), skillSets: new Set(), skills: new Set() } }));
    return found;
  };

  for (const file of files) {
    const parts = file.path.split('/');
    if (parts[0] === 'sources' || file.path === 'urls.txt') continue;
    let ladder = '';
    if (parts[0] === 'ladders') {
      ladder = parts.length >= 3 ? parts[1] : '';
      if (!ladder) {
        errors.push({ file: file.shownAs, field: '', message: 'is not read: another ladder lives in its own folder, ladders/<ladder-id>/, with ladder.yaml, levels/, skill-sets/ and skills/' });
        continue;
      }
      if (!slug.test(ladder)) {
        if (parts.length === 3 && parts[2] === 'ladder.yaml') {
          errors.push({ file: file.shownAs, field: 'folder name', value: ladder, message: `is not a lowercase slug (it is the ladder's id and URL): rename the folder to "${slugify(ladder)}"` });
        }
        continue;
      }
    }
    const classified = classify(file, ladder ? parts.slice(2) : parts, ladder);
    if (typeof classified === 'string') {
      errors.push({ file: file.shownAs, field: '', message: classified });
      continue;
    }
    const { kind, id } = classified;
    const target = ladderOf(ladder);
    const unreadable = () => {
      if (kind === 'ladder') target.ladderUnreadable = true;
      else if (kind !== 'releases') target.unreadable[kind].add(id);
    };
    if (kind !== 'ladder' && !slug.test(id)) {
      errors.push({ file: file.shownAs, field: 'file name', value: id, message: `is not a lowercase slug (the file name is the id and the URL): rename the file to "${slugify(id) || 'a-lowercase-slug'}${extensionOf(file.path)}"` });
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
      if (snapshot.id !== id) errors.push({ file: file.shownAs, field: 'id', value: snapshot.id, message: `must be the file's name, "${id}": a release's id never changes once published` });
      else target.releases.push({ file: file.shownAs, snapshot });
      continue;
    }
    const entry = { id, file: file.shownAs, data: data as never, lines: { ...parsed.lines, ...(parsed.body ? { body: parsed.body.line } : {}) } };
    if (kind === 'ladder') target.ladder = entry;
    else if (kind === 'skills') target.skills.push({ ...entry, body: parsed.body?.text ?? '' });
    else target[kind].push(entry);
  }

  const read: { id: string; content: LadderContent }[] = [];
  const releases: Release[] = [];
  for (const [id, found] of [...ladders].sort(([a], [b]) => a.localeCompare(b))) {
    const where = id ? `ladders/${id}/` : '';
    if (!found.ladder && !found.ladderUnreadable) {
      errors.push({ file: `${where}ladder.yaml`, field: '', message: `is missing: ${where || 'the content folder'} needs a ladder.yaml with at least a title` });
    }
    // The other files are still checked when ladder.yaml is broken, so one run reports everything.
    const ladder = found.ladder ?? { id: id || 'ladder', file: `${where}ladder.yaml`, data: { title: id, readingList: [] } };
    const content: LadderContent = { ladder, levels: found.levels, skillSets: found.skillSets, skills: found.skills };
    const validation = validateLadder(content, found.unreadable);
    errors.push(...validation.errors);
    warnings.push(...validation.warnings);
    if (found.ladder) read.push({ id, content });
    for (const { file, snapshot } of found.releases) {
      // A release is checked by the same rules as the content it froze, so its frozen pages build like the current ones.
      const releaseContent = snapshotContent(snapshot, file);
      const releaseProblems = validateLadder(releaseContent, { levels: new Set(), skillSets: new Set(), skills: new Set() }).errors;
      errors.push(...releaseProblems);
      const info = { id: snapshot.id, title: snapshot.title, date: snapshot.date, notes: snapshot.notes };
      if (releaseProblems.length === 0) releases.push({ ladder: id, file, info, content: releaseContent });
    }
  }
  if (!ladders.has('')) errors.push({ file: 'ladder.yaml', field: '', message: 'is missing: the content folder needs a ladder.yaml with at least a title' });

  const references = read.filter((r) => r.id !== '').sort((a, b) => a.content.ladder.data.title.localeCompare(b.content.ladder.data.title));
  const main = read.find((r) => r.id === '')?.content;
  const latest = newestFirst(releases).find((release) => release.ladder === '');
  if (main && latest) warnings.push(...renameSuggestions(latest, main));
  return { main, references, releases: newestFirst(releases), errors, warnings };
}

/** The line of the closest enclosing field that has one ("seeAlso[2]" for a missing "seeAlso[2].skill"). */
function nearestLine(lines: Record<string, number>, field: string): number | undefined {
  for (let parent = field; parent; parent = parent.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
    if (lines[parent]) return lines[parent];
    if (!/(?:\.[^.[\]]+|\[\d+\])$/.test(parent)) break;
  }
  return undefined;
}
