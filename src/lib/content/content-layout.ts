// The content folder's layout, in one place: where each kind of file lives, what an id is, how a Markdown file's front
// matter is split from its body, and the ids of the content collections' entries. The loader, the importer,
// `npm run new` and `npm run release` all go through it. No Node APIs here: browser code uses `isId` too.
import { slugify } from './slug.ts';

/** Ids are lowercase ASCII slugs: a file's name without its extension, and its URL. They never change once published. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isId = (text: string): boolean => idPattern.test(text);

/** The content folder of a project, unless RUNGS_CONTENT_DIR names another (see content-directory.ts). */
export const defaultContentFolder = 'content';

/** A ladder's own file: its title, introduction and disclaimer. */
export const ladderFile = 'ladder.yaml';

/** Other ladders live in content/ladders/<ladder-id>/, each laid out as the content folder's own (primary) ladder. */
export const otherLaddersFolder = 'ladders';

/** Source documents and their import configs (<document>.import.yaml): read by the importer, never by the build. */
export const sourcesFolder = 'sources';

/** The URL manifest of the primary ladder: every URL the site has published (see src/integrations/url-manifest.ts). */
export const urlManifestFile = 'urls.txt';

/** The kinds of file a ladder has many of, one file per entry, named by its id. */
export const entryKinds = {
  levels: { folder: 'levels', extension: '.yaml', what: 'a level' },
  skillSets: { folder: 'skill-sets', extension: '.yaml', what: 'a skill set' },
  skills: { folder: 'skills', extension: '.md', what: 'a skill' },
  competencies: { folder: 'competencies', extension: '.yaml', what: 'a competency' },
  releases: { folder: 'releases', extension: '.json', what: 'a release (written by npm run release)' },
} as const;

export type EntryKind = keyof typeof entryKinds;
export type ContentKind = 'ladder' | EntryKind;

/** The kinds an import writes from a document (releases are made by `npm run release`, never imported). */
export const importedKinds = ['levels', 'skillSets', 'skills'] as const satisfies readonly EntryKind[];

/** The primary ladder's id: it lives at the root of the content folder, and its URLs and entry ids have no prefix. */
export const primaryLadderId = '';

/** A ladder's folder inside the content folder, with its trailing slash: '' for the primary ladder. */
export function ladderFolder(ladder: string): string {
  return ladder ? `${otherLaddersFolder}/${ladder}/` : '';
}

/** Where a ladder's ladder.yaml lives, relative to the content folder. */
export function ladderFilePath(ladder: string): string {
  return `${ladderFolder(ladder)}${ladderFile}`;
}

/** Where a ladder's entry of a kind and id lives, relative to the content folder ("ladders/acme/skills/x.md"). */
export function entryPath(ladder: string, kind: EntryKind, id: string): string {
  const { folder, extension } = entryKinds[kind];
  return `${ladderFolder(ladder)}${folder}/${id}${extension}`;
}

/**
 * The folder of a kind of entry beside a ladder's ladder.yaml, given as messages show that file
 * ("content/ladders/acme/ladder.yaml" → "content/ladders/acme/levels/"); the file itself when it is no ladder.yaml
 * (a release's snapshot, whose entries are inside it).
 */
export function entryFolderBeside(shownLadderFile: string, kind: EntryKind): string {
  if (shownLadderFile !== ladderFile && !shownLadderFile.endsWith(`/${ladderFile}`)) return shownLadderFile;
  return `${shownLadderFile.slice(0, -ladderFile.length)}${entryKinds[kind].folder}/`;
}

/** A file's place in the layout: which ladder it belongs to, its kind and its id. */
export interface Placement {
  ladder: string;
  kind: ContentKind;
  id: string;
}

/** A file the build does not read, with what to do about it. */
export interface Misplaced {
  field: string;
  value?: string;
  message: string;
}

/** The id of a ladder's own entry: it is named after its file, ladder.yaml, as every other entry is. */
export const ladderFileId = 'ladder';

