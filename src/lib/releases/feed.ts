import { createHash } from 'node:crypto';
import type { LogEntry } from './changes.ts';
import { escapeHtml as escape } from '../html/escape-html.ts';
import { describeChange } from './describe.ts';

/**
 * An id that never changes when the site moves: a URN made from the ladder's id and the release's, as a UUID
 * (Atom requires an absolute IRI, and the site's address may be unknown or change).
 */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha1')
    .update(['rungs', ...parts].join('\u0000'))
    .digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface FeedOptions {
  ladderTitle: string;
  /** The ladder's id in ids: '' for the primary. */
  ladderId: string;
  /** The change log's page and the feed's own address: absolute when the site's address is configured, else paths. */
  pageUrl: string;
  feedUrl: string;
  /** Each release's anchor on the change log page. */
  entryUrl: (releaseId: string) => string;
}

/**
 * The change log as an Atom feed (RFC 4287): one entry per release, newest first, its summary every change in one line.
 * Unreleased changes are no entry: a feed announces releases.
 */
export function changesFeed(log: readonly LogEntry[], options: FeedOptions): string {
  const released = log.filter((e) => e.release);
  const updated = (date: string) => `${date}T00:00:00Z`;
  const entries = released.map((entry) => {
    const release = entry.release!;
    const lines = [
      ...(release.notes ? [release.notes] : []),
      ...(entry.since
        ? [`Changes since ${entry.since.title}:`, ...entry.changes.map(describeChange)]
        : ['The first release.']),
    ];
    return [
      '  <entry>',
      `    <id>${stableId(options.ladderId, release.id)}</id>`,
      `    <title>${escape(release.title)}</title>`,
      `    <updated>${updated(release.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(options.entryUrl(release.id))}"/>`,
      `    <summary type="text">${escape(lines.join('\n'))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${stableId(options.ladderId, 'changes')}</id>`,
    `  <title>${escape(`${options.ladderTitle}: changes`)}</title>`,
    `  <updated>${updated(released[0]?.release!.date ?? '1970-01-01')}</updated>`,
    `  <author><name>${escape(options.ladderTitle)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(options.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
