import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { contentDirectory } from './lib/content/content-directory.ts';
import { contentLoaders } from './lib/content/content-loaders.ts';
import { competencySchema, ladderSchema, levelSchema, skillSchema, skillSetSchema } from './lib/content/schemas.ts';
import { authoredPageSchema, authoredPagesLoader } from './lib/pages/pages-collection.ts';
import { releaseSnapshotSchema } from './lib/releases/release-schema.ts';

// One collection per kind of content file, each holding the entries of every ladder: the primary one at the root of
// content/, the others under content/ladders/<id>/ (entry ids: see entryId in src/lib/content/content-layout.ts). The
// loaders share one read of the folder, so a build reports every problem of every file at once and fails once; the
// schemas are the files' own, with a reference() wherever a file names another entry. Astro renders none of the prose
// (it goes through src/lib/markdown/); src/lib/content/site-content.ts turns the entries into the site's model.
const loaders = contentLoaders(contentDirectory());
/** Every entry names its ladder, and the file it was read from as messages name it. */
const ofLadder = { ladder: reference('ladders'), file: z.string() };
const linkTarget = z.union([
  z.strictObject({ skill: reference('skills') }),
  z.strictObject({ skillSet: reference('skillSets') }),
  z.strictObject({ unresolved: z.string() }),
]);

export const collections = {
  ladders: defineCollection({
    loader: loaders.ladders,
    schema: ladderSchema.extend({ file: z.string(), releases: z.array(reference('releases')) }),
  }),
  levels: defineCollection({ loader: loaders.levels, schema: levelSchema.extend(ofLadder) }),
  skillSets: defineCollection({
    loader: loaders.skillSets,
    schema: skillSetSchema.extend({ ...ofLadder, level: reference('levels') }),
  }),
  skills: defineCollection({
    loader: loaders.skills,
    schema: skillSchema.extend({
      ...ofLadder,
      level: reference('levels'),
      skillSet: reference('skillSets'),
      seeAlso: z.array(linkTarget),
      excluded: z.strictObject({ note: z.string(), skills: z.array(reference('skills')) }).optional(),
      raises: z
        .union([z.strictObject({ skillSet: reference('skillSets') }), z.strictObject({ level: reference('levels') })])
        .optional(),
      competency: reference('competencies').optional(),
    }),
  }),
  // A matrix ladder's rows (competencies/<id>.yaml); its cells are the skills whose `competency` names one.
  competencies: defineCollection({ loader: loaders.competencies, schema: competencySchema.extend(ofLadder) }),
  releases: defineCollection({
    loader: loaders.releases,
    schema: z.strictObject({ ...ofLadder, snapshot: releaseSnapshotSchema }),
  }),
  // The maintainers' own pages (pages/about.mdx, pages/guides/<id>.mdx) are MDX: they use the project's components
  // (src/components/mdx/) and may hold code, so they are reviewed like code. The ladder's content (skills, levels,
  // skill sets, imported documents) is written by many hands and imported from documents: it stays prose-only
  // Markdown, and the ladder's reader refuses an .mdx file or raw HTML there.
  pages: defineCollection({ loader: authoredPagesLoader(contentDirectory()), schema: authoredPageSchema }),
};
