import { describe, expect, it } from 'vitest';
import { aliasRedirects } from '../../src/lib/links/alias-redirects.ts';
import { cite, citationSources } from '../../src/lib/citation/citation.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { buildLadderNavigation } from '../../src/lib/navigation/navigation.ts';
import { ladderRouteParam, primaryLadderId, publishedLadder } from '../../src/lib/ladder/published-ladder.ts';
import { searchFacets, searchFilterOptions } from '../../src/lib/search/facets.ts';
import { ladderUrls, urls } from '../../src/lib/links/urls.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

// The fixture ladder as primary, and beside it a ladder of two rungs (test/fixtures/other-ladder/ladders/platform/).
const read = readLadderFolders('test/fixtures/ladder', 'test/fixtures/other-ladder');
const primary = publishedLadder(primaryLadderId, buildLadderIndex(read.primary!));
const platform = publishedLadder('platform', buildLadderIndex(read.others.find((r) => r.id === 'platform')!.content));

describe('ladder URLs', () => {
  it('are the site’s first URLs for the primary ladder', () => {
    const scoped = ladderUrls('');
    expect([
      scoped.home(),
      scoped.level('a'),
      scoped.skillSet('b'),
      scoped.skill('c'),
      scoped.skills(),
      scoped.comparisons(),
      scoped.compare('a', 'd'),
    ]).toEqual(['/', '/levels/a/', '/skill-sets/b/', '/skills/c/', '/skills/', '/compare/', '/compare/a/d/']);
    expect([urls.home(), urls.level('a'), urls.skill('c'), urls.compare('a', 'd')]).toEqual([
      scoped.home(),
      scoped.level('a'),
      scoped.skill('c'),
      scoped.compare('a', 'd'),
    ]);
  });

  it('put every page of another ladder under its scope, the same kinds of pages', () => {
    const scoped = ladderUrls('ladders/platform/');
    expect([
      scoped.home(),
      scoped.level('a'),
      scoped.skillSet('b'),
      scoped.skill('c'),
      scoped.skills(),
      scoped.comparisons(),
      scoped.compare('a', 'd'),
    ]).toEqual([
      '/ladders/platform/',
      '/ladders/platform/levels/a/',
      '/ladders/platform/skill-sets/b/',
      '/ladders/platform/skills/c/',
      '/ladders/platform/skills/',
      '/ladders/platform/compare/',
      '/ladders/platform/compare/a/d/',
    ]);
  });

  it('take any path prefix as a scope, such as a release of a ladder', () => {
    expect(ladderUrls('ladders/platform/releases/2025/').skill('c')).toBe('/ladders/platform/releases/2025/skills/c/');
    expect(ladderUrls('releases/2024-prototype/').level('a')).toBe('/releases/2024-prototype/levels/a/');
  });

  it('refuse a scope that is not a path ending in a slash', () => {
    for (const scope of ['ladders/platform', '/ladders/platform/', 'ladders//x/', 'Ladders/x/']) {
      expect(() => ladderUrls(scope)).toThrow(`not "${scope}"`);
    }
  });
});

describe('published ladders', () => {
  it('scope the primary ladder at the root and another under /ladders/<id>/, with the route parameter to match', () => {
    expect([primary.primary, primary.title, primary.urls.scope, ladderRouteParam(primary)]).toEqual([
      true,
      'Fixture Career Skills',
      '',
      undefined,
    ]);
    expect([platform.primary, platform.title, platform.urls.scope, ladderRouteParam(platform)]).toEqual([
      false,
      'Platform engineering ladder',
      'ladders/platform/',
      'ladders/platform',
    ]);
  });

  it('cite another ladder’s pages at their own URLs, naming the ladder', () => {
    const skill = cite(
      citationSources.skill(platform, platform.index.skill('paved-roads')),
      'https://ladder.example.com',
    );
    expect(skill.text).toBe(
      'Paved roads (https://ladder.example.com/ladders/platform/skills/paved-roads/) — Senior platform engineer · Platform strategy · Platform engineering ladder',
    );
    const comparison = citationSources.comparison(platform, {
      from: platform.index.level('platform-engineer'),
      to: platform.index.level('senior-platform-engineer'),
    });
    expect(comparison).toEqual({
      title: 'From Platform engineer to Senior platform engineer',
      path: '/ladders/platform/compare/platform-engineer/senior-platform-engineer/',
      context: 'Level comparison · Platform engineering ladder',
    });
  });

  it('redirect another ladder’s aliases and its items’ former URLs under its scope', () => {
    const redirects = aliasRedirects(platform).map((r) => `${r.from} → ${r.to}`);
    expect(redirects).toEqual([
      '/ladders/platform/skills/build-pipelines/ → /ladders/platform/skills/pipeline-upkeep/',
      '/ladders/platform/cache-tuning/ → /ladders/platform/skills/cache-tuning/',
      '/ladders/platform/paved-roads/ → /ladders/platform/skills/paved-roads/',
      '/ladders/platform/pipeline-upkeep/ → /ladders/platform/skills/pipeline-upkeep/',
      '/ladders/platform/build-pipelines/ → /ladders/platform/skills/pipeline-upkeep/',
    ]);
    expect(aliasRedirects(primary).map((r) => r.from)).toEqual(['/skills/self-motivation/']);
  });

  it('show another ladder’s own tree in the navigation', () => {
    const tree = buildLadderNavigation(platform).at('/ladders/platform/skills/paved-roads/');
    const [track] = tree;
    expect(track.levels.map((level) => level.href)).toEqual([
      '/ladders/platform/levels/platform-engineer/',
      '/ladders/platform/levels/senior-platform-engineer/',
    ]);
    const open = track.levels.find((level) => level.open)!;
    expect(open.children[0].children.map((skill) => [skill.href, skill.current])).toEqual([
      ['/ladders/platform/skills/paved-roads/', true],
    ]);
  });

  it('give every ladder’s pages a ladder facet, and name the ladder in another ladder’s results', () => {
    expect(searchFacets.skill(platform, platform.index.skill('cache-tuning'))).toEqual({
      kind: 'Skill',
      track: 'Engineering',
      level: 'Platform engineer',
      skillSet: 'Build tooling',
      ladder: 'Platform engineering ladder',
      otherLadder: 'Platform engineering ladder',
    });
    expect(searchFacets.level(primary, primary.index.level('all-engineers')).ladder).toBe('Fixture Career Skills');
    const options = Object.fromEntries(searchFilterOptions(primary, [platform]).map((o) => [o.name, o.values]));
    expect(options.ladder).toEqual(['Fixture Career Skills', 'Platform engineering ladder']);
    expect(options.kind).toEqual(['Skill', 'Skill set', 'Level']);
  });
});
