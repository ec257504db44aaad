import { z } from 'astro/zod';
import { competencySchema, ladderSchema, levelSchema, skillSchema, skillSetSchema } from '../content/schemas.ts';
import { idPattern } from '../content/content-layout.ts';

const id = z.string().regex(idPattern, 'must be a lowercase ASCII slug such as "2024-prototype"');
const date = z.iso.date({ error: 'must be a real date written YYYY-MM-DD, such as 2024-08-18' });

/** The committed shape of a release (see ReleaseSnapshot), checked as strictly as the content it froze. */
export const releaseSnapshotSchema = z.strictObject({
  format: z.literal('rungs-release', {
    error: 'must be "rungs-release": this file is not a release written by npm run release',
  }),
  version: z.literal(1, { error: 'must be 1, the only release format this version of Rungs reads' }),
  id,
  title: z.string().trim().min(1, 'must not be empty'),
  date,
  notes: z.string(),
  ladder: ladderSchema,
  levels: z.array(levelSchema.extend({ id })),
  skillSets: z.array(skillSetSchema.extend({ id })),
  skills: z.array(skillSchema.extend({ id, body: z.string() })),
  /** A matrix ladder's competencies; left out of the snapshots of other ladders. */
  competencies: z.array(competencySchema.extend({ id })).optional(),
});
