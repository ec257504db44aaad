import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { ladderPicture } from '../../src/lib/ladder/ladder-picture.ts';
import { primaryLadderId, publishedLadder } from '../../src/lib/ladder/published-ladder.ts';
import { adjacentLevels, buildLadderNavigation, type NavigationItem } from '../../src/lib/navigation/navigation.ts';
import { rubricEntry } from '../../src/lib/ladder/rubric.ts';
import { tableOfContents } from '../../src/lib/navigation/table-of-contents.ts';
import { themeStorageKey, storedTheme } from '../../src/lib/navigation/theme.ts';
import { addHeadingAnchors } from '../../src/lib/navigation/heading-anchors.ts';
import { readContent } from '../helpers/read-content.ts';

const index = buildLadderIndex(readContent('test/fixtures/ladder'));
const navigation = buildLadderNavigation(publishedLadder(primaryLadderId, index));
const labels = (items: NavigationItem[]) => items.map((item) => item.label);
const find = (items: NavigationItem[], label: string) => items.find((item) => item.label === label)!;
const flatten = (items: NavigationItem[]): NavigationItem[] =>
  items.flatMap((item) => [item, ...flatten(item.children)]);

describe('the ladder navigation', () => {
  it('is a tree of tracks, their levels in rung order (levels beside the rungs last) and each level’s skill sets', () => {
    const tracks = navigation.at('/');
    expect(tracks.map((track) => [track.label, labels(track.levels)])).toEqual([
      ['Engineering track', ['All Engineers', 'Software Engineers', 'Specialties']],
      ['Management track', ['Associate Manager of Engineering']],
    ]);
    expect(labels(find(tracks[0].levels, 'Software Engineers').children)).toEqual([
      'Basic Leadership',
      'Basic Implementation',
    ]);
  });

  it('folds every branch and lists no skills on a page outside the tree', () => {
    const items = flatten(navigation.at('/about/').flatMap((track) => track.levels));
    expect(items.filter((item) => item.open || item.current)).toEqual([]);
    expect(items.some((item) => item.href.startsWith('/skills/'))).toBe(false);
  });

  it('opens a skill’s branch, marks the skill as the current page, and lists only its own skill set’s skills', () => {
    const tracks = navigation.at('/skills/spike-solutions/');
    const items = flatten(tracks.flatMap((track) => track.levels));
    expect(items.filter((item) => item.open).map((item) => item.label)).toEqual([
      'Software Engineers',
      'Basic Implementation',
      'Spike solutions',
    ]);
    expect(items.filter((item) => item.current).map((item) => item.href)).toEqual(['/skills/spike-solutions/']);
    expect(items.filter((item) => item.href.startsWith('/skills/')).map((item) => item.label)).toEqual([
      'Basic test-driven development',
      'Spike solutions',
      'Method and variable refactoring',
    ]);
  });

  it('opens a level without listing skills, and folds only levels’ skill sets behind a toggle', () => {
    const software = find(navigation.at('/levels/software-engineers/')[0].levels, 'Software Engineers');
    expect([software.current, software.open, software.folds]).toEqual([true, true, true]);
    expect(software.children.every((skillSet) => !skillSet.folds && skillSet.children.length === 0)).toBe(true);
  });

  it('marks a level beside the rungs, and one without skill sets, as secondary', () => {
    const levels = navigation.at('/')[0].levels;
    expect(levels.filter((level) => level.secondary).map((level) => level.label)).toEqual(['Specialties']);
  });

  it('finds the rungs below and above a level in its own track, and none for a level beside the rungs', () => {
    const ids = (pair: ReturnType<typeof adjacentLevels>) => [pair.previous?.id, pair.next?.id];
    expect(ids(adjacentLevels(index, index.level('all-engineers')))).toEqual([undefined, 'software-engineers']);
    expect(ids(adjacentLevels(index, index.level('software-engineers')))).toEqual(['all-engineers', undefined]);
    expect(ids(adjacentLevels(index, index.level('associate-manager')))).toEqual([undefined, undefined]);
    expect(adjacentLevels(index, index.level('specialties'))).toEqual({});
  });
});

describe('the ladder as a picture', () => {
  it('aligns both tracks’ rungs by rank, highest first, with the baseline below and levels beside the rungs apart', () => {
    const picture = ladderPicture(index);
    expect(picture.tracks).toEqual(['engineering', 'management']);
    expect(picture.rows.map((row) => [row.rank, row.levels.map((level) => level?.id)])).toEqual([
      [1, ['software-engineers', 'associate-manager']],
    ]);
    expect(picture.baselines.map((level) => level.id)).toEqual(['all-engineers']);
    expect(picture.beside.map((levels) => levels.map((level) => level.id))).toEqual([['specialties'], []]);
  });
});

describe('On this page', () => {
  it('lists a page’s h2 sections by id and text, without their anchor links or visually hidden headings', () => {
    const html = addHeadingAnchors(
      '<h1>Skill</h1><h2 id="see-also">See also</h2><h3>Not listed</h3><h2><a href="/skill-sets/x/">Basic &amp; more</a></h2><h2 class="visually-hidden">Hidden</h2>',
    );
    expect(tableOfContents(html)).toEqual([
      { id: 'see-also', text: 'See also' },
      { id: 'basic-and-more', text: 'Basic & more' },
    ]);
  });
});

describe('a level’s rubric', () => {
  it('shows a skill’s first sentence, with its whole description when there is more', () => {
    const tdd = rubricEntry(index.skill('basic-test-driven-development'));
    expect(tdd.summary).toBe('You write tests before you write code.');
    expect(tdd.description).toBe(
      '<p>You write tests <em>before</em> you write code.</p>\n<p>You refactor in small steps.</p>',
    );
    expect(rubricEntry(index.skill('spike-solutions'))).toEqual({
      skill: index.skill('spike-solutions'),
      summary: 'You write small, isolated experiments to answer a question.',
    });
  });
});

describe('the theme', () => {
  it('is read back as Light or Dark only when one was chosen, and Auto otherwise', () => {
    expect(['light', 'dark', 'auto', 'purple', null].map(storedTheme)).toEqual([
      'light',
      'dark',
      'auto',
      'auto',
      'auto',
    ]);
  });

  it('is applied before the first paint by public/theme.js under the same storage key', () => {
    expect(readFileSync('public/theme.js', 'utf8')).toContain(`localStorage.getItem('${themeStorageKey}')`);
  });
});
