import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { readContent } from '../helpers/read-content.ts';

const index = buildLadderIndex(readContent('test/fixtures/ladder'));
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('the ladder index', () => {
  it('orders tracks, then levels by rank, with unranked levels beside the rungs last', () => {
    expect(index.tracks.map((t) => [t.track, ids(t.levels)])).toEqual([
      ['engineering', ['all-engineers', 'software-engineers', 'specialties']],
      ['management', ['associate-manager']],
    ]);
  });

  it('orders skill sets and skills by their order field', () => {
    expect(ids(index.skillSetsOf(index.level('software-engineers')))).toEqual([
      'basic-leadership',
      'basic-implementation',
    ]);
    expect(ids(index.skillsOf(index.skillSet('basic-implementation')))).toEqual([
      'basic-test-driven-development',
      'spike-solutions',
      'method-and-variable-refactoring',
    ]);
  });

  it('inherits the rungs below in the same track and the baseline from the other track', () => {
    expect(ids(index.inheritedLevels(index.level('software-engineers')))).toEqual(['all-engineers']);
    expect(ids(index.inheritedLevels(index.level('associate-manager')))).toEqual(['all-engineers']);
    expect(ids(index.inheritedLevels(index.level('all-engineers')))).toEqual([]);
    expect(ids(index.inheritedLevels(index.level('specialties')))).toEqual([]);
  });

  it('collects backlinks labelled by kind', () => {
    expect(index.backlinks(index.skill('active-participation')).map((b) => [b.from.id, b.kind])).toEqual([
      ['basic-facilitation', 'seeAlso'],
    ]);
    expect(index.backlinks(index.skill('method-and-variable-refactoring')).map((b) => [b.from.id, b.kind])).toEqual([
      ['basic-test-driven-development', 'excluded'],
    ]);
  });

  it('finds the previous and next skill in the same skill set', () => {
    const { previous, next } = index.previousAndNext(index.skill('spike-solutions'));
    expect([previous?.id, next?.id]).toEqual(['basic-test-driven-development', 'method-and-variable-refactoring']);
    expect(index.previousAndNext(index.skill('self-starter'))).toEqual({ previous: undefined, next: undefined });
  });

  it('resolves link targets, keeping unresolved names as text', () => {
    expect(index.resolve({ unresolved: 'Intermediate facilitation' })).toEqual({
      kind: 'unresolved',
      name: 'Intermediate facilitation',
    });
    expect(index.resolve({ skillSet: 'basic-leadership' })).toMatchObject({
      kind: 'skillSet',
      skillSet: { id: 'basic-leadership' },
    });
  });

  it('counts the skills of a level and sorts all skills A–Z', () => {
    expect(index.skillCount(index.level('software-engineers'))).toBe(4);
    expect(ids(index.skillsAlphabetically)[0]).toBe('active-participation');
  });
});
