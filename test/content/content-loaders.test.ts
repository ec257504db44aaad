import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLoaders } from '../../src/lib/content/content-loaders.ts';
import { contentFolder } from '../helpers/build-site.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  digest?: string;
}

/**
 * What a loader gets from Astro, in memory: a store per collection, a logger and, as in `astro dev`, a watcher. Astro's
 * parseData applies the collection's schema (src/content.config.ts); here it hands the loader's data through as it is.
 */
function fakeAstro(watching: boolean) {
  const logged: string[] = [];
  const stores = new Map<string, Map<string, Stored>>();
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const context = (collection: string) => {
    const entries = stores.set(collection, new Map()).get(collection)!;
    return {
      collection,
      store: {
        keys: () => [...entries.keys()],
        get: (id: string) => entries.get(id),
        set: (entry: Stored) => entries.set(entry.id, entry) && true,
        delete: (id: string) => entries.delete(id),
      },
      logger: {
        info: () => {},
        debug: () => {},
        warn: (message: string) => logged.push(`warn ${message}`),
        error: (message: string) => logged.push(`error ${message}`),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
      ...(watching ? { watcher } : {}),
    } as unknown as LoaderContext;
  };
  return { logged, stores, watcher, context };
}

/** Every collection loaded from a content folder, as Astro does at the start of a build or of `astro dev`. */
async function load(folder: string, watching: boolean) {
  const astro = fakeAstro(watching);
  const results = await Promise.allSettled(
    Object.entries(contentLoaders(folder)).map(([name, loader]) => loader.load(astro.context(name))),
  );
  return { ...astro, results };
}

/**
 * An edit in `astro dev`: the file changes and the watcher says so. The loaders read files synchronously, so their
 * updates are done once the promises they queued have run, before the next turn of the event loop.
 */
async function edit(astro: Awaited<ReturnType<typeof load>>, file: string, change: () => void) {
  change();
  astro.watcher.emit('all', 'change', file);
  await new Promise((resolve) => setImmediate(resolve));
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const fixture = (...overlays: string[]) => {
  const folder = contentFolder('test/fixtures/ladder', 'test/fixtures/other-ladder', ...overlays);
  folders.push(folder);
  return folder;
};

describe('the content loaders', () => {
  it('store every skill of every ladder, referring to entries by ids unique across ladders', async () => {
    const astro = await load(fixture(), false);
    expect(astro.results.every((result) => result.status === 'fulfilled')).toBe(true);
    const skills = astro.stores.get('skills')!;
    expect([...skills.keys()]).toEqual(
      expect.arrayContaining([
        'basic-facilitation',
        'spike-solutions',
        'platform/cache-tuning',
        'platform/paved-roads',
      ]),
    );
    expect(skills.get('platform/cache-tuning')).toMatchObject({
      data: {
        title: 'Cache tuning',
        level: 'platform/platform-engineer',
        skillSet: 'platform/build-tooling',
        ladder: 'platform/ladder',
      },
      body: expect.stringContaining('You measure where builds spend their time'),
    });
    expect(skills.get('basic-facilitation')?.data).toMatchObject({
      level: 'software-engineers',
      seeAlso: expect.arrayContaining([{ skill: 'active-participation' }]),
      ladder: 'ladder',
    });
    expect([...astro.stores.get('ladders')!.keys()]).toEqual(['ladder', 'platform/ladder']);
    expect(astro.logged.filter((line) => line.startsWith('warn')).length).toBe(1);
  });

  it('fail once for content with problems, having logged every problem once', async () => {
    const astro = await load(
      fixture('test/fixtures/invalid/dangling-reference', 'test/fixtures/invalid/unknown-level'),
      false,
    );
    const reasons = astro.results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'stored'));
    const errors = astro.logged.filter((line) => line.startsWith('error'));
    expect(errors.length).toBeGreaterThan(1);
    expect(new Set(errors).size).toBe(errors.length);
    expect(new Set(reasons)).toEqual(
      new Set([`Error: The ladder's content has ${errors.length} problem(s), listed above: fix them and build again.`]),
    );
    expect([...astro.stores.values()].every((entries) => entries.size === 0)).toBe(true);
  });

  it('in astro dev, replace what an edit changed and keep the rest, and log the problems of a bad edit once', async () => {
    const folder = fixture();
    const astro = await load(folder, true);
    const skills = astro.stores.get('skills')!;
    const before = new Map(skills);
    const file = join(folder, 'ladders', 'platform', 'skills', 'cache-tuning.md');
    const text = readFileSync(file, 'utf8');

    await edit(astro, file, () => writeFileSync(file, text.replace('You measure', 'You measure carefully')));
    expect(skills.get('platform/cache-tuning')?.body).toContain('You measure carefully');
    expect([...skills].filter(([id, entry]) => before.get(id) !== entry).map(([id]) => id)).toEqual([
      'platform/cache-tuning',
    ]);

    const edited = skills.get('platform/cache-tuning');
    astro.logged.length = 0;
    await edit(astro, file, () =>
      writeFileSync(file, text.replace('skillSet: build-tooling', 'skillSet: build-toolin')),
    );
    expect(astro.logged.filter((line) => line.startsWith('error'))).toEqual([
      `error ${file}:4: skillSet "build-toolin" is not a skill set. Did you mean "build-tooling"?`,
      `error The ladder's content has 1 problem(s), listed above: fix them and build again.`,
    ]);
    expect(skills.get('platform/cache-tuning')).toBe(edited);

    await edit(astro, file, () => {
      writeFileSync(file, text);
      unlinkSync(join(folder, 'ladders', 'platform', 'skills', 'paved-roads.md'));
    });
    expect(skills.has('platform/paved-roads')).toBe(false);
    expect(skills.get('platform/cache-tuning')?.body).toBe(before.get('platform/cache-tuning')?.body);
  });
});
