import { getCollection, getEntries } from 'astro:content';
import type { LadderContent } from '../ladder/ladder.ts';
import type { Release } from '../releases/snapshot.ts';
import { siteContentOf } from './content-collections.ts';

/** Every ladder of the content folder as the content collections hold it, read and validated (or the build stopped). */
export interface SiteContent {
  /** The ladder at the root of content/. */
  primary: LadderContent;
  /** The ladders of content/ladders/<id>/, by title. */
  others: { id: string; content: LadderContent }[];
  /** Every ladder's releases, newest first. */
  releases: Release[];
}

/** The one place the site reads the content collections. */
export async function siteContent(): Promise<SiteContent> {
  const ladders = await getCollection('ladders');
  // Releases are fetched through their ladders' references: getCollection() warns about an empty collection, and most
  // ladders have no release.
  const [levels, skillSets, skills, releases] = await Promise.all([
    getCollection('levels'),
    getCollection('skillSets'),
    getCollection('skills'),
    getEntries(ladders.flatMap((ladder) => ladder.data.releases)),
  ]);
  // Competencies likewise, through the cells that name them: most ladders are no matrix.
  const competencyReferences = new Map(
    skills.flatMap(({ data: { competency } }) => (competency ? [[competency.id, competency] as const] : [])),
  );
  const competencies = await getEntries([...competencyReferences.values()]);
  return siteContentOf({ ladders, levels, skillSets, skills, competencies, releases });
}
