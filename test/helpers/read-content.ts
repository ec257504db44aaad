import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/content/content-files.ts';
import type { SiteContent } from '../../src/lib/content/site-content.ts';
import { readLadders, type ReadLadders } from '../../src/lib/content/read-ladders.ts';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';

/** Content files by path relative to the content folder; later folders (overlays) win, as edits would. */
function collectFiles(...folders: string[]): ContentFile[] {
  const files = new Map<string, ContentFile>();
  for (const folder of folders) {
    const walk = (relative: string) => {
      for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path);
        else if (!entry.name.startsWith('.'))
          files.set(path, { path, shownAs: join(folder, path), read: () => readFileSync(join(folder, path), 'utf8') });
      }
    };
    if (existsSync(folder)) walk('');
  }
  return [...files.values()];
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
