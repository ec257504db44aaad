import { beforeAll, describe, expect, it } from 'vitest';
import { renderedLadders } from '../../src/lib/ladder/site-ladders.ts';
import { allSkillsPaths, allSkillsRoute } from '../../src/lib/routes/all-skills-route.ts';
import { comparisonsPaths, comparisonsRoute } from '../../src/lib/routes/comparisons-route.ts';
import { ladderHomePaths, ladderHomeRoute } from '../../src/lib/routes/ladder-home-route.ts';
import { levelPaths, levelRoute } from '../../src/lib/routes/level-route.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/routes/site-index.ts';
import { changesRoute, graphRoute } from '../../src/lib/routes/site-page-routes.ts';
import { searchPaths, searchRoute } from '../../src/lib/routes/search-route.ts';
import { skillPaths, skillRoute } from '../../src/lib/routes/skill-route.ts';
import { readSiteContent } from '../helpers/read-content.ts';

// The releases fixture (three releases, unreleased edits, a removed skill) with the platform ladder beside it: a
// primary ladder, another ladder and past releases, each rendered by the same routes.
let site: SiteIndex;
beforeAll(async () => {
  site = await buildSiteIndex(readSiteContent('test/fixtures/releases', 'test/fixtures/other-ladder'));
});

/** The route data of the skill page at `path`, found by its route params as Astro would. */
function skillPage(path: string) {
  const page = skillPaths(site).find(
    ({ params }) => `/${params.ladder ? `${params.ladder}/` : ''}skills/${params.id}/` === path,
  );
  if (!page) throw new Error(`No skill page at ${path}`);
  return skillRoute(site, page.props, path);
}

const labels = (links: { label: string }[]) => links.map((link) => link.label);

describe('the site index', () => {
  it('renders the primary ladder, then the other ladders, then each release newest first', () => {
    expect(renderedLadders(site.ladders).map((ladder) => ladder.id)).toEqual([
      '',
      'platform',
      'releases/2024-edition',
      'releases/2023-revision',
      'releases/2023-first',
    ]);
  });

  it('keeps a removed skill at the primary ladder’s URL, showing the last release that had it', () => {
    const removed = skillPaths(site).filter((page) => page.props.removed);
    expect(removed.map((page) => [page.params.ladder, page.params.id, page.props.ladder.id])).toEqual([
      [undefined, 'method-and-variable-refactoring', 'releases/2023-first'],
    ]);
  });
});

