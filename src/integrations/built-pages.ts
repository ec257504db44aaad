import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inlineCode } from '../lib/hosting/content-security-policy.ts';
import { metaRefreshTarget } from '../lib/hosting/redirects-file.ts';
import { startTagsOf } from '../lib/html/read-html.ts';
import { pageLinks, type PageLinks } from '../lib/links/link-check.ts';

/** What the post-build steps read of one built page. */
export interface BuiltPageFacts extends PageLinks {
  /** Inline scripts, styles and event handlers the hosts' CSP header would block (see inlineCode). */
  inlineCode: string[];
  /** Where the page sends its reader at once, when it is an alias page. */
  redirectsTo?: string;
}

const read = new Map<string, { stamp: string; facts: BuiltPageFacts }>();

/**
 * The facts of a built page, parsed once per build: the CSP check, the redirects file, the sitemap and the link
 * check all read every page, and parsing 900 pages four times would cost the build seconds. A page written again
 * (another build in the same process) is read again.
 */
export function builtPageFacts(file: string): BuiltPageFacts {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs} ${size}`;
  const known = read.get(file);
  if (known?.stamp === stamp) return known.facts;
  const tags = startTagsOf(readFileSync(file, 'utf8'));
  const facts = { inlineCode: inlineCode(tags), redirectsTo: metaRefreshTarget(tags), ...pageLinks(tags) };
  read.set(file, { stamp, facts });
  return facts;
}

/** Every file the build wrote under a folder, by absolute path. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
