import { contentDirectory } from '../content/content-directory.ts';
import { editLink } from './edit-link.ts';
import { lastUpdated } from './last-updated.ts';

/** What a page says below its content about the file it is made from: where to edit it, and when it last changed. */
export interface ContentSource {
  edit?: string;
  updated?: string;
}

/**
 * The edit link (when RUNGS_EDIT_URL is set) and, with `withDate` (skill pages), the date git last saw `file` change.
 * `file` is the content file as its entry names it ("content/skills/basic-sql.md").
 */
export function contentSource(file: string, withDate = false): ContentSource {
  const edit = editLink(file, process.env.RUNGS_EDIT_URL);
  const updated = withDate ? lastUpdated(file, contentDirectory()) : undefined;
  return { ...(edit ? { edit } : {}), ...(updated ? { updated } : {}) };
}
