import type { CompetencyData, LadderData, LevelData, SkillData, SkillSetData } from '../content/schemas.ts';
import type { LadderContent } from '../ladder/ladder.ts';

/** What a release says about itself. */
export interface ReleaseInfo {
  id: string;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Release notes, Markdown; empty when none were given. */
  notes: string;
}

/**
 * A release as committed under content/ (releases/<id>.json): the ladder's content frozen as data, each entry's
 * frontmatter fields and a skill's body as Markdown, so it converts back to the content the templates render.
 */
export interface ReleaseSnapshot extends ReleaseInfo {
  format: 'rungs-release';
  version: 1;
  ladder: LadderData;
  levels: ({ id: string } & LevelData)[];
  skillSets: ({ id: string } & SkillSetData)[];
  skills: ({ id: string; body: string } & SkillData)[];
  /** A matrix ladder's competencies; absent when the ladder has none, so other ladders' snapshots read as before. */
  competencies?: ({ id: string } & CompetencyData)[];
}

/** A release read back: what it says, and its content as the site's model. */
export interface Release {
  /** The ladder it is a release of: '' for the primary ladder, else its folder name. */
  ladder: string;
  info: ReleaseInfo;
  /** Where it is committed, for messages ("content/releases/2024-prototype.json"). */
  file: string;
  content: LadderContent;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** Freezes a ladder's content; entries sorted by id so a snapshot's diff in git shows only what changed. */
export function makeSnapshot(content: LadderContent, info: ReleaseInfo): ReleaseSnapshot {
  return {
    format: 'rungs-release',
    version: 1,
    ...info,
    ladder: content.ladder.data,
    levels: content.levels.map((l) => ({ id: l.id, ...l.data })).sort(byId),
    skillSets: content.skillSets.map((s) => ({ id: s.id, ...s.data })).sort(byId),
    skills: content.skills.map((s) => ({ id: s.id, ...s.data, body: s.body.trim() })).sort(byId),
    ...(content.competencies.length > 0
      ? { competencies: content.competencies.map((c) => ({ id: c.id, ...c.data })).sort(byId) }
      : {}),
  };
}

/** The release's content as the site's model, each entry pointing at the release file for messages. */
export function snapshotContent(snapshot: ReleaseSnapshot, file: string): LadderContent {
  const entry = <T extends { id: string }>({ id, ...data }: T) => ({ id, file, data });
  return {
    ladder: { id: snapshot.id, file, data: snapshot.ladder },
    levels: snapshot.levels.map(entry),
    skillSets: snapshot.skillSets.map(entry),
    skills: snapshot.skills.map(({ body, ...rest }) => ({ ...entry(rest), body })),
    competencies: (snapshot.competencies ?? []).map(entry),
  } as LadderContent;
}

/** A release file read back: what it says, and its content as the site's model. */
export function readRelease(ladder: string, file: string, snapshot: ReleaseSnapshot): Release {
  const { id, title, date, notes } = snapshot;
  return { ladder, file, info: { id, title, date, notes }, content: snapshotContent(snapshot, file) };
}

/** Newest first: by date, then by id for two releases of one day. */
export function newestFirst<T extends { info: ReleaseInfo }>(releases: readonly T[]): T[] {
  return [...releases].sort((a, b) => b.info.date.localeCompare(a.info.date) || b.info.id.localeCompare(a.info.id));
}

// The skills each release holds, gathered once per build rather than scanned on every skill page.
const skillIdsByRelease = new WeakMap<Release, Set<string>>();

/** Whether a release holds a skill of this id (so it has a frozen page of it). */
export function releaseHoldsSkill(release: Release, skillId: string): boolean {
  let ids = skillIdsByRelease.get(release);
  if (!ids) skillIdsByRelease.set(release, (ids = new Set(release.content.skills.map((skill) => skill.id))));
  return ids.has(skillId);
}
