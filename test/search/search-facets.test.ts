import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { primaryLadderId, publishedLadder } from '../../src/lib/ladder/published-ladder.ts';
import { pagefindPairs, pagefindValue, searchFacets, searchFilterOptions } from '../../src/lib/search/facets.ts';
import { readContent } from '../helpers/read-content.ts';

const published = publishedLadder(primaryLadderId, buildLadderIndex(readContent('test/fixtures/ladder')));
const ladder = published.index;

describe('search facets', () => {
  it('describe a skill by kind, track, level and skill set', () => {
    expect(searchFacets.skill(published, ladder.skill('basic-facilitation'))).toEqual({
      kind: 'Skill',
      track: 'Engineering',
      level: 'Software Engineers',
      skillSet: 'Basic Leadership',
      ladder: 'Fixture Career Skills',
      otherLadder: undefined,
    });
    expect(searchFacets.level(published, ladder.level('all-engineers'))).toEqual({
      kind: 'Level',
      track: 'Both tracks',
      level: 'All Engineers',
      ladder: 'Fixture Career Skills',
      otherLadder: undefined,
    });
  });

  it('become Pagefind key:value pairs without separators inside values', () => {
    expect(
      pagefindPairs({
        kind: 'Skill set',
        track: 'Management',
        level: 'Assoc. Mgr.: Intro',
        skillSet: 'A, B',
        ladder: 'L',
      }).filters,
    ).toEqual(['kind:Skill set', 'track:Management', 'level:Assoc. Mgr. Intro', 'skillSet:A B', 'ladder:L']);
  });

  it('index a value the way the search page filters by it', () => {
    expect(pagefindValue('Senior engineer: cross-team expectations')).toBe('Senior engineer cross-team expectations');
    expect(
      pagefindPairs({
        kind: 'Skill',
        track: 'Engineering',
        level: 'L',
        ladder: 'Senior engineer: cross-team expectations',
      }).filters,
    ).toContain(`ladder:${pagefindValue('Senior engineer: cross-team expectations')}`);
  });

  it('offer every filter value in ladder order', () => {
    const options = Object.fromEntries(searchFilterOptions([published]).map((o) => [o.name, o.values]));
    expect(options.track).toEqual(['Both tracks', 'Engineering', 'Management']);
    expect(options.level).toEqual([
      'All Engineers',
      'Software Engineers',
      'Specialties',
      'Associate Manager of Engineering',
    ]);
    expect(options.skillSet).toEqual([
      'Baseline Expectations',
      'Basic Leadership',
      'Basic Implementation',
      'Manager Baseline',
    ]);
  });
});
