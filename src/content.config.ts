import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDirectory } from './lib/content-directory.ts';
import { ladderSchema, levelSchema, skillSchema, skillSetSchema } from './lib/schemas.ts';

const root = contentDirectory();

/** Each collection reads one folder; an entry's id is its file name, so a file name is a published URL. */
function folder(name: string, pattern: string) {
  return glob({ pattern, base: join(root, name), generateId: ({ entry }) => entry.replace(/\.[^.]+$/, '') });
}

export const collections = {
  ladder: defineCollection({ loader: glob({ pattern: 'ladder.yaml', base: root }), schema: ladderSchema }),
  levels: defineCollection({ loader: folder('levels', '*.yaml'), schema: levelSchema }),
  skillSets: defineCollection({ loader: folder('skill-sets', '*.yaml'), schema: skillSetSchema }),
  skills: defineCollection({ loader: folder('skills', '*.mdx'), schema: skillSchema }),
};
