import type { SiteContent } from '../content/site-content.ts';
import { crosswalk, type CrosswalkItem, type Similar } from './crosswalk.ts';
import { buildLadderIndex } from './ladder-index.ts';
import { primaryLadderId, publishedLadder, releaseLadder, type PublishedLadder } from './published-ladder.ts';
import { changeLog, type ChangedKind, type LogEntry, type Named } from '../releases/changes.ts';
import type { Release, ReleaseInfo } from '../releases/snapshot.ts';
import type { Skill } from './ladder.ts';

/** Every ladder the site publishes, with what is computed across them once per build. */
export interface SiteLadders {
  /** The site's own ladder, at the root of its URLs: the packet, the graph and the exports are about it. */
  primary: PublishedLadder;
  /** The other ladders, published beside the primary one under /ladders/<id>/, by title. */
  others: PublishedLadder[];
  /** The primary ladder's past releases, newest first, each published as one more ladder of frozen pages. */
  releaseLadders: PublishedLadder[];
  /** The primary ladder's releases, newest first, and its change log: unreleased changes (if any), then each release. */
  releases: Release[];
  changeLog: LogEntry[];
  /** The skills the primary ladder removed, each with its last released text: their URLs keep working. */
  removedSkills: RemovedSkill[];
  /** The skills of other ladders most like a skill, found by text similarity. */
  similar(ladderId: string, skillId: string): Similar[];
  /** The primary ladder's page of a level, skill set or skill a change names, while it still has one. */
  primaryPageOf(what: ChangedKind, id: string): string | undefined;
}

/** A skill the primary ladder no longer has, whose URL keeps showing its last released text. */
export interface RemovedSkill {
  skill: Skill;
  /** The last release that had it, whose frozen pages its page links to. */
  lastIn: PublishedLadder;
  /** The release that removed it; undefined while the removal is unreleased. */
  removedIn?: ReleaseInfo;
  replacedBy?: Named;
}

/** Every ladder of the content, indexed, cross-walked and with the primary ladder's history: once per build. */
export function buildSiteLadders({
  primary: primaryContent,
  others: otherContent,
  releases: allReleases,
}: SiteContent): SiteLadders {
  const releases = allReleases.filter((r) => r.ladder === primaryLadderId);
  const primary = publishedLadder(primaryLadderId, buildLadderIndex(primaryContent));
  const others = otherContent.map((other) => publishedLadder(other.id, buildLadderIndex(other.content)));
  const items: CrosswalkItem[] = [primary, ...others].flatMap(({ id, index }) =>
    index.content.skills
      .filter((s) => !s.data.placeholder)
      .map((s) => ({ ladder: id, id: s.id, title: s.data.title, text: s.body })),
  );
  const byKey = new Map([...crosswalk(items)].map(([item, similar]) => [`${item.ladder}/${item.id}`, similar]));
  const log = changeLog(releases, primaryContent);
  // Citations of the primary ladder name its latest release while nothing has changed since.
  if (releases[0] && log[0]?.release) primary.currentRelease = releases[0].info;
  const releaseLadders = releases.map((r) => releaseLadder(buildLadderIndex(r.content), r.info));
  const current = {
    level: new Set(primaryContent.levels.map((e) => e.id)),
    skillSet: new Set(primaryContent.skillSets.map((e) => e.id)),
    skill: new Set(primaryContent.skills.map((e) => e.id)),
  };
  return {
    primary,
    others,
    releaseLadders,
    releases,
    changeLog: log,
    removedSkills: findRemovedSkills(primaryContent.skills, releaseLadders, log),
    similar: (ladderId, skillId) => byKey.get(`${ladderId}/${skillId}`) ?? [],
    primaryPageOf: (what, id) => (current[what].has(id) ? primary.urls[what](id) : undefined),
  };
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
      removed.set(skill.id, {
        skill,
        lastIn: ladder,
        removedIn: entry?.release,
        ...(change?.kind === 'removed' && change.replacedBy ? { replacedBy: change.replacedBy } : {}),
      });
    }
  }
  return [...removed.values()];
}

/** The primary ladder and the other ladders: what is compared, searched and redirected. */
export const publishedLadders = (site: SiteLadders): PublishedLadder[] => [site.primary, ...site.others];

/** Every ladder whose home, level, skill set and skill pages are built: the published ones, then each release's. */
export const renderedLadders = (site: SiteLadders): PublishedLadder[] => [
  ...publishedLadders(site),
  ...site.releaseLadders,
];
