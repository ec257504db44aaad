import { describe, expect, it } from 'vitest';
import { compareLevels, comparableLevels, comparisonPairs, countRequirements, previousRung } from '../src/lib/compare.ts';
import { buildLadderIndex } from '../src/lib/ladder-index.ts';
import { readContent } from './helpers/read-content.ts';

const fixture = buildLadderIndex(readContent('test/fixtures/ladder'));
const published = buildLadderIndex(readContent('content'));
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);
const levelIds = (requirements: { level: { id: string } }[]) => requirements.map((r) => r.level.id);

describe('which levels compare', () => {
  it('pairs the rungs of one track, and the baseline with the rungs of both tracks', () => {
    expect(comparisonPairs(fixture).map(([from, to]) => `${from.id} → ${to.id}`)).toEqual([
      'all-engineers → software-engineers',
      'all-engineers → associate-manager',
      'software-engineers → all-engineers',
      'associate-manager → all-engineers',
    ]);
  });

  it('leaves out levels beside the rungs and never pairs the two tracks', () => {
    expect(comparableLevels(fixture, fixture.level('specialties'))).toEqual([]);
    expect(ids(comparableLevels(fixture, fixture.level('software-engineers')))).toEqual(['all-engineers']);
    expect(ids(comparableLevels(published, published.level('manager')))).toEqual(['all-engineers', 'associate-manager', 'senior-manager']);
  });

  it('makes 42 ordered pairs of the published ladder: 6 engineering rungs and 4 management ones, the baseline in both', () => {
    expect(comparisonPairs(published)).toHaveLength(6 * 5 + 4 * 3);
  });

  it('finds the rung below a level, across to the baseline for the first management rung', () => {
    expect(previousRung(published, published.level('technical-leads'))?.id).toBe('senior-software-engineers');
    expect(previousRung(published, published.level('associate-manager'))?.id).toBe('all-engineers');
    expect(previousRung(published, published.level('all-engineers'))).toBeUndefined();
  });
});

describe('comparing two levels', () => {
  it('going up, adds the skill sets of every rung passed and carries everything over', () => {
    const comparison = compareLevels(published, published.level('software-engineers'), published.level('technical-leads'));
    expect(comparison.direction).toBe('up');
    expect(levelIds(comparison.added)).toEqual(['senior-software-engineers', 'technical-leads']);
    expect(comparison.dropped).toEqual([]);
    expect(levelIds(comparison.shared)).toEqual(['all-engineers', 'software-engineers']);
    expect(countRequirements(comparison.added)).toEqual({ skillSets: 10, skills: 60 });
    expect(countRequirements(comparison.shared)).toEqual({ skillSets: 8, skills: 65 });
  });

  it('lists added skill sets in ladder order, each with its skills in order', () => {
    const [seniors] = compareLevels(published, published.level('software-engineers'), published.level('senior-software-engineers')).added;
    expect(seniors.skillSets.map((s) => s.skillSet.data.title)).toEqual([
      'Advanced Communication',
      'Advanced Leadership',
      'Advanced Product',
      'Advanced Implementation',
      'Advanced Design',
      'Advanced Operations',
    ]);
    expect(seniors.skillSets[1].skills.map((skill) => skill.data.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('going down, says what the lower level no longer requires', () => {
    const comparison = compareLevels(published, published.level('staff-engineers'), published.level('software-engineers'));
    expect(comparison.direction).toBe('down');
    expect(comparison.added).toEqual([]);
    expect(levelIds(comparison.dropped)).toEqual(['senior-software-engineers', 'technical-leads', 'staff-engineers']);
  });

  it('compares the baseline with a management rung', () => {
    const comparison = compareLevels(fixture, fixture.level('all-engineers'), fixture.level('associate-manager'));
    expect(comparison.direction).toBe('up');
    expect(levelIds(comparison.added)).toEqual(['associate-manager']);
    expect(ids(comparison.added[0].skillSets[0].skills)).toEqual(['self-starter']);
    expect(levelIds(comparison.shared)).toEqual(['all-engineers']);
  });

  it('refuses levels of different tracks, naming both', () => {
    expect(() => compareLevels(published, published.level('software-engineers'), published.level('manager'))).toThrow(
      `Levels "software-engineers" and "manager" can't be compared`,
    );
  });
});
