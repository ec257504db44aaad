import type { LadderContent } from '../ladder/ladder.ts';
import { entryPath, isId } from '../content/content-layout.ts';
import { slugify } from '../content/slug.ts';
import { makeSnapshot, type ReleaseInfo } from './snapshot.ts';

/** A release that can't be made, said so the author knows what to do. */
export class ReleaseError extends Error {}

export interface ReleaseRequest {
  id: string;
  /** Defaults to the id. */
  title?: string;
  /** Defaults to today. */
  date?: string;
  notes?: string;
  /** '' for the primary ladder. */
  ladder: string;
}

/**
 * The file a release writes: the ladder's content frozen with its id, title, date and notes. Refuses an id that is not
 * a slug, an invalid date, and an id the ladder already released (a published release never changes).
 */
export function newRelease(
  request: ReleaseRequest,
  content: LadderContent,
  existing: readonly string[],
  today: string,
): { path: string; text: string; info: ReleaseInfo } {
  const { id, ladder } = request;
  if (!isId(id)) {
    const slug = slugify(id) || '2025-revision';
    throw new ReleaseError(
      `"${id}" is not a release id: use a lowercase slug such as "${slug}" (it becomes the URL /releases/${slug}/).`,
    );
  }
  const date = request.date ?? today;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
  ) {
    throw new ReleaseError(`--date ${date} is not a real date: write it YYYY-MM-DD, such as 2024-08-18.`);
  }
  const path = entryPath(ladder, 'releases', id);
  if (existing.includes(id))
    throw new ReleaseError(`${path} already exists: a published release never changes. Choose another id.`);
  const info: ReleaseInfo = { id, title: request.title?.trim() || id, date, notes: request.notes?.trim() ?? '' };
  return { path, info, text: `${JSON.stringify(makeSnapshot(content, info), null, 1)}\n` };
}