describe('a skill page of the primary ladder', () => {
  it('has its links, local graph, history and packet button, and its source file', () => {
    const route = skillPage('/skills/basic-facilitation/');
    expect(route.links?.sections.buildsOn?.entries).toEqual([
      { target: { skill: 'active-participation' }, twoWay: 'related' },
    ]);
    expect(route.links?.sections.related).toEqual({ entries: [], unresolved: ['Intermediate facilitation'] });
    expect(route.links?.sections.excluded?.note).toMatch(/^This skill doesn't require you to facilitate/);
    expect(route.links?.describe({ skill: 'active-participation' }).url).toBe('/skills/active-participation/');
    expect(route.localGraph?.centre.title).toBe('Basic facilitation');
    expect(route.history?.first.title).toBe('First edition');
    expect(route.history?.entries.map((entry) => entry.release?.title)).toEqual(['2023 revision']);
    expect(route.history?.frozen.map((release) => release.href)).toEqual([
      '/releases/2024-edition/skills/basic-facilitation/',
      '/releases/2023-revision/skills/basic-facilitation/',
      '/releases/2023-first/skills/basic-facilitation/',
    ]);
    expect(route.history?.hrefOf('skill', 'self-starter')).toBeUndefined();
    expect(route.history?.hrefOf('skill', 'ownership')).toBe('/skills/ownership/');
    expect(route.packable).toBe(true);
    expect(route.toolNote).toBeUndefined();
    expect(route.facts.map((fact) => fact.term)).toEqual(['Level', 'Skill set']);
    expect(route.file).toBe('test/fixtures/releases/skills/basic-facilitation.md');
    expect(route.next?.id).toBe('pair-programming');
  });

  it('says “Changed in” only when the latest release changed the skill', () => {
    expect(skillPage('/skills/code-review/').changedIn?.title).toBe('2024 edition');
    expect(skillPage('/skills/basic-facilitation/').changedIn).toBeUndefined();
  });

  it('frames the page: title, crumbs, search facets, the packet’s release, and the navigation open at the skill', () => {
    const { frame } = skillPage('/skills/basic-facilitation/');
    expect(frame.documentTitle).toBe('Basic facilitation · Software Engineer · Fixture Career Skills');
    expect(frame.description).toBe(
      'Basic facilitation, a skill in Team Leadership (Software Engineer). You facilitate discussions and retrospectives within your team.',
    );
    expect(labels(frame.breadcrumbs!)).toEqual([
      'Ladder',
      'Software Engineer',
      'Team Leadership',
      'Basic facilitation',
    ]);
    expect(frame.search?.filters).toContain('skillSet:Team Leadership');
    expect(frame.latestRelease).toBe('2024-edition');
    expect(frame.pastRelease).toBeUndefined();
    expect(frame.navigation.heading).toBeUndefined();
    const level = frame.navigation.tracks.flatMap((track) => track.levels).find((item) => item.open)!;
    expect(level.label).toBe('Software Engineer');
    const skillSet = level.children.find((item) => item.open)!;
    expect(skillSet.children.filter((item) => item.current).map((item) => item.label)).toEqual(['Basic facilitation']);
    expect(labels(frame.footer.links)).toEqual(['About this ladder', 'Changes']);
  });
});

describe('a skill page of another ladder', () => {
  it('names the primary ladder whose skills packets and the graph hold, and has none of its sections', () => {
    const route = skillPage('/ladders/platform/skills/paved-roads/');
    expect(route.toolNote).toEqual([
      'Packets and the skill graph hold the skills of ',
      { text: 'Fixture Career Skills', href: '/' },
      '; this ladder is published beside it for reference.',
    ]);
    expect(route.facts.at(-1)).toEqual({
      term: 'Ladder',
      text: 'Platform engineering ladder',
      href: '/ladders/platform/',
    });
    expect(route.packable).toBe(false);
    expect([route.links, route.localGraph, route.history, route.changedIn]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(route.file).toBe('test/fixtures/other-ladder/ladders/platform/skills/paved-roads.md');
  });

  it('frames the page with its own ladder: its title, crumbs, header links and the heading of its tree', () => {
    const { frame } = skillPage('/ladders/platform/skills/paved-roads/');
    expect(frame.documentTitle).toBe('Paved roads · Senior platform engineer · Platform engineering ladder');
    expect(frame.breadcrumbs![0]).toEqual({ label: 'Platform engineering ladder', href: '/ladders/platform/' });
    expect(frame.header.home).toEqual({ title: 'Fixture Career Skills', href: '/' });
    expect(frame.header.links.slice(0, 3).map((link) => link.href)).toEqual([
      '/ladders/platform/',
      '/ladders/platform/skills/',
      '/ladders/platform/compare/',
    ]);
    expect(frame.navigation.heading).toEqual({
      title: 'Platform engineering ladder',
      home: '/ladders/platform/',
      current: false,
      beside: { otherLadders: '/ladders/', primaryTitle: 'Fixture Career Skills', primaryHome: '/' },
    });
    expect(frame.search?.meta).toContain('otherLadder:Platform engineering ladder');
    // Its header box searches its own ladder's index, and submits to its own search page.
    expect(frame.header.search).toMatchObject({
      page: '/ladders/platform/search/',
      index: '/ladders/platform/pagefind/',
    });
    expect(labels(frame.footer.links)).toEqual(['Other ladders']);
  });
});

describe('a skill page of a past release', () => {
  it('is kept as it was: no sections of today’s ladder, no search, no edit link, and a note leading to today’s page', () => {
    const route = skillPage('/releases/2024-edition/skills/basic-facilitation/');
    expect([route.links, route.localGraph, route.history, route.changedIn, route.toolNote, route.file]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(route.packable).toBe(false);
    expect(route.frame.search).toBeUndefined();
    // Its header box searches the primary ladder as it is.
    expect(route.frame.header.search).toMatchObject({ page: '/search/', index: '/pagefind/' });
    expect(route.frame.pastRelease).toMatchObject({
      release: { id: '2024-edition' },
      current: '/skills/basic-facilitation/',
    });
    expect(route.frame.navigation.heading?.release).toEqual({
      title: '2024 edition',
      changes: '/changes/#release-2024-edition',
      currentLadder: '/',
    });
    expect(labels(route.frame.footer.links)).toEqual(['Other ladders', 'Changes']);
  });

  it('shows a removed skill at its old URL with the release that removed it', () => {
    const { frame } = skillPage('/skills/method-and-variable-refactoring/');
    expect(frame.pastRelease?.release.id).toBe('2023-first');
    expect(frame.pastRelease?.current).toBe('/skills/method-and-variable-refactoring/');
    expect(frame.pastRelease?.removed?.removedIn?.title).toBe('2023 revision');
  });
});

describe('the other page kinds', () => {
  it('gives a level its skill sets with their skills, what it inherits, and the next rung to compare with', () => {
    const levels = new Map(
      levelPaths(site)
        .filter((p) => !p.params.ladder)
        .map((p) => [p.params.id, levelRoute(site, p.props, `/levels/${p.params.id}/`)]),
    );
    const engineers = levels.get('software-engineers')!;
    expect(engineers.skillSets.map(({ skillSet, skills }) => [skillSet.id, skills.map((s) => s.id)])).toEqual([
      ['team-leadership', ['basic-facilitation', 'pair-programming']],
      ['basic-implementation', ['basic-test-driven-development', 'experiments']],
    ]);
    expect(engineers.inherited.map(({ level, skillSets }) => [level.id, skillSets.map((s) => s.id)])).toEqual([
      ['all-engineers', ['baseline-expectations']],
    ]);
    expect(engineers.skillCount).toBe(4);
    expect(engineers.compareWithNext).toBeUndefined();
    expect(levels.get('all-engineers')!.compareWithNext?.id).toBe('software-engineers');
    expect(engineers.frame.unfurl.facts).toEqual([{ label: 'Level', value: 'Engineering track, rung 1' }]);
  });

  it('leads the primary ladder’s home to About, and says what another ladder’s home is beside', () => {
    const homes = new Map(
      ladderHomePaths(site).map((p) => [p.props.ladder.id, ladderHomeRoute(site, p.props, p.props.ladder.urls.home())]),
    );
    const primary = homes.get('')!;
    expect([primary.introduction, primary.file, primary.frame.breadcrumbs]).toEqual([undefined, undefined, undefined]);
    expect(primary.lead).toEqual([
      'The ladder at a glance: 4 levels, 5 skill sets and 7 skills. ' +
        'Each level also requires the skill sets of the rungs below it and of the baseline. ',
      { text: 'Read the introduction and disclaimer', href: '/about/' },
      '.',
    ]);
    const platform = homes.get('platform')!;
    expect(platform.lead.slice(0, 2)).toEqual(['One of the ', { text: 'other ladders', href: '/ladders/' }]);
    expect(platform.lead[2]).toMatch(/^ published beside Fixture Career Skills, for reference: /);
    expect(platform.introduction).toBe('A second ladder for tests, with two rungs to compare.');
    expect(labels(platform.frame.breadcrumbs!)).toEqual(['Other ladders', 'Platform engineering ladder']);
    expect(platform.file).toBe('test/fixtures/other-ladder/ladders/platform/ladder.yaml');
    expect(platform.frame.navigation.heading?.current).toBe(true);
    expect(homes.get('releases/2023-first')!.file).toBeUndefined();
  });

  it('marks the page being read in the header: A–Z is current on its own page', () => {
    const page = allSkillsPaths(site).find((p) => p.props.ladder.primary)!;
    const route = allSkillsRoute(site, page.props, '/skills/');
    expect(route.frame.header.links.filter((link) => link.current).map((link) => link.label)).toEqual([
      'All skills A–Z',
    ]);
    expect(route.groups.map((group) => group.id)).toEqual([
      'letter-a',
      'letter-b',
      'letter-c',
      'letter-o',
      'letter-p',
      'letter-s',
    ]);
  });

  it('lists each rung to the next on another ladder’s comparisons page', () => {
    const page = comparisonsPaths(site).find((p) => p.props.ladder.id === 'platform')!;
    const route = comparisonsRoute(site, page.props, '/ladders/platform/compare/');
    expect(route.nothingToCompare).toBeUndefined();
    expect(route.steps).toEqual([
      {
        href: '/ladders/platform/compare/platform-engineer/senior-platform-engineer/',
        title: 'From Platform engineer to Senior platform engineer',
      },
    ]);
    expect(route.frame.breadcrumbs![0].label).toBe('Platform engineering ladder');
  });

  it('gives the change log a section per entry, the first release saying what it held', () => {
    const route = changesRoute(site, '/changes/');
    expect(route.sections.map((section) => section.id)).toEqual([
      'unreleased',
      'release-2024-edition',
      'release-2023-revision',
      'release-2023-first',
    ]);
    expect(route.sections.map((section) => section.firstRelease)).toEqual([
      undefined,
      undefined,
      undefined,
      { levels: 4, skillSets: 4, skills: 6 },
    ]);
    expect(route.sections[0].counts).toMatch(/reworded/);
    expect(route.hasReleases).toBe(true);
  });
});

describe('route data of the site’s own content', () => {
  let real: SiteIndex;
  beforeAll(async () => {
    real = await buildSiteIndex(readSiteContent('content'));
  }, 60_000);

  it('links a skill to the most similar skills of the other ladders, each under its own ladder', () => {
    const page = skillPaths(real).find(
      (p) => p.props.ladder.id === 'director-of-engineering' && p.props.skill.id === 'your-hiring-game-is-a',
    )!;
    const { similar } = skillRoute(real, page.props, page.props.ladder.urls.skill(page.props.skill.id));
    expect(similar).toContainEqual({
      title: 'Hiring manager',
      href: '/skills/hiring-manager/',
      ladderTitle: 'Engineering Career Skills (2024 Prototype)',
    });
  });

  it('gives the graph page every other ladder, and the search page a filter naming every ladder', () => {
    expect(graphRoute(real, '/graph/').otherLadders.map((ladder) => ladder.id)).toEqual(
      real.ladders.others.map((ladder) => ladder.id),
    );
    const primarySearch = searchPaths(real).find((page) => page.props.ladder.primary)!;
    const ladderFilter = searchRoute(real, primarySearch.props, '/search/').filters.find(
      (filter) => filter.name === 'ladder',
    )!;
    expect(ladderFilter.values).toHaveLength(1 + real.ladders.others.length);
  });
});
