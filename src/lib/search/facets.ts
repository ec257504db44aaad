import type { CompetencyRow } from '../ladder/competency-rows.ts';
import type { Level, Skill, SkillSet } from '../ladder/ladder.ts';
import type { PublishedLadder } from '../ladder/published-ladder.ts';

/** What a search result says about a page, and what the search page can filter it by. */
export interface SearchFacets {
  kind: 'Skill' | 'Skill set' | 'Level' | 'Competency';
  track: string;
  /** Absent on a competency's page, which spans the levels. */
  level?: string;
  skillSet?: string;
  /** The title of the ladder the page belongs to, every ladder's pages alike. */
  ladder: string;
  /** Set on the pages of ladders other than the primary one, so a result names its ladder. */
  otherLadder?: string;
}

const trackName = (level: Level) =>
  level.data.baseline ? 'Both tracks' : `${level.data.track[0].toUpperCase()}${level.data.track.slice(1)}`;

const ladderOf = (ladder: PublishedLadder) => ({
  ladder: ladder.title,
  otherLadder: ladder.primary ? undefined : ladder.title,
});

export const searchFacets = {
  level: (ladder: PublishedLadder, level: Level): SearchFacets => ({
    kind: 'Level',
    track: trackName(level),
    level: level.data.title,
    ...ladderOf(ladder),
  }),
  skillSet: (ladder: PublishedLadder, skillSet: SkillSet): SearchFacets => {
    const level = ladder.index.level(skillSet.data.level);
    return {
      kind: 'Skill set',
      track: trackName(level),
      level: level.data.title,
      skillSet: skillSet.data.title,
      ...ladderOf(ladder),
    };
  },
  skill: (ladder: PublishedLadder, skill: Skill): SearchFacets => {
    const level = ladder.index.level(skill.data.level);
    return {
      kind: 'Skill',
      track: trackName(level),
      level: level.data.title,
      skillSet: ladder.index.skillSet(skill.data.skillSet).data.title,
      ...ladderOf(ladder),
    };
  },
  competency: (ladder: PublishedLadder, row: CompetencyRow): SearchFacets => {
    const levels = row.tracks.flatMap(({ cells }) => cells.map((cell) => cell.level));
    const tracks = new Set(levels.map(trackName));
    return {
      kind: 'Competency',
      track: tracks.size === 1 ? [...tracks][0] : 'Both tracks',
      ...ladderOf(ladder),
    };
  },
};

/**
 * A facet value as Pagefind indexes and reports it: a comma or colon inside the inline "key:value" form would be
 * read as a separator, and Pagefind collapses the spaces left behind.
 */
export function pagefindValue(value: string): string {
  return value.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Pagefind's inline "key:value" attribute form. */
export function pagefindPairs(facets: SearchFacets): { filters: string[]; meta: string[] } {
  const pairs = Object.entries(facets)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}:${pagefindValue(String(value))}`);
  return { filters: pairs, meta: pairs };
}

/**
 * Every value each search filter can take, in ladder order, for the search page's controls: the ladder filter lists
 * every ladder; track, level and skill set are the primary ladder's.
 */
export function searchFilterOptions(
  ladders: PublishedLadder[],
): { name: keyof SearchFacets; label: string; values: string[] }[] {
  const primary = ladders.find((ladder) => ladder.primary)!;
  const { index } = primary;
  const all = [
    ...index.levels.map((level) => searchFacets.level(primary, level)),
    ...index.levels.flatMap((level) =>
      index.skillSetsOf(level).map((skillSet) => searchFacets.skillSet(primary, skillSet)),
    ),
  ];
  const values = (pick: (facets: SearchFacets) => string | undefined) => [
    ...new Set(all.map(pick).filter((v): v is string => Boolean(v))),
  ];
  return [
    ...(ladders.length > 1
      ? [{ name: 'ladder' as const, label: 'Ladder', values: ladders.map((ladder) => ladder.title) }]
      : []),
    { name: 'kind', label: 'Kind', values: ['Skill', 'Skill set', 'Level'] },
    { name: 'track', label: 'Track', values: values((f) => f.track) },
    { name: 'level', label: 'Level', values: values((f) => f.level) },
    { name: 'skillSet', label: 'Skill set', values: values((f) => f.skillSet) },
  ];
}
