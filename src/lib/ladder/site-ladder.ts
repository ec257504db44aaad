import { siteContent } from '../content/site-content.ts';
import { crosswalk, type CrosswalkItem, type Similar } from './crosswalk.ts';
import { buildLadderIndex, type LadderIndex } from './ladder-index.ts';
import { primaryLadderId, publishedLadder, releaseLadder, type PublishedLadder } from './published-ladder.ts';
import { changeLog, type LogEntry, type Named } from '../releases/changes.ts';
import type { ReleaseInfo } from '../releases/snapshot.ts';
import type { Skill } from './ladder.ts';
import type { Release } from '../releases/snapshot.ts';

export type { PublishedLadder } from './published-ladder.ts';

interface Site {
  ladders: PublishedLadder[];
  /** The primary ladder's past releases, each published as one more ladder of frozen pages. */
  releaseLadders: PublishedLadder[];
  removed: RemovedSkill[];
  /** The primary ladder's releases, newest first, and its change log (computed once per build). */
  releases: Release[];
  changeLog: LogEntry[];
  similar: (ladder: string, skillId: string) => Similar[];
}

async function build(): Promise<Site> {
  // The loader (src/lib/content/content-loaders.ts) has read and validated every ladder, or failed the build.
  const { primary: main, others: references, releases: allReleases } = await siteContent();
  const releases = allReleases.filter((r) => r.ladder === primaryLadderId);
  const ladders = [
    publishedLadder(primaryLadderId, buildLadderIndex(main)),
    ...references.map((r) => publishedLadder(r.id, buildLadderIndex(r.content))),
  ];
  const items: CrosswalkItem[] = ladders.flatMap(({ id, index }) =>
    index.content.skills.filter((s) => !s.data.placeholder).map((s) => ({ ladder: id, id: s.id, title: s.data.title, text: s.body })),
  );
  const byKey = new Map([...crosswalk(items)].map(([item, similar]) => [`${item.ladder}/${item.id}`, similar]));
  const log = changeLog(releases, main);
  // Citations of the living ladder name its latest release while nothing has changed since.
  if (releases[0] && log[0]?.release) ladders[0].currentRelease = releases[0].info;
  const releaseLadders = releases.map((r) => releaseLadder(buildLadderIndex(r.content), r.info));
  return { ladders, releaseLadders, removed: findRemovedSkills(main.skills, releaseLadders, log), releases, changeLog: log, similar: (ladder, skillId) => byKey.get(`${ladder}/${skillId}`) ?? [] };
}

/** A skill the living ladder no longer has, whose URL keeps showing its last released text. */
export interface RemovedSkill {
  skill: Skill;
  /** The last release that had it, whose frozen pages its page links to. */
  lastIn: PublishedLadder;
  /** The release that removed it; undefined while the removal is unreleased. */
  removedIn?: ReleaseInfo;
  replacedBy?: Named;
}

/** Every skill some release had that the content has neither as a skill nor as an alias (a rename redirects). */
function findRemovedSkills(current: Skill[], releaseLadders: PublishedLadder[], log: LogEntry[]): RemovedSkill[] {
  const kept = new Set(current.flatMap((s) => [s.id, ...s.data.aliases]));
  const removed = new Map<string, RemovedSkill>();
  for (const ladder of releaseLadders) {
    for (const skill of ladder.index.content.skills) {
      if (kept.has(skill.id) || removed.has(skill.id)) continue;
      const entry = log.find((e) => e.since?.id === ladder.release!.id);
      const change = entry?.changes.find((c) => c.what === 'skill' && c.kind === 'removed' && c.id === skill.id);
      removed.set(skill.id, { skill, lastIn: ladder, removedIn: entry?.release, ...(change?.kind === 'removed' && change.replacedBy ? { replacedBy: change.replacedBy } : {}) });
    }
  }
  return [...removed.values()];
}

let built: Promise<Site> | undefined;
const site = () => (built ??= build());

/** Every published ladder, the primary one first, built once per build: every ladder page route iterates them. */
export async function publishedLadders(): Promise<PublishedLadder[]> {
  return (await site()).ladders;
}

/** The primary ladder: the site's own, at the root of its URLs. */
export async function primaryLadder(): Promise<PublishedLadder> {
  return (await site()).ladders[0];
}

/** The primary ladder's indexes, for what only it has (the graph, the packet, the exports). */
export async function siteLadder(): Promise<LadderIndex> {
  return (await primaryLadder()).index;
}

/** The other ladders, published beside the primary one under /ladders/<id>/. */
export async function referenceLadders(): Promise<PublishedLadder[]> {
  return (await site()).ladders.filter((ladder) => !ladder.primary);
}

/** The skills of other ladders most like a skill (text similarity computed once per build). */
export async function similarInOtherLadders(ladder: string, skillId: string): Promise<Similar[]> {
  return (await site()).similar(ladder, skillId);
}

/**
 * The ladders whose level, skill set, skill and home pages are built: the published ladders, then each past release's
 * frozen pages (not compared, searched or graphed).
 */
export async function ladderPages(): Promise<PublishedLadder[]> {
  const { ladders, releaseLadders } = await site();
  return [...ladders, ...releaseLadders];
}

/** The primary ladder's releases, newest first. */
export async function siteReleases(): Promise<Release[]> {
  return (await site()).releases;
}

/** The primary ladder's change log, newest first: unreleased changes (if any), then each release. */
export async function siteChangeLog(): Promise<LogEntry[]> {
  return (await site()).changeLog;
}

/** The skills the living ladder removed, each with its last released text: their URLs keep working. */
export async function removedSkills(): Promise<RemovedSkill[]> {
  return (await site()).removed;
}
