import { defineCollection } from 'astro:content';
import { contentDirectory } from './lib/content/content-directory.ts';
import { ladderLoader } from './lib/content/ladder-loader.ts';
import { authoredPageSchema, authoredPagesLoader } from './lib/pages/pages-collection.ts';

// One collection holds every ladder of the content folder, read and checked in one pass by src/lib/content/ so a
// build reports every problem of every file at once; Astro renders none of it (prose goes through src/lib/markdown/).
export const collections = {
  ladders: defineCollection({ loader: ladderLoader(contentDirectory()) }),
  // The maintainers' own pages (pages/about.mdx, pages/guides/<id>.mdx) are MDX: they use the project's components
  // (src/components/mdx/) and may hold code, so they are reviewed like code. The ladder's content (skills, levels,
  // skill sets, imported documents) is written by many hands and imported from documents: it stays prose-only
  // Markdown, and the ladder's reader refuses an .mdx file or raw HTML there.
  pages: defineCollection({ loader: authoredPagesLoader(contentDirectory()), schema: authoredPageSchema }),
};