const extensionOf = (name: string) => /\.[^.]*$/.exec(name)?.[0] ?? '';
const baseOf = (name: string) => name.slice(0, name.length - extensionOf(name).length);

/**
 * Where a file of the content folder belongs (its path relative to the folder, "ladders/acme/skills/x.md"), or why no
 * collection reads it and where it should go instead. Undefined for files that are not ladder content (sources/,
 * urls.txt), and for the other files of a ladder folder whose name is not an id (its ladder.yaml says so, once).
 */
export function placeOf(path: string): Placement | Misplaced | undefined {
  const parts = path.split('/');
  if (parts[0] === sourcesFolder || path === urlManifestFile) return undefined;
  // The maintainers' MDX pages are read by the `pages` collection (src/lib/pages/); only their layout is checked here.
  if (parts[0] === pagesFolder) return pageFileProblem(parts.slice(1).join('/'));
  if (parts[0] !== otherLaddersFolder) return placeInLadder(parts, primaryLadderId);
  const ladder = parts.length >= 3 ? parts[1] : '';
  if (!ladder) {
    return {
      field: '',
      message: `is not read: another ladder lives in its own folder, ${otherLaddersFolder}/<ladder-id>/, with ${ladderFile}, levels/, skill-sets/ and skills/`,
    };
  }
  if (!isId(ladder)) {
    if (parts.length === 3 && parts[2] === ladderFile) {
      return {
        field: 'folder name',
        value: ladder,
        message: `is not a lowercase slug (it is the ladder's id and URL): rename the folder to "${slugify(ladder)}"`,
      };
    }
    return undefined;
  }
  return placeInLadder(parts.slice(2), ladder);
}

function placeInLadder(parts: string[], ladder: string): Placement | Misplaced {
  const prefix = ladderFolder(ladder);
  const layout =
    `a ladder's folder holds ${ladderFile}, levels/<id>.yaml, skill-sets/<id>.yaml, skills/<id>.md, competencies/<id>.yaml (the rows of a competency matrix) and releases/<release-id>.json` +
    (ladder
      ? ''
      : ` (and ${defaultContentFolder}/ also ${urlManifestFile}, ${sourcesFolder}/ for documents and import configs, ${pagesFolder}/ for the About page and guides (MDX), ${otherLaddersFolder}/<ladder-id>/ for other ladders)`);
  if (parts.length === 1) {
    if (parts[0] === ladderFile) return { ladder, kind: 'ladder', id: ladderFileId };
    if (baseOf(parts[0]) === baseOf(ladderFile))
      return { field: '', message: `is not read: rename it to ${prefix}${ladderFile}` };
    return { field: '', message: `is not read: ${layout}; move it to ${sourcesFolder}/ if it is a source document` };
  }
  const found = Object.entries(entryKinds).find(([, k]) => k.folder === parts[0]);
  if (!found) return { field: '', message: `is not read: ${layout}` };
  const [kind, { folder, extension, what }] = found as [EntryKind, (typeof entryKinds)[EntryKind]];
  const name = parts.at(-1)!;
  const wanted = `${prefix}${folder}/${baseOf(name)}${extension}`;
  if (parts.length > 2)
    return { field: '', message: `is not read: ${folder}/ has no subfolders; move it to ${wanted}` };
  if (extensionOf(name) !== extension)
    return { field: '', message: `is not read: ${what} is a ${extension} file; rename it to ${wanted}` };
  return { ladder, kind, id: baseOf(name) };
}

/** Normalises a content file's text as the build reads it: no byte order mark, "\n" line ends. */
export function contentText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

// A skill file opens with its fields as YAML between two lines of "---", then its description in Markdown.
const frontmatter = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** A Markdown file's front matter (YAML) and body, the body's first line counted from 1; undefined when it has none. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const normalised = contentText(text);
  const match = frontmatter.exec(normalised);
  if (!match) return undefined;
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { yaml: match[1] ?? '', body: normalised.slice(match[0].length), bodyLine };
}

