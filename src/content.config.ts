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

/**
 * Reference ladders live in content/ladders/<ladder-id>/ with the main ladder's layout and schemas;
 * their entries' ids are "<ladder-id>/<file name>".
 */
function reference(pattern: string) {
  return glob({
    pattern: `ladders/*/${pattern}`,
    base: root,
    generateId: ({ entry }) => {
      const [, ladder, ...rest] = entry.replace(/\.[^.]+$/, '').split('/');
      return rest.length <= 1 ? ladder : `${ladder}/${rest.at(-1)}`;
    },
  });
}

export const collections = {
  ladder: defineCollection({ loader: glob({ pattern: 'ladder.yaml', base: root }), schema: ladderSchema }),
  levels: defineCollection({ loader: folder('levels', '*.yaml'), schema: levelSchema }),
  skillSets: defineCollection({ loader: folder('skill-sets', '*.yaml'), schema: skillSetSchema }),
  skills: defineCollection({ loader: folder('skills', '*.md'), schema: skillSchema }),
  referenceLadders: defineCollection({ loader: reference('ladder.yaml'), schema: ladderSchema }),
  referenceLevels: defineCollection({ loader: reference('levels/*.yaml'), schema: levelSchema }),
  referenceSkillSets: defineCollection({ loader: reference('skill-sets/*.yaml'), schema: skillSetSchema }),
  referenceSkills: defineCollection({ loader: reference('skills/*.md'), schema: skillSchema }),
};
