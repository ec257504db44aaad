import type { Change, ChangedKind, LinkChange, LogEntry, Place } from './changes.ts';
import { diffAsText } from './word-diff.ts';

export const kindNames: Record<ChangedKind, string> = { level: 'level', skillSet: 'skill set', skill: 'skill' };

/** A link's kind in the words of the skill page: See also (Builds on and Related), Excluded, Raises. */
export const linkKindNames: Record<LinkChange['kind'], string> = {
  seeAlso: 'See also',
  excluded: 'Excluded',
  raises: 'Raises',
};

export const placeName = (place: Place) =>
  place.skillSet ? `${place.level.title} · ${place.skillSet.title}` : place.level.title;

const linkName = (link: LinkChange) => `${linkKindNames[link.kind]} “${link.target.title}”`;

/** One change as one line of plain text, for the feed, the terminal and a packet's notice; diffs in --word-diff form. */
export function describeChange(change: Change): string {
  const what = `${kindNames[change.what]} “${change.title}”`;
  switch (change.kind) {
    case 'added':
      return `Added ${what}.`;
    case 'removed':
      return `Removed ${what}${change.replacedBy ? `, replaced by “${change.replacedBy.title}”` : ''}.`;
    case 'renamed':
      return `Renamed ${kindNames[change.what]} “${change.from.title}” (${change.from.id}) to “${change.title}” (${change.id}); the old address redirects.`;
    case 'retitled':
      return `Retitled ${kindNames[change.what]} “${change.from}” to “${change.title}”.`;
    case 'moved':
      return `Moved ${what} from ${placeName(change.from)} to ${placeName(change.to)}.`;
    case 'reworded':
      return `Reworded ${what}: ${diffAsText(change.diff)}`;
    case 'links':
      return `Links of ${what}: ${[...change.added.map((l) => `added ${linkName(l)}`), ...change.removed.map((l) => `removed ${linkName(l)}`)].join('; ')}.`;
  }
}

/** How many changes of each kind a log entry has, in words ("2 skills added, 1 reworded"). */
export function changeCounts(entry: LogEntry): string {
  const counts = new Map<string, number>();
  for (const change of entry.changes) {
    const key = change.kind === 'links' ? 'with links changed' : change.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}