/** A Markdown file from its front matter (YAML text, ending in a new line) and body, as the importer and `new` write it. */
export function joinFrontmatter(yaml: string, body: string): string {
  return `---\n${yaml}---\n\n${body}\n`;
}

/**
 * The id of an entry in the content collections (src/content.config.ts), unique across ladders: the primary
 * ladder's entries keep their own ids ("basic-sql"), another ladder's are prefixed with its id ("staff-plus/basic-sql").
 * A ladder's own entry (its ladder.yaml) is "ladder" or "staff-plus/ladder". Pages and URLs use the plain ids.
 */
export function entryId(ladder: string, id: string): string {
  return ladder ? `${ladder}/${id}` : id;
}

/** The id of a ladder's own entry in the `ladders` collection. */
export function ladderEntryId(ladder: string): string {
  return entryId(ladder, ladderFileId);
}

/** The ladder and the plain id an entry id stands for (see entryId). */
export function entryPlace(id: string): { ladder: string; id: string } {
  const slash = id.indexOf('/');
  return slash < 0 ? { ladder: primaryLadderId, id } : { ladder: id.slice(0, slash), id: id.slice(slash + 1) };
}

/**
 * Where the maintainers' own pages live in a content folder: pages/about.mdx is the About page (/about/), and
 * pages/guides/<id>.mdx a guide (/guides/<id>/). Nothing else in pages/ is published, so nothing else may be there.
 */
export const pagesFolder = 'pages';

/** The pages/ folder of a content folder. */
export const pagesDirectory = (contentDir: string) => `${contentDir.replace(/\/$/, '')}/${pagesFolder}`;

/** The files of pages/ the `pages` collection reads, as glob patterns relative to pages/. */
export const pageFilePatterns = ['about.mdx', 'guides/*.mdx'];

/** The About page's id in the `pages` collection (its path under pages/ without `.mdx`). */
export const aboutPageId = 'about';

const guidesFolder = 'guides/';

/** A guide's id, its file name under pages/guides/ (the last part of its URL); undefined for a page that is no guide. */
export function guideIdOf(pageId: string): string | undefined {
  return pageId.startsWith(guidesFolder) ? pageId.slice(guidesFolder.length) : undefined;
}

/**
 * Why a file of pages/ (its path inside pages/, "guides/x.md") would not be published, and where it should go
 * instead; undefined for the About page and a guide.
 */
export function pageFileProblem(path: string): Misplaced | undefined {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  const base = name.slice(0, name.length - extensionOf(name).length);
  if (parts.length === 1 && base === aboutPageId) {
    return extensionOf(name) === '.mdx'
      ? undefined
      : { field: '', message: `is not read: a page is an .mdx file; rename it to ${pagesFolder}/about.mdx` };
  }
  const wanted = `${pagesFolder}/${guidesFolder}${slugify(base) || 'a-lowercase-slug'}.mdx`;
  if (parts.length === 1 || parts[0] !== guidesFolder.slice(0, -1)) {
    return {
      field: '',
      message: `is not published: ${pagesFolder}/ holds about.mdx (the About page) and ${guidesFolder}<id>.mdx (a guide at /guides/<id>/); move it to ${wanted} if it is a guide`,
    };
  }
  if (parts.length > 2)
    return { field: '', message: `is not read: ${guidesFolder} has no subfolders; move it to ${wanted}` };
  if (extensionOf(name) !== '.mdx')
    return { field: '', message: `is not read: a page is an .mdx file; rename it to ${wanted}` };
  if (!isId(base)) {
    return {
      field: 'file name',
      value: base,
      message: `is not a lowercase slug (the file name is the guide's id and URL): rename the file to "${wanted.split('/').at(-1)}"`,
    };
  }
  return undefined;
}
