import type { Loader } from 'astro/loaders';
import type { LadderContent } from '../ladder/ladder.ts';
import type { Release } from '../releases/snapshot.ts';
import { formatProblem, type Problem } from './validate-ladder.ts';
import { contentFiles } from './content-files.ts';
import { readLadders } from './read-ladders.ts';

/** What the loader stores: every ladder of the content folder, read and validated. */
export interface StoredLadders {
  main: LadderContent;
  references: { id: string; content: LadderContent }[];
  /** Every ladder's releases, newest first. */
  releases: Release[];
}

/** The error that stops the build: the problems themselves are logged one a line above it. */
function contentError(errors: Problem[]): Error {
  const error = new Error(`The ladder's content has ${errors.length} problem(s), listed above: fix them and build again.`);
  // Where in the loader the build stopped says nothing to an editor.
  error.stack = error.message;
  return error;
}

/**
 * The site's one collection: reads the whole content folder with readLadders (no Markdown rendering by Astro) and
 * fails the build with every problem at once. In `astro dev` it reads again when a content file changes.
 */
export function ladderLoader(root: string): Loader {
  return {
    name: 'rungs:ladders',
    load: async ({ store, logger, watcher }) => {
      const read = () => {
        const result = readLadders(contentFiles(root));
        for (const warning of result.warnings) logger.warn(`warning: ${formatProblem(warning)}`);
        for (const problem of result.errors) logger.error(formatProblem(problem));
        if (result.errors.length > 0 || !result.main) throw contentError(result.errors);
        const data: StoredLadders = { main: result.main, references: result.references, releases: result.releases };
        store.clear();
        store.set({ id: 'site', data: data as unknown as Record<string, unknown> });
      };
      read();
      watcher?.add(root);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        try {
          read();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
