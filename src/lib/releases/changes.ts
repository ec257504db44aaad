import type { LadderContent, LinkTarget } from '../ladder/ladder.ts';
import type { ReleaseInfo } from './snapshot.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

export type ChangedKind = 'level' | 'skillSet' | 'skill';

/** An entry as a change names it: its id where the change leaves it, and its title there. */
export interface Named {
  id: string;
  title: string;
}

export interface Place {
  level: Named;
  /** Absent for a skill set's place, which is its level alone. */
  skillSet?: Named;
}

export interface LinkChange {
  kind: 'seeAlso' | 'excluded' | 'raises';
  /** A skill, skill set or level of the ladder, or a name the ladder doesn't have (unresolved). */
  target: { kind: 'skill' | 'skillSet' | 'level' | 'unresolved'; id: string; title: string };
}

/** One change to one level, skill set or skill between two versions of a ladder. */
export type Change = { what: ChangedKind; id: string; title: string } & (
  | { kind: 'added' }
  | {
      kind: 'removed';
      /** The entry that took its id as an alias when it was merged into another. */ replacedBy?: Named;
    }
  | { kind: 'renamed'; /** Its id before (kept as an alias, so its URL redirects). */ from: Named }
  | { kind: 'retitled'; from: string }
  | { kind: 'moved'; from: Place; to: Place }
  | { kind: 'reworded'; diff: DiffPart[] }
  | { kind: 'links'; added: LinkChange[]; removed: LinkChange[] }
);

export type ChangeKind = Change['kind'];

interface Comparable {
  id: string;
  data: { title: string; aliases: string[] };
}

/** Pairs each entry before with the entry after that is the same (same id, or the one that took its id as an alias). */
function match<T extends Comparable>(before: readonly T[], after: readonly T[]) {
  const afterById = new Map(after.map((e) => [e.id, e]));
  const pairs: { before: T; after: T }[] = [];
  const removed: { before: T; replacedBy?: T }[] = [];
  const claimed = new Set<string>();
  for (const old of before) {
    const same = afterById.get(old.id);
    if (same) {
      pairs.push({ before: old, after: same });
      claimed.add(same.id);
    }
  }
  for (const old of before) {
    if (afterById.has(old.id)) continue;
    const heir = after.find((e) => e.data.aliases.includes(old.id));
    if (heir && !claimed.has(heir.id)) {
      pairs.push({ before: old, after: heir });
      claimed.add(heir.id);
    } else removed.push({ before: old, replacedBy: heir });
  }
  const added = after.filter((e) => !claimed.has(e.id));
  /** Where an id before is now (itself, or what it was renamed to). */
  const renamedTo = new Map(pairs.map((p) => [p.before.id, p.after.id]));
  return { pairs, removed, added, renamedTo };
}

const named = (e: Comparable): Named => ({ id: e.id, title: e.data.title });

/**
 * What changed from one version of a ladder to the next: levels, then skill sets, then skills, each added, removed,
 * renamed (a new id keeping the old one as an alias), retitled, moved, reworded (a word diff of its Markdown) or with
 * links added or removed. Pure: the change log, skill histories and the importer all read it.
 */
export function changesBetween(before: LadderContent, after: LadderContent): Change[] {
  const changes: Change[] = [];
  const levels = match(before.levels, after.levels);
  const skillSets = match(before.skillSets, after.skillSets);
  const skills = match(before.skills, after.skills);
  const titleIn = (content: LadderContent, kind: ChangedKind, id: string) =>
    (kind === 'level' ? content.levels : kind === 'skillSet' ? content.skillSets : content.skills).find(
      (e) => e.id === id,
    )?.data.title ?? id;
  const levelNamed = (content: LadderContent, id: string): Named => ({ id, title: titleIn(content, 'level', id) });
  const skillSetNamed = (content: LadderContent, id: string): Named => ({
    id,
    title: titleIn(content, 'skillSet', id),
  });

  const common = <T extends Comparable>(
    what: ChangedKind,
    m: ReturnType<typeof match<T>>,
    text: (e: T) => string | undefined,
  ) => {
    for (const { before: old, replacedBy } of m.removed) {
      changes.push({ what, kind: 'removed', ...named(old), ...(replacedBy ? { replacedBy: named(replacedBy) } : {}) });
    }
    for (const added of m.added) changes.push({ what, kind: 'added', ...named(added) });
    for (const { before: old, after: now } of m.pairs) {
      if (old.id !== now.id) changes.push({ what, kind: 'renamed', ...named(now), from: named(old) });
      if (old.data.title !== now.data.title && old.id === now.id)
        changes.push({ what, kind: 'retitled', ...named(now), from: old.data.title });
      const [was, is] = [text(old)?.trim() ?? '', text(now)?.trim() ?? ''];
      if (was !== is) changes.push({ what, kind: 'reworded', ...named(now), diff: wordDiff(was, is) });
    }
  };

  common('level', levels, (l) => l.data.intro);

  common('skillSet', skillSets, (s) => s.data.intro);
  for (const { before: old, after: now } of skillSets.pairs) {
    if ((levels.renamedTo.get(old.data.level) ?? old.data.level) !== now.data.level) {
      changes.push({
        what: 'skillSet',
        kind: 'moved',
        ...named(now),
        from: { level: levelNamed(before, old.data.level) },
        to: { level: levelNamed(after, now.data.level) },
      });
    }
  }

  common('skill', skills, (s) => s.body);
  for (const { before: old, after: now } of skills.pairs) {
    const movedLevel = (levels.renamedTo.get(old.data.level) ?? old.data.level) !== now.data.level;
    const movedSkillSet = (skillSets.renamedTo.get(old.data.skillSet) ?? old.data.skillSet) !== now.data.skillSet;
    if (movedLevel || movedSkillSet) {
      changes.push({
        what: 'skill',
        kind: 'moved',
        ...named(now),
        from: { level: levelNamed(before, old.data.level), skillSet: skillSetNamed(before, old.data.skillSet) },
        to: { level: levelNamed(after, now.data.level), skillSet: skillSetNamed(after, now.data.skillSet) },
      });
    }
    const renamed = { skill: skills.renamedTo, skillSet: skillSets.renamedTo, level: levels.renamedTo };
    const was = linksOf(old.data, before, renamed);
    const is = linksOf(now.data, after);
    const added = [...is].filter(([key]) => !was.has(key)).map(([, link]) => link);
    const removed = [...was].filter(([key]) => !is.has(key)).map(([, link]) => link);
    if (added.length > 0 || removed.length > 0)
      changes.push({ what: 'skill', kind: 'links', ...named(now), added, removed });
  }
  return changes;
}

