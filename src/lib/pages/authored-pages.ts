import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentDirectory } from '../content/content-directory.ts';
import { shownPath } from '../content/content-files.ts';
import type { PublishedLadder } from '../ladder/published-ladder.ts';
import { urls } from '../links/urls.ts';
import { aboutPageId, guideIdOf, pagesDirectory } from '../content/content-layout.ts';
import { pageComponentProblems, type PageComponentUse } from './page-components.ts';
import { componentUsesKey } from './page-plugin.ts';

export type AuthoredPage = CollectionEntry<'pages'>;

/** Every page of the content folder; none, without asking Astro (which warns of an empty collection), without pages/. */
async function authoredPages(): Promise<AuthoredPage[]> {
  return existsSync(pagesDirectory(contentDirectory())) ? getCollection('pages') : [];
}

/** The About page of the content folder (pages/about.mdx), if it has one. */
export async function aboutPage(): Promise<AuthoredPage | undefined> {
  return (await authoredPages()).find((page) => page.id === aboutPageId);
}

export interface Guide {
  id: string;
  title: string;
  href: string;
  page: AuthoredPage;
}

let listed: Promise<Guide[]> | undefined;

/** The guides (pages/guides/<id>.mdx) in title order, listed once per build: every page's footer links them. */
export function guides(): Promise<Guide[]> {
  return (listed ??= authoredPages().then((pages) =>
    pages
      .flatMap((page) => {
        const id = guideIdOf(page.id);
        return id ? [{ id, title: page.data.title, href: urls.guide(id), page }] : [];
      })
      .sort((a, b) => a.title.localeCompare(b.title, 'en')),
  ));
}

/** The file a page is made from, as messages and edit links name it ("content/pages/about.mdx"). */
export const pageFile = (page: AuthoredPage) => shownPath(resolve(page.filePath!));

/**
 * A page's content, ready to render with the ladder it is about, once every id its components name is one of that
 * ladder's: otherwise the build stops, naming the file and line of each wrong one.
 */
export async function renderedPage(page: AuthoredPage, ladder: PublishedLadder) {
  const { Content, remarkPluginFrontmatter } = await render(page);
  const uses = remarkPluginFrontmatter[componentUsesKey] as PageComponentUse[];
  const problems = pageComponentProblems(uses, ladder.index);
  if (problems.length > 0) {
    const error = new Error(problems.map((p) => `${pageFile(page)}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    error.stack = error.message;
    throw error;
  }
  return Content;
}
