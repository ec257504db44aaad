import { startTagsOf, type StartTag } from '../html/read-html.ts';

/** A permanent redirect from an old path to where its page lives now, both as the browser requests them. */
export interface HostRedirect {
  from: string;
  to: string;
}

/** The `_redirects` file Netlify and Cloudflare Pages read: one "from to 301" line per redirect. */
export function formatRedirectsFile(redirects: readonly HostRedirect[]): string {
  const lines = [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((r) => `${r.from} ${r.to} 301`);
  return `${lines.join('\n')}\n`;
}

/** The redirects of a `_redirects` file by their `from` path; comments and blank lines are skipped. */
export function parseRedirectsFile(text: string): Map<string, HostRedirect> {
  const redirects = new Map<string, HostRedirect>();
  for (const line of text.split(/\r?\n/)) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) continue;
    redirects.set(from, { from, to });
  }
  return redirects;
}

const atOnce = /^\s*0\s*;\s*url=(.+)$/i;

/** Where a built page sends its reader at once (an alias page's `<meta http-equiv="refresh">`), if it is such a page. */
export function metaRefreshTarget(page: string | StartTag[]): string | undefined {
  for (const tag of typeof page === 'string' ? startTagsOf(page) : page) {
    if (tag.name !== 'meta' || tag.attributes['http-equiv']?.toLowerCase() !== 'refresh') continue;
    const target = atOnce.exec(tag.attributes.content ?? '')?.[1];
    if (target) return target;
  }
  return undefined;
}
