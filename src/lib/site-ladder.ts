import { getEntry } from 'astro:content';
import type { StoredLadders } from './content/ladder-loader.ts';
import { crosswalk, type CrosswalkItem, type Similar } from './crosswalk.ts';
import { buildLadderIndex, type LadderIndex } from './ladder-index.ts';
import { changeLog, type LogEntry } from './releases/changes.ts';
import type { Release } from './releases/snapshot.ts';

/** A reference ladder: another document published beside the main ladder, with the same content model. */
export interface ReferenceLadder {
  id: string;
  index: LadderIndex;
}

interface Site {
  main: LadderIndex;
  references: ReferenceLadder[];
  /** The primary ladder's releases, newest first, and its change log (computed once per build). */
  releases: Release[];
  changeLog: LogEntry[];
  similar: (ladder: string, skillId: string) => Similar[];
}

/** The main ladder's id in the crosswalk, where reference ladders use their folder names. */
export const mainLadderId = '';

async function build(): Promise<Site> {
  // The loader (src/lib/content/ladder-loader.ts) has read and validated every ladder, or failed the build.
  const { main: content, references: referenceContent, releases: allReleases } = (await getEntry('ladders', 'site'))!.data as unknown as StoredLadders;
  const releases = allReleases.filter((r) => r.ladder === mainLadderId);
  const main = buildLadderIndex(content);
  const references = referenceContent.map((r) => ({ id: r.id, index: buildLadderIndex(r.content) }));
  const items: CrosswalkItem[] = [
    ...content.skills.map((s) => ({ ladder: mainLadderId, id: s.id, title: s.data.title, text: s.body })),
    ...references.flatMap((r) => r.index.content.skills.filter((s) => !s.data.placeholder).map((s) => ({ ladder: r.id, id: s.id, title: s.data.title, text: s.body }))),
  ];
  const byKey = new Map([...crosswalk(items)].map(([item, similar]) => [`${item.ladder}/${item.id}`, similar]));
  return { main, references, releases, changeLog: changeLog(releases, content), similar: (ladder, skillId) => byKey.get(`${ladder}/${skillId}`) ?? [] };
}

let built: Promise<Site> | undefined;
const site = () => (built ??= build());

/** The validated ladder and its indexes, built once per build and shared by every page. */
export async function siteLadder(): Promise<LadderIndex> {
  return (await site()).main;
}

/** The reference ladders, validated and indexed once per build. */
export async function referenceLadders(): Promise<ReferenceLadder[]> {
  return (await site()).references;
}

/** The items of other ladders most like a skill (text similarity computed once per build). */
export async function similarInOtherLadders(ladder: string, skillId: string): Promise<Similar[]> {
  return (await site()).similar(ladder, skillId);
}

/** The primary ladder's releases, newest first. */
export async function siteReleases(): Promise<Release[]> {
  return (await site()).releases;
}

/** The primary ladder's change log, newest first: unreleased changes (if any), then each release. */
export async function siteChangeLog(): Promise<LogEntry[]> {
  return (await site()).changeLog;
}