type Renames = Record<'skill' | 'skillSet' | 'level', Map<string, string>>;

/** A skill's links by a key that survives the renames of their targets, so a renamed target is not a changed link. */
function linksOf(
  data: LadderContent['skills'][number]['data'],
  content: LadderContent,
  renamed?: Renames,
): Map<string, LinkChange> {
  const links = new Map<string, LinkChange>();
  const titleOf = (kind: LinkChange['target']['kind'], id: string) =>
    kind === 'unresolved'
      ? id
      : ((kind === 'level' ? content.levels : kind === 'skillSet' ? content.skillSets : content.skills).find(
          (e) => e.id === id,
        )?.data.title ?? id);
  const add = (kind: LinkChange['kind'], targetKind: LinkChange['target']['kind'], id: string) => {
    const current = targetKind === 'unresolved' ? id : (renamed?.[targetKind].get(id) ?? id);
    links.set(`${kind}:${targetKind}:${current}`, {
      kind,
      target: { kind: targetKind, id, title: titleOf(targetKind, id) },
    });
  };
  const target = (t: LinkTarget): [LinkChange['target']['kind'], string] =>
    'skill' in t ? ['skill', t.skill] : 'skillSet' in t ? ['skillSet', t.skillSet] : ['unresolved', t.unresolved];
  for (const link of data.seeAlso) add('seeAlso', ...target(link));
  for (const id of data.excluded?.skills ?? []) add('excluded', 'skill', id);
  if (data.raises && 'skillSet' in data.raises) add('raises', 'skillSet', data.raises.skillSet);
  else if (data.raises) add('raises', 'level', data.raises.level);
  return links;
}

/** One entry of the change log: a release (or the unreleased content) and what changed since the release before it. */
export interface LogEntry {
  /** Undefined for the unreleased changes of the current content. */
  release?: ReleaseInfo;
  /** The release it is compared with; undefined for a ladder's first release. */
  since?: ReleaseInfo;
  changes: Change[];
}

/**
 * A ladder's change log, newest first: the unreleased changes (only when the content differs from the latest
 * release), then each release with its changes since the one before.
 */
export function changeLog(
  releasesNewestFirst: readonly { info: ReleaseInfo; content: LadderContent }[],
  current: LadderContent,
): LogEntry[] {
  const chronological = [...releasesNewestFirst].reverse();
  const entries: LogEntry[] = chronological.map((release, i) => ({
    release: release.info,
    since: chronological[i - 1]?.info,
    changes: i === 0 ? [] : changesBetween(chronological[i - 1].content, release.content),
  }));
  const latest = chronological.at(-1);
  if (latest) {
    const unreleased = changesBetween(latest.content, current);
    if (unreleased.length > 0) entries.push({ since: latest.info, changes: unreleased });
  }
  return entries.reverse();
}

/** One change of an entry's history, with the log entry it belongs to. */
export interface HistoryItem {
  entry: LogEntry;
  change: Change;
}

/** The changes of one level, skill set or skill (by its id now), newest first, following it back through its renames. */
export function historyOf(log: readonly LogEntry[], what: ChangedKind, id: string): HistoryItem[] {
  const ids = new Set([id]);
  const items: HistoryItem[] = [];
  for (const entry of log) {
    for (const change of entry.changes) {
      if (change.what !== what || !ids.has(change.id)) continue;
      items.push({ entry, change });
      if (change.kind === 'renamed') ids.add(change.from.id);
    }
  }
  return items;
}
