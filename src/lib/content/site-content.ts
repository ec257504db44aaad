import { getEntry } from 'astro:content';
import type { StoredLadders } from './ladder-loader.ts';

/** Every ladder of the content folder as the content collections hold it, read and validated (or the build stopped). */
export interface SiteContent {
  primary: StoredLadders['main'];
  others: StoredLadders['references'];
  /** Every ladder's releases, newest first. */
  releases: StoredLadders['releases'];
}

/** The one place the site reads the content collections. */
export async function siteContent(): Promise<SiteContent> {
  const { main, references, releases } = (await getEntry('ladders', 'site'))!.data as unknown as StoredLadders;
  return { primary: main, others: references, releases };
}
