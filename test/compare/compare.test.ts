import { describe, expect, it } from 'vitest';
import {
  compareLevels,
  comparableLevels,
  comparisonPairs,
  comparisonSummary,
  countRequirements,
  previousRung,
  whatsNew,
} from '../../src/lib/compare/compare.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { readContent } from '../helpers/read-content.ts';

const fixture = buildLadderIndex(readContent('test/fixtures/ladder'));
const published = buildLadderIndex(readContent('content'));
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);
const levelIds = (requirements: { level: { id: string } }[]) => requirements.map((r) => r.level.id);

describe('which levels compare', () => {
  it('pairs every two rungs, across the tracks too', () => {
    expect(comparisonPairs(fixture).map(([from, to]) => `${from.id} → ${to.id}`)).toEqual([
      'all-engineers → software-engineers',
      'all-engineers → associate-manager',
      'software-engineers → all-engineers',
      'software-engineers → associate-manager',
      'associate-manager → all-engineers',
      'associate-manager → software-engineers',
    ]);
  });

  it('leaves out levels beside the rungs, and lists a level’s own track before the other', () => {
    expect(comparableLevels(fixture, fixture.level('specialties'))).toEqual([]);
    expect(ids(comparableLevels(published, published.level('manager')))).toEqual([
      'associate-manager',
      'senior-manager',
      'all-engineers',
      'software-engineers',
      'senior-software-engineers',
      'technical-leads',
      'staff-engineers',
      'principal-engineers',
    ]);
  });

  it('makes 72 ordered pairs of the published ladder: 6 engineering rungs and 3 management ones, each with the 8 others', () => {
    expect(comparisonPairs(published)).toHaveLength(9 * 8);
  });

  it('finds the rung below a level, across to the baseline for the first management rung', () => {
    expect(previousRung(published, published.level('technical-leads'))?.id).toBe('senior-software-engineers');
    expect(previousRung(published, published.level('associate-manager'))?.id).toBe('all-engineers');
    expect(previousRung(published, published.level('all-engineers'))).toBeUndefined();
  });

  it('says what a rung adds to the rung below: none below the first, no section beside the rungs', () => {
    const at = (id: string) => whatsNew(fixture, fixture.level(id));
    const { below } = at('software-engineers')!;
    expect([below?.level.id, ids(below?.addedSkillSets ?? []), ids(below?.carriedFrom ?? [])]).toEqual([
      'all-engineers',
      ['basic-leadership', 'basic-implementation'],
      ['all-engineers'],
    ]);
    expect(below?.added.skillSets).toBe(2);
    expect(at('all-engineers')).toEqual({});
    expect(at('specialties')).toBeUndefined();
  });
});

describe('comparing two levels', () => {
  it('going up, adds the skill sets of every rung passed and carries everything over', () => {
    const comparison = compareLevels(
      published,
      published.level('software-engineers'),
      published.level('technical-leads'),
    );
    expect(comparison.direction).toBe('up');
    expect(levelIds(comparison.added)).toEqual(['senior-software-engineers', 'technical-leads']);
    expect(comparison.dropped).toEqual([]);
    expect(levelIds(comparison.shared)).toEqual(['all-engineers', 'software-engineers']);
    expect(countRequirements(comparison.added)).toEqual({ skillSets: 10, skills: 60 });
    expect(countRequirements(comparison.shared)).toEqual({ skillSets: 8, skills: 65 });
  });

  it('lists added skill sets in ladder order, each with its skills in order', () => {
    const [seniors] = compareLevels(
      published,
      published.level('software-engineers'),
      published.level('senior-software-engineers'),
    ).added;
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
    const comparison = compareLevels(
      published,
      published.level('staff-engineers'),
      published.level('software-engineers'),
    );
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

  it('across tracks, says what each requires that the other doesn’t, through inheritance, and what both require', () => {
    const comparison = compareLevels(
      published,
      published.level('senior-software-engineers'),
      published.level('manager'),
    );
    expect(comparison.direction).toBe('across');
    expect(levelIds(comparison.added)).toEqual(['associate-manager', 'manager']);
    expect(levelIds(comparison.dropped)).toEqual(['software-engineers', 'senior-software-engineers']);
    expect(levelIds(comparison.shared)).toEqual(['all-engineers']);
    expect(countRequirements(comparison.added)).toEqual({ skillSets: 8, skills: 52 });
    expect(comparisonSummary(comparison)).toBe(
      'Senior Software Engineers and Manager of Engineering are on different tracks: Manager of Engineering requires 8 skill sets (52 skills) that Senior Software Engineers doesn’t, ' +
        'Senior Software Engineers requires 12 skill sets (85 skills) that Manager of Engineering doesn’t, and both require 2 skill sets (19 skills).',
    );
  });

  it('across tracks the other way round swaps what each side requires', () => {
    const there = compareLevels(published, published.level('senior-software-engineers'), published.level('manager'));
    const back = compareLevels(published, published.level('manager'), published.level('senior-software-engineers'));
    expect(back.direction).toBe('across');
    expect(levelIds(back.added)).toEqual(levelIds(there.dropped));
    expect(levelIds(back.dropped)).toEqual(levelIds(there.added));
  });

  it('says up and down in one sentence each', () => {
    const up = compareLevels(
      published,
      published.level('software-engineers'),
      published.level('senior-software-engineers'),
    );
    expect(comparisonSummary(up)).toBe(
      'Senior Software Engineers requires 6 more skill sets (39 skills) than Software Engineers, and everything Software Engineers requires carries over.',
    );
    expect(comparisonSummary(compareLevels(published, up.to, up.from))).toBe(
      'Software Engineers requires 6 fewer skill sets (39 skills) than Senior Software Engineers; everything it requires is also required at Senior Software Engineers.',
    );
  });

  it('refuses a level beside the rungs, naming both', () => {
    expect(() => compareLevels(published, published.level('specialties'), published.level('manager'))).toThrow(
      `Levels "specialties" and "manager" can't be compared`,
    );
  });
});
