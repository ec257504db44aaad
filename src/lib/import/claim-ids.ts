import { slugify } from '../content/slug.ts';
import { ImportError } from './import-error.ts';
import { plainText } from './outline/derive-title.ts';

const maxIdLength = 60;

/** Ids from the plain text of titles (no markup, "<b>" or "**"), unique within their kind: a repeated slug gets -2, -3; a long one is cut at a word boundary. */
export function claimIds(entries: { title: string; line: number }[], kind: string, file: string): string[] {
  const used = new Set<string>();
  return entries.map(({ title, line }) => {
    let base = slugify(plainText(title));
    if (base === '')
      throw new ImportError(
        file,
        line,
        `has the ${kind} "${title}" whose title has no letters or digits to make an id from`,
      );
    if (base.length > maxIdLength)
      base = base.slice(0, base.lastIndexOf('-', maxIdLength) > 0 ? base.lastIndexOf('-', maxIdLength) : maxIdLength);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
