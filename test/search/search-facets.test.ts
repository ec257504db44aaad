import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { buildSiteLadders } from '../../src/lib/ladder/site-ladders.ts';
import { primaryLadderId, publishedLadder } from '../../src/lib/ladder/published-ladder.ts';
import { pagefindPairs, pagefindValue, searchFacets, searchFilterOptions } from '../../src/lib/search/facets.ts';
import { searchScope } from '../../src/lib/search/search-scope.ts';
import { readContent, readSiteContent } from '../helpers/read-content.ts';

const published = publishedLadder(primaryLadderId, buildLadderIndex(readContent('test/fixtures/ladder')));
const ladder = published.index;
// The fixture ladder with the platform ladder beside it.
const site = buildSiteLadders(readSiteContent('test/fixtures/ladder', 'test/fixtures/other-ladder'));
const platform = site.others.find((other) => other.id === 'platform')!;
const optionsOf = (...args: Parameters<typeof searchFilterOptions>) =>
  Object.fromEntries(searchFilterOptions(...args).map((o) => [o.name, o.values]));

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
    const options = optionsOf(published);
    expect(options.ladder).toBeUndefined();
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

  it('offer another ladder its own levels and skill sets, never the primary ladder’s', () => {
    const options = optionsOf(platform);
    expect(options.level).toEqual(['Platform engineer', 'Senior platform engineer']);
    expect(options.skillSet).toEqual(['Build tooling', 'Platform strategy']);
    expect(options.track).toEqual(['Engineering']);
    expect(options.ladder).toBeUndefined();
  });

  it('filter by ladder, every ladder listed, where the primary ladder’s page searches the others too', () => {
    const options = optionsOf(site.primary, site.others);
    expect(options.ladder).toEqual(['Fixture Career Skills', 'Platform engineering ladder']);
    expect(options.level).toContain('Software Engineers');
    expect(options.level).not.toContain('Platform engineer');
  });

  it('show which ladder a result belongs to without making it a filter', () => {
    const pairs = pagefindPairs(searchFacets.skill(platform, platform.index.skill('paved-roads')));
    expect(pairs.meta).toContain('otherLadder:Platform engineering ladder');
    expect(pairs.filters).toContain('ladder:Platform engineering ladder');
    expect(pairs.filters.some((pair) => pair.startsWith('otherLadder:'))).toBe(false);
  });
});

describe('search scopes', () => {
  it('search a ladder’s own index from its pages, and its own search page', () => {
    expect(searchScope(platform)).toEqual({
      page: '/ladders/platform/search/',
      index: '/ladders/platform/pagefind/',
      merged: [],
      label: 'Search Platform engineering ladder',
    });
    expect(searchScope(site.primary)).toEqual({
      page: '/search/',
      index: '/pagefind/',
      merged: [],
      label: 'Search the ladder',
    });
  });

  it('merge the other ladders’ indexes into the primary one where every ladder is searched', () => {
    expect(searchScope(site.primary, site.others).merged).toEqual(['/ladders/platform/pagefind/']);
  });
});
