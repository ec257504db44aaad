import { sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { collectionEntries, type CollectionEntryInput, type CollectionName } from './content-collections.ts';
import { contentFiles, type ContentFile } from './content-files.ts';
import { readLadders } from './read-ladders.ts';
import { formatProblem } from './validate-ladder.ts';

/** One read of the content folder: every collection's entries, or how many problems stop the build. */
type Read = { entries: Record<CollectionName, CollectionEntryInput[]> } | { problems: number };

/** The error that stops the build: the problems themselves are logged one a line above it. */
class ContentError extends Error {
  constructor(
    problems: number,
    /** Whether this loader read the folder (and logged its problems), rather than taking another loader's read. */
    readonly fresh: boolean,
  ) {
    super(`The ladder's content has ${problems} problem(s), listed above: fix them and build again.`);
    // Where in the loader the build stopped says nothing to an editor.
    this.stack = this.message;
  }
}

const sameFiles = (a: ContentFile[], b: ContentFile[]) =>
  a.length === b.length && a.every((file, i) => file.path === b[i].path && file.read() === b[i].read());

/**
 * The content collections' loaders, one per kind of file, sharing one read of the content folder: the first loader to
 * load reads and checks every file (readLadders, no Markdown rendering by Astro), logs every problem once, and the
 * others take the same result, so a folder with problems fails the build once. The folder is read again only when a
 * file's text changed: once per build, and in `astro dev` once per edit, after which each collection replaces the
 * entries that changed.
 */
export function contentLoaders(root: string): Record<CollectionName, Loader> {
  let last: { files: ContentFile[]; read: Read } | undefined;

  const currentRead = (logger: LoaderContext['logger']): { read: Read; fresh: boolean } => {
    const files = contentFiles(root).map((file) => {
      const text = file.read();
      return { ...file, read: () => text };
    });
    if (last && sameFiles(last.files, files)) return { read: last.read, fresh: false };
    const result = readLadders(files);
    for (const warning of result.warnings) logger.warn(`warning: ${formatProblem(warning)}`);
    for (const problem of result.errors) logger.error(formatProblem(problem));
    const read =
      result.errors.length > 0 || !result.primary
        ? { problems: result.errors.length }
        : { entries: collectionEntries(result) };
    last = { files, read };
    return { read, fresh: true };
  };

  const loader = (collection: CollectionName): Loader => ({
    name: 'rungs:content',
    load: async ({ store, logger, watcher, parseData, generateDigest }) => {
      const update = async () => {
        const { read, fresh } = currentRead(logger);
        if ('problems' in read) throw new ContentError(read.problems, fresh);
        const entries = read.entries[collection];
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { id, data, body } of entries) {
          const digest = generateDigest({ data, body: body ?? '' });
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: await parseData({ id, data }), digest, ...(body === undefined ? {} : { body }) });
        }
      };
      await update();
      if (!watcher) return;
      watcher.add(root);
      // One update at a time, so a quick second edit never lands before the first.
      let updating = Promise.resolve();
      watcher.on('all', (_event, path: string) => {
        if (path !== root && !path.startsWith(root + sep)) return;
        updating = updating.then(update).catch((error: unknown) => {
          // The loader that read the folder has logged its problems; the others keep their entries and stay quiet.
          if (!(error instanceof ContentError) || error.fresh)
            logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  });

  return {
    ladders: loader('ladders'),
    levels: loader('levels'),
    skillSets: loader('skillSets'),
    skills: loader('skills'),
    competencies: loader('competencies'),
    releases: loader('releases'),
  };
}
