import { join } from 'node:path';
import { slugify } from '../content/slug.ts';

/**
 * Where the maintainers' own pages live in a content folder: pages/about.mdx is the About page (/about/), and
 * pages/guides/<id>.mdx a guide (/guides/<id>/). Nothing else in pages/ is published, so nothing else may be there.
 */
export const pagesFolder = 'pages';

/** The pages/ folder of a content folder. */
export const pagesDirectory = (contentDir: string) => join(contentDir, pagesFolder);

/** The files of pages/ the `pages` collection reads, as glob patterns relative to pages/. */
export const pageFilePatterns = ['about.mdx', 'guides/*.mdx'];

/** The About page's id in the `pages` collection (its path under pages/ without `.mdx`). */
export const aboutPageId = 'about';

const guidesFolder = 'guides/';

/** A guide's id, its file name under pages/guides/ (the last part of its URL); undefined for a page that is no guide. */
export function guideIdOf(pageId: string): string | undefined {
  return pageId.startsWith(guidesFolder) ? pageId.slice(guidesFolder.length) : undefined;
}

/** What is wrong with a file of pages/, for the content reader to report at its file. */
export interface PageFileProblem {
  field: string;
  value?: string;
  message: string;
}

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const extensionOf = (name: string) => /\.[^.]*$/.exec(name)?.[0] ?? '';

/**
 * Why a file of pages/ (its path inside pages/, "guides/x.md") would not be published, and where it should go
 * instead; undefined for the About page and a guide.
 */
export function pageFileProblem(path: string): PageFileProblem | undefined {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  const base = name.slice(0, name.length - extensionOf(name).length);
  if (parts.length === 1 && base === aboutPageId) {
    return extensionOf(name) === '.mdx' ? undefined : { field: '', message: `is not read: a page is an .mdx file; rename it to ${pagesFolder}/about.mdx` };
  }
  const wanted = `${pagesFolder}/${guidesFolder}${slugify(base) || 'a-lowercase-slug'}.mdx`;
  if (parts.length === 1 || parts[0] !== guidesFolder.slice(0, -1)) {
    return { field: '', message: `is not published: ${pagesFolder}/ holds about.mdx (the About page) and ${guidesFolder}<id>.mdx (a guide at /guides/<id>/); move it to ${wanted} if it is a guide` };
  }
  if (parts.length > 2) return { field: '', message: `is not read: ${guidesFolder} has no subfolders; move it to ${wanted}` };
  if (extensionOf(name) !== '.mdx') return { field: '', message: `is not read: a page is an .mdx file; rename it to ${wanted}` };
  if (!slug.test(base)) {
    return { field: 'file name', value: base, message: `is not a lowercase slug (the file name is the guide's id and URL): rename the file to "${wanted.split('/').at(-1)}"` };
  }
  return undefined;
}
