import type { LadderIndex } from './ladder-index.ts';
import type { Level, Skill, SkillSet } from './ladder.ts';

/** What a search result says about a page, and what the search page can filter it by. */
export interface SearchFacets {
  kind: 'Skill' | 'Skill set' | 'Level' | 'Reference item';
  track: string;
  level: string;
  skillSet?: string;
  /** Set on reference ladders' items only: the main ladder is the default. */
  ladder?: string;
}

const trackName = (level: Level) => (level.data.baseline ? 'Both tracks' : `${level.data.track[0].toUpperCase()}${level.data.track.slice(1)}`);

export const searchFacets = {
  level: (level: Level): SearchFacets => ({ kind: 'Level', track: trackName(level), level: level.data.title }),
  skillSet: (skillSet: SkillSet, ladder: LadderIndex): SearchFacets => {
    const level = ladder.level(skillSet.data.level);
    return { kind: 'Skill set', track: trackName(level), level: level.data.title, skillSet: skillSet.data.title };
  },
  referenceSkill: (skill: Skill, reference: { index: LadderIndex }): SearchFacets => {
    const { index } = reference;
    const level = index.level(skill.data.level);
    return { kind: 'Reference item', track: trackName(level), level: level.data.title, skillSet: index.skillSet(skill.data.skillSet).data.title, ladder: index.content.ladder.data.title };
  },
  skill: (skill: Skill, ladder: LadderIndex): SearchFacets => {
    const level = ladder.level(skill.data.level);
    return { kind: 'Skill', track: trackName(level), level: level.data.title, skillSet: ladder.skillSet(skill.data.skillSet).data.title };
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

/** Every value each search filter can take, in ladder order, for the search page's controls. */
export function searchFilterOptions(ladder: LadderIndex, references: { index: LadderIndex }[] = []): { name: keyof SearchFacets; label: string; values: string[] }[] {
  const all = [
    ...ladder.levels.map((level) => searchFacets.level(level)),
    ...ladder.levels.flatMap((level) => ladder.skillSetsOf(level).map((skillSet) => searchFacets.skillSet(skillSet, ladder))),
  ];
  const values = (pick: (facets: SearchFacets) => string | undefined) => [...new Set(all.map(pick).filter((v): v is string => Boolean(v)))];
  return [
    ...(references.length > 0 ? [{ name: 'ladder' as const, label: 'Ladder', values: [ladder.content.ladder.data.title, ...references.map((r) => r.index.content.ladder.data.title)] }] : []),
    { name: 'kind', label: 'Kind', values: ['Skill', 'Skill set', 'Level', ...(references.length > 0 ? ['Reference item'] : [])] },
    { name: 'track', label: 'Track', values: values((f) => f.track) },
    { name: 'level', label: 'Level', values: values((f) => f.level) },
    { name: 'skillSet', label: 'Skill set', values: values((f) => f.skillSet) },
  ];
}
