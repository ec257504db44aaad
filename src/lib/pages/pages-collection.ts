import { existsSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { pageFilePatterns, pagesDirectory } from '../content/content-layout.ts';

/** The front matter of a maintainers' page. */
export const authoredPageSchema = z.strictObject({
  /** The page's name in its <title>, and a guide's heading. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** What search results and pasted links show. The About page without one uses the ladder's introduction. */
  description: z.string().trim().min(1, 'must not be empty').optional(),
});

/**
 * Reads pages/ of the content folder with Astro's glob() loader, which renders MDX and reloads a page edited in
 * `astro dev`. A content folder without pages/ (a fixture, a freshly imported ladder) has no pages, and no warning.
 */
export function authoredPagesLoader(contentDir: string): Loader {
  const folder = pagesDirectory(contentDir);
  const pages = glob({ base: folder, pattern: pageFilePatterns });
  return {
    name: 'rungs:pages',
    load: async (context) => {
      if (existsSync(folder)) await pages.load(context);
      else context.store.clear();
    },
  };
}
