import { firstSentence } from '../markdown/prose.ts';
import type { LadderIndex } from '../ladder/ladder-index.ts';
import type { LinkTarget, Skill } from '../ladder/ladder.ts';
import { absoluteUrl, urls } from '../links/urls.ts';
import { csvField } from './csv-field.ts';

/** The shape of /ladder.json, documented in docs/search-and-graph.md#exports. Bump `version` on any incompatible change. */
export interface LadderExport {
  format: 'rungs-ladder';
  version: 1;
  title: string;
  /** ISO date the ladder was last updated, or null. */
  updated: string | null;
  /** The site's public base URL, and every `url` below absolute from it; paths on the site when RUNGS_SITE is unset. */
  url: string;
  levels: LevelExport[];
  skillSets: SkillSetExport[];
  skills: SkillExport[];
}

export interface LevelExport {
  id: string;
  title: string;
  track: string;
  /** Position within the track, 0 at the bottom; null for a level beside the rungs. */
  rank: number | null;
  baseline: boolean;
  url: string;
  intro: string | null;
  /** Ids of the levels whose skill sets this level also requires, nearest first. */
  requires: string[];
  skillSets: string[];
  aliases: string[];
}

export interface SkillSetExport {
  id: string;
  title: string;
  level: string;
  url: string;
  intro: string | null;
  skills: string[];
  aliases: string[];
}

export type LinkExport = { skill: string; url: string } | { skillSet: string; url: string } | { unresolved: string };

export interface SkillExport {
  id: string;
  title: string;
  level: string;
  skillSet: string;
  url: string;
  /** The description's first sentence as plain text. */
  summary: string;
  /** The whole description, Markdown. */
  description: string;
  seeAlso: LinkExport[];
  excluded: { note: string; skills: string[] } | null;
  raises: { skillSet: string } | { level: string } | null;
  furtherReading: { title: string; author: string | null; url: string | null }[];
  aliases: string[];
}

/** A page's address in an export: absolute from the public base when one is configured, else its path on the site. */
const exportedUrl = (path: string, site: URL | string | undefined) => (site ? absoluteUrl(path, site) : path);

/**
 * Every level, skill set and skill in ladder order, with URLs absolute from the site's public base; without one
 * (RUNGS_SITE unset) they are paths, which a reader resolves against the address the export was fetched from.
 */
export function ladderExport(ladder: LadderIndex, site: URL | string | undefined): LadderExport {
  const url = (path: string) => exportedUrl(path, site);
  const skillSets = ladder.levels.flatMap((level) => ladder.skillSetsOf(level));
  const link = (target: LinkTarget): LinkExport => {
    if ('skill' in target) return { skill: target.skill, url: url(urls.skill(target.skill)) };
    if ('skillSet' in target) return { skillSet: target.skillSet, url: url(urls.skillSet(target.skillSet)) };
    return { unresolved: target.unresolved };
  };
  const { data } = ladder.content.ladder;
  return {
    format: 'rungs-ladder',
    version: 1,
    title: data.title,
    updated: data.updated ?? null,
    url: url(urls.home()),
    levels: ladder.levels.map((level) => ({
      id: level.id,
      title: level.data.title,
      track: level.data.track,
      rank: level.data.rank ?? null,
      baseline: level.data.baseline,
      url: url(urls.level(level.id)),
      intro: level.data.intro ?? null,
      requires: ladder.inheritedLevels(level).map((inherited) => inherited.id),
      skillSets: ladder.skillSetsOf(level).map((skillSet) => skillSet.id),
      aliases: level.data.aliases,
    })),
    skillSets: skillSets.map((skillSet) => ({
      id: skillSet.id,
      title: skillSet.data.title,
      level: skillSet.data.level,
      url: url(urls.skillSet(skillSet.id)),
      intro: skillSet.data.intro ?? null,
      skills: ladder.skillsOf(skillSet).map((skill) => skill.id),
      aliases: skillSet.data.aliases,
    })),
    skills: skillSets
      .flatMap((skillSet) => ladder.skillsOf(skillSet))
      .map((skill) => ({
        id: skill.id,
        title: skill.data.title,
        level: skill.data.level,
        skillSet: skill.data.skillSet,
        url: url(urls.skill(skill.id)),
        summary: firstSentence(skill.body),
        description: skill.body.trim(),
        seeAlso: skill.data.seeAlso.map(link),
        excluded: skill.data.excluded ? { note: skill.data.excluded.note, skills: skill.data.excluded.skills } : null,
        raises: skill.data.raises ?? null,
        furtherReading: skill.data.furtherReading.map((item) => ({
          title: item.title,
          author: item.author ?? null,
          url: item.url ?? null,
        })),
        aliases: skill.data.aliases,
      })),
  };
}

/** The columns of /ladder.csv, in order. */
export const csvColumns = [
  'Track',
  'Level',
  'Skill set',
  'Skill',
  'URL',
  'See also',
  'Excluded',
  'Summary',
  'Id',
] as const;

export { csvField };

/**
 * /ladder.csv: one row per skill in ladder order, for spreadsheets. UTF-8 with a byte-order mark (so Excel reads
 * accents and dashes correctly) and CRLF line ends; See also and Excluded list titles separated by "; ".
 */
export function ladderCsv(ladder: LadderIndex, site: URL | string | undefined): string {
  const titleOf = (target: LinkTarget) => {
    const resolved = ladder.resolve(target);
    if (resolved.kind === 'skill') return resolved.skill.data.title;
    if (resolved.kind === 'skillSet') return resolved.skillSet.data.title;
    return resolved.name;
  };
  const trackName = (track: string) => `${track[0].toUpperCase()}${track.slice(1)}`;
  const row = (skill: Skill) => {
    const level = ladder.level(skill.data.level);
    return [
      level.data.baseline ? 'Both tracks' : trackName(level.data.track),
      level.data.title,
      ladder.skillSet(skill.data.skillSet).data.title,
      skill.data.title,
      exportedUrl(urls.skill(skill.id), site),
      skill.data.seeAlso.map(titleOf).join('; '),
      (skill.data.excluded?.skills ?? []).map((id) => ladder.skill(id).data.title).join('; '),
      firstSentence(skill.body),
      skill.id,
    ];
  };
  const skills = ladder.levels.flatMap((level) =>
    ladder.skillSetsOf(level).flatMap((skillSet) => ladder.skillsOf(skillSet)),
  );
  const lines = [[...csvColumns], ...skills.map(row)].map((fields) => fields.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
