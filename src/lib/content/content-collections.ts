// How the site's model of every ladder maps onto the content collections of src/content.config.ts and back: one
// collection per kind of file, holding the entries of every ladder under ids unique across ladders (see entryId), with
// a reference wherever a file names another entry. The loaders store collectionEntries(); siteContentOf() assembles
// what getCollection() returns into the same model again, with the plain ids that pages and URLs use.
import type { CollectionEntry } from 'astro:content';
import type { LadderContent, LinkTarget, Skill } from '../ladder/ladder.ts';
import { newestFirst, readRelease } from '../releases/snapshot.ts';
import type { SkillData } from './schemas.ts';
import { entryId, entryPlace, ladderEntryId, primaryLadderId } from './content-layout.ts';
import { byTitle, type ReadLadders } from './read-ladders.ts';
import type { SiteContent } from './site-content.ts';

export type CollectionName = 'ladders' | 'levels' | 'skillSets' | 'skills' | 'competencies' | 'releases';

/** An entry as a loader hands it to Astro: a reference is the id of the entry it names. */
export interface CollectionEntryInput {
  id: string;
  data: Record<string, unknown>;
  /** A skill's description, Markdown. */
  body?: string;
}

/** Every entry of every collection, from ladders that were read and validated. */
export function collectionEntries(
  read: Pick<ReadLadders, 'primary' | 'others' | 'releases'>,
): Record<CollectionName, CollectionEntryInput[]> {
  const entries: Record<CollectionName, CollectionEntryInput[]> = {
    ladders: [],
    levels: [],
    skillSets: [],
    skills: [],
    competencies: [],
    releases: [],
  };
  const ladders = [...(read.primary ? [{ id: primaryLadderId, content: read.primary }] : []), ...read.others];
  for (const { id: ladder, content } of ladders) {
    const inLadder = (id: string) => entryId(ladder, id);
    const owner = { ladder: ladderEntryId(ladder) };
    const releases = read.releases
      .filter((release) => release.ladder === ladder)
      .map((release) => inLadder(release.info.id));
    entries.ladders.push({
      id: ladderEntryId(ladder),
      data: { ...content.ladder.data, file: content.ladder.file, releases },
    });
    for (const level of content.levels)
      entries.levels.push({ id: inLadder(level.id), data: { ...level.data, ...owner, file: level.file } });
    for (const skillSet of content.skillSets) {
      entries.skillSets.push({
        id: inLadder(skillSet.id),
        data: { ...skillSet.data, level: inLadder(skillSet.data.level), ...owner, file: skillSet.file },
      });
    }
    for (const competency of content.competencies) {
      entries.competencies.push({
        id: inLadder(competency.id),
        data: { ...competency.data, ...owner, file: competency.file },
      });
    }
    for (const skill of content.skills) {
      const { level, skillSet, seeAlso, excluded, raises, competency } = skill.data;
      const data = {
        ...skill.data,
        level: inLadder(level),
        skillSet: inLadder(skillSet),
        seeAlso: seeAlso.map((target) =>
          'skill' in target
            ? { skill: inLadder(target.skill) }
            : 'skillSet' in target
              ? { skillSet: inLadder(target.skillSet) }
              : target,
        ),
        ...(excluded ? { excluded: { ...excluded, skills: excluded.skills.map(inLadder) } } : {}),
        ...(raises
          ? { raises: 'level' in raises ? { level: inLadder(raises.level) } : { skillSet: inLadder(raises.skillSet) } }
          : {}),
        ...(competency ? { competency: inLadder(competency) } : {}),
        ...owner,
        file: skill.file,
      };
      entries.skills.push({ id: inLadder(skill.id), data, body: skill.body });
    }
  }
  for (const { ladder, file, snapshot } of read.releases) {
    entries.releases.push({
      id: entryId(ladder, snapshot.id),
      data: { ladder: ladderEntryId(ladder), file, snapshot },
    });
  }
  return entries;
}

/** What getCollection() returns for each collection (a ladder's releases are fetched through its references). */
export type Collections = { [Name in CollectionName]: Pick<CollectionEntry<Name>, 'id' | 'data' | 'body'>[] };

/** The plain id an entry or a reference to it stands for ("staff-plus/basic-sql" → "basic-sql"). */
const plain = (reference: { id: string }) => entryPlace(reference.id).id;

// Entries in the order of their files, as the loader read them: getCollection() keeps the order they were stored in,
// which in `astro dev` is the order of edits.
const byFile = <T extends { data: { file: string } }>(a: T, b: T) => a.data.file.localeCompare(b.data.file);

/** The site's content from the collections' entries: every ladder in the model the pages render, ids plain again. */
export function siteContentOf(collections: Collections): SiteContent {
  const ladders = new Map<string, LadderContent>();
  for (const { id, data } of collections.ladders) {
    const { file, releases, ...ladder } = data;
    ladders.set(entryPlace(id).ladder, {
      ladder: { id: plain({ id }), file, data: ladder },
      levels: [],
      skillSets: [],
      skills: [],
      competencies: [],
    });
  }
  const contentOf = (reference: { id: string }) => {
    const content = ladders.get(entryPlace(reference.id).ladder);
    if (!content)
      throw new Error(
        `The content collections have no ladder "${reference.id}": every entry's ladder comes from the same loaders.`,
      );
    return content;
  };
  for (const { id, data } of [...collections.levels].sort(byFile)) {
    const { ladder, file, ...level } = data;
    contentOf(ladder).levels.push({ id: plain({ id }), file, data: level });
  }
  for (const { id, data } of [...collections.skillSets].sort(byFile)) {
    const { ladder, file, title, level, ...rest } = data;
    contentOf(ladder).skillSets.push({ id: plain({ id }), file, data: { title, level: plain(level), ...rest } });
  }
  for (const entry of [...collections.skills].sort(byFile)) contentOf(entry.data.ladder).skills.push(skillOf(entry));
  for (const { id, data } of [...collections.competencies].sort(byFile)) {
    const { ladder, file, ...competency } = data;
    contentOf(ladder).competencies.push({ id: plain({ id }), file, data: competency });
  }

  const releases = collections.releases.map(({ data: { ladder, file, snapshot } }) =>
    readRelease(entryPlace(ladder.id).ladder, file, snapshot),
  );
  const others = [...ladders].filter(([id]) => id !== primaryLadderId).map(([id, content]) => ({ id, content }));
  return {
    primary: contentOf({ id: ladderEntryId(primaryLadderId) }),
    others: others.sort(byTitle),
    releases: newestFirst(releases),
  };
}

/** A skill with plain ids, its fields in the order of the schema (as the loader read them). */
function skillOf({ id, data, body }: Collections['skills'][number]): Skill {
  const { file, title, level, skillSet, order, seeAlso, excluded, furtherReading, placeholder, raises, aliases, competency } =
    data;
  const skill: SkillData = {
    title,
    level: plain(level),
    skillSet: plain(skillSet),
    order,
    seeAlso: seeAlso.map((target): LinkTarget =>
      'skill' in target
        ? { skill: plain(target.skill) }
        : 'skillSet' in target
          ? { skillSet: plain(target.skillSet) }
          : target,
    ),
    ...(excluded ? { excluded: { note: excluded.note, skills: excluded.skills.map(plain) } } : {}),
    furtherReading,
    placeholder,
    ...(raises
      ? { raises: 'level' in raises ? { level: plain(raises.level) } : { skillSet: plain(raises.skillSet) } }
      : {}),
    aliases,
    ...(competency ? { competency: plain(competency) } : {}),
  };
  return { id: plain({ id }), file, data: skill, body: body ?? '' };
}
