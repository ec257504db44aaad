import type { LadderContent } from '../ladder/ladder.ts';
import { changesBetween } from './changes.ts';
import { describeChange } from './describe.ts';
import type { ReleaseInfo } from './snapshot.ts';

/** /changes.json: what changed in each skill since each release, for a packet made against an older one. */
export interface ChangesSince {
  format: 'rungs-changes';
  version: 1;
  /** The latest release, which a new packet is made against; null before the first. */
  latest: Pick<ReleaseInfo, 'id' | 'title' | 'date'> | null;
  releases: Record<
    string,
    {
      title: string;
      date: string;
      /** By skill id then and now (a renamed skill under both). */ skills: Record<
        string,
        { title: string; changes: string[] }
      >;
    }
  >;
}

/** For each release: every skill changed since (the latest release included, for its unreleased edits), in words. */
export function changesSince(
  releasesNewestFirst: readonly { info: ReleaseInfo; content: LadderContent }[],
  current: LadderContent,
): ChangesSince {
  const latest = releasesNewestFirst[0]?.info;
  const releases: ChangesSince['releases'] = {};
  for (const { info, content } of releasesNewestFirst) {
    const skills: ChangesSince['releases'][string]['skills'] = {};
    for (const change of changesBetween(content, current)) {
      if (change.what !== 'skill') continue;
      const ids = change.kind === 'renamed' ? [change.id, change.from.id] : [change.id];
      for (const id of ids) (skills[id] ??= { title: change.title, changes: [] }).changes.push(describeChange(change));
    }
    releases[info.id] = { title: info.title, date: info.date, skills };
  }
  return {
    format: 'rungs-changes',
    version: 1,
    latest: latest ? { id: latest.id, title: latest.title, date: latest.date } : null,
    releases,
  };
}
