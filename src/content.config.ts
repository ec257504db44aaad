import { defineCollection } from 'astro:content';
import { contentDirectory } from './lib/content/content-directory.ts';
import { ladderLoader } from './lib/content/ladder-loader.ts';

// One collection holds every ladder of the content folder, read and checked in one pass by src/lib/content/ so a
// build reports every problem of every file at once; Astro renders none of it (prose goes through src/lib/markdown/).
export const collections = {
  ladders: defineCollection({ loader: ladderLoader(contentDirectory()) }),
};
