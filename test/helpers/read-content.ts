import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, type ContentFile } from '../../src/lib/content/content-files.ts';
import type { SiteContent } from '../../src/lib/content/site-content.ts';
import { readLadders, type ReadLadders } from '../../src/lib/content/read-ladders.ts';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';
import { contentFolder } from './build-site.ts';

/**
 * The files of a content folder made of overlays (later folders win, as edits would), read as the build lists them.
 * Messages name each file where it comes from ("test/fixtures/overlays/x/skills/y.md"), not the temporary copy.
 */
function collectFiles(...folders: string[]): ContentFile[] {
  const present = folders.filter((folder) => existsSync(folder));
  const overlaid = contentFolder(...present);
  try {
    return contentFiles(overlaid).map((file) => {
      const text = file.read();
      const from = present.findLast((folder) => existsSync(join(folder, file.path)))!;
      return { ...file, shownAs: join(from, file.path), read: () => text };
    });
  } finally {
    rmSync(overlaid, { recursive: true, force: true });
  }
}

/** Reads and checks a content folder made of overlays exactly as the build does, with every problem found. */
export function readLadderFolders(...folders: string[]): ReadLadders {
  return readLadders(collectFiles(...folders));
}

/** The primary ladder of a content folder as the build reads it, for tests of the domain model without Astro. */
export function readContent(...folders: string[]): LadderContent {
  const { primary, errors } = readLadderFolders(...folders);
  if (!primary)
    throw new Error(
      `No primary ladder could be read from ${folders.join(' + ')}: ${errors.map((e) => e.message).join('; ')}`,
    );
  return primary;
}

/** A content folder as the site's data seam hands it to the pages: the primary ladder, the others, the releases. */
export function readSiteContent(...folders: string[]): SiteContent {
  const { primary, others, releases, errors } = readLadderFolders(...folders);
  if (!primary || errors.length > 0)
    throw new Error(`${folders.join(' + ')} could not be read: ${errors.map((e) => e.message).join('; ')}`);
  return { primary, others, releases };
}
