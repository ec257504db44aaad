// The growth plan document's fixed words, shared by the page and the schema without zod: its format name and version,
// the standings, and the rules a reader's own evidence entry is held to as they type it. The document's shape is
// defined once, in plan-schema.ts (zod), which runs only where documents come from outside (plan-reading.worker.ts).
import { isAllowedUrl, urlProblem } from '../markdown/url.ts';

export const planFormat = 'rungs-plan';
/** Bump on any change an older Rungs couldn't read, and teach plan-file.ts to read the version before. */
export const planVersion = 1;

/** Where a reader thinks they stand on a skill, in words: never a percentage or a score. */
export const standings = ['not-yet', 'growing', 'evidence-recorded'] as const;
export type Standing = (typeof standings)[number];

const standingLabels: Record<Standing, string> = {
  'not-yet': 'not yet',
  growing: 'growing',
  'evidence-recorded': 'evidence recorded',
};

/** A standing as the page and the exports write it: "not yet", "growing", "evidence recorded". */
export const standingLabel = (standing: Standing): string => standingLabels[standing];

/** Why a skill is among a plan's retired ones: the ladder dropped it, or the target no longer requires it. */
export const retiredReasons = ['not-in-ladder', 'not-required'] as const;

/** A real calendar date written YYYY-MM-DD: "2025-02-30" is refused, not read as 2 March. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const dateRule = 'must be a date written YYYY-MM-DD';
export const noteOrLinkRule = 'must have a note, a link or both';

/**
 * What is wrong with an evidence entry, by the rules plan-schema.ts holds a file's entries to (a real date, a note or
 * a link, a link the site publishes), as field and message; undefined when nothing is. The page checks what the reader
 * types with this, so adding evidence needs no schema library.
 */
export function evidenceProblem(entry: {
  date: string;
  note?: string;
  link?: string;
}): { field?: 'date' | 'link'; message: string } | undefined {
  if (!isDate(entry.date)) return { field: 'date', message: dateRule };
  if (entry.link !== undefined && !isAllowedUrl(entry.link)) return { field: 'link', message: urlProblem(entry.link) };
  if (!entry.note && entry.link === undefined) return { message: noteOrLinkRule };
  return undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why a document is not a plan this site can read at all, before its fields are looked at: not a plan, or one made by
 * a newer Rungs (whose fields this site may not know). Undefined when it is worth reading.
 */
export function formatProblem(data: unknown): string | undefined {
  if (!isRecord(data) || data.format !== planFormat)
    return `This is not a growth plan: a plan file has "format": "${planFormat}".`;
  if (typeof data.version === 'number' && data.version > planVersion)
    return `This plan was made by a newer Rungs (version ${data.version}); this site reads version ${planVersion}.`;
  return undefined;
}
