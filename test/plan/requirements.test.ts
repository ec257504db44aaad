import { describe, expect, it } from 'vitest';
import { compareLevels, comparisonPairs } from '../../src/lib/compare/compare.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';
import { planLadder, planLevelSkills, planTexts } from '../../src/lib/plan/plan-ladder.ts';
import { filledLadder } from './filled-ladder.ts';
import {
  fingerprintOf,
  levelsOf,
  PlanError,
  plannableLevels,
  requirementSet,
  skillIdsOf,
  skillInfo,
  withLevelSkills,
  type RequirementGroup,
} from '../../src/lib/plan/requirements.ts';
import { textFingerprint } from '../../src/lib/plan/fingerprint.ts';
import { readContent } from '../helpers/read-content.ts';

// The fixture: Foundations (the baseline), Engineer, Senior Engineer and Staff Engineer on the engineering track,
// Team Lead on the management track, and Specialties beside the rungs.
const content = readContent('test/fixtures/plan');
const index = buildLadderIndex(content);
const embedded = planLadder(index, { id: '', release: '2025-second' });
const ladder = filledLadder(index, { id: '', release: '2025-second' });

const groups = (list: RequirementGroup[]) =>
  list.map((group) => `${group.title}: ${group.skills.map((skill) => skill.id).join(', ')}`);

// What each rung requires, written out by hand from the fixture (the level itself, the rungs below it in its track,
// and the baseline), so that the model's answer for every pair is checked against something it didn't compute.
const requiredLevels: Record<string, string[]> = {
  foundations: ['foundations'],
  engineer: ['foundations', 'engineer'],
  'senior-engineer': ['foundations', 'engineer', 'senior-engineer'],
  'staff-engineer': ['foundations', 'engineer', 'senior-engineer', 'staff-engineer'],
  'team-lead': ['foundations', 'team-lead'],
};
const skillsAt = (levels: string[]) =>
  content.skills
    .filter((skill) => levels.includes(skill.data.level))
    .map((skill) => skill.id)
    .sort();

describe('the requirement set of a plan', () => {
  it('offers every rung of both tracks, and not the level beside the rungs', () => {
    expect(plannableLevels(ladder).map((level) => level.id)).toEqual([
      'foundations',
      'engineer',
      'senior-engineer',
      'staff-engineer',
      'team-lead',
    ]);
  });

  const rungs = Object.keys(requiredLevels);
  const everyPair = rungs.flatMap((from) => rungs.map((to) => [from, to] as const));

  it.each(everyPair)('from %s to %s: what the target requires and the current level doesn’t', (from, to) => {
    const set = requirementSet(ladder, from, to);
    const needed = requiredLevels[to].filter((level) => !requiredLevels[from].includes(level));
    const both = requiredLevels[to].filter((level) => requiredLevels[from].includes(level));
    expect(skillIdsOf(set.required).sort()).toEqual(skillsAt(needed));
    expect(skillIdsOf(set.carried).sort()).toEqual(skillsAt(both));
    const direction =
      from === to
        ? 'same'
        : requiredLevels[to].includes(from)
          ? 'up'
          : requiredLevels[from].includes(to)
            ? 'down'
            : 'across';
    expect(set.direction).toBe(direction);
    for (const group of [...set.required, ...set.carried]) {
      expect(group.kind).toBe('skillSet');
      expect(group.skills.every((skill) => skill.skillSet === group.id && skill.level === group.level?.id)).toBe(true);
    }
  });

  it('one rung up: the skill sets of the rung above, in order, with everything below carried over', () => {
    const set = requirementSet(ladder, 'engineer', 'senior-engineer');
    expect(groups(set.required)).toEqual(['Design: simple-design, written-proposals', 'Growing Others: mentoring']);
    expect(groups(set.carried)).toEqual([
      'Working Together: clear-writing, asking-for-help',
      'Building: unit-testing, incremental-delivery',
      'Team Work: code-review',
    ]);
    expect(set.required[0].level).toEqual({ id: 'senior-engineer', title: 'Senior Engineer' });
  });

  it('embeds titles only, and puts in a level’s summaries and fingerprints from its file', () => {
    const [bare] = requirementSet(embedded, 'engineer', 'senior-engineer').required[0].skills;
    expect(bare).toEqual({ id: 'simple-design', level: 'senior-engineer', skillSet: 'design', title: 'Simple design' });
    expect(levelsOf(embedded, 'engineer', 'senior-engineer')).toEqual(['senior-engineer']);
    expect(levelsOf(embedded, 'team-lead', 'senior-engineer')).toEqual(['engineer', 'senior-engineer']);
    expect(levelsOf(embedded, 'senior-engineer', 'engineer')).toEqual([]);
    const file = planLevelSkills(index, 'senior-engineer');
    expect(Object.keys(file)).toEqual(['simple-design', 'written-proposals', 'mentoring']);
    const [simpleDesign] = requirementSet(withLevelSkills(embedded, file), 'engineer', 'senior-engineer').required[0]
      .skills;
    expect(simpleDesign).toEqual({
      ...bare,
      summary: "You choose the simplest design that meets today's needs, and you explain the trade-off to your team.",
      fingerprint: textFingerprint(planTexts(index)['simple-design']),
    });
    expect(() => fingerprintOf(embedded, 'simple-design')).toThrow(
      'The fingerprint of "simple-design" isn’t loaded: put in its level’s skills (levelsOf, withLevelSkills) first.',
    );
  });

  it('finds a skill with where it sits, for the texts file of its level', () => {
    expect(skillInfo(ladder, 'mentoring')).toMatchObject({
      id: 'mentoring',
      level: 'senior-engineer',
      skillSet: 'growing-others',
    });
    expect(skillInfo(ladder, 'design-docs')).toBeUndefined();
  });

  it('from the baseline to the top of the engineering track: every rung passed', () => {
    expect(groups(requirementSet(ladder, 'foundations', 'staff-engineer').required)).toEqual([
      'Building: unit-testing, incremental-delivery',
      'Team Work: code-review',
      'Design: simple-design, written-proposals',
      'Growing Others: mentoring',
      'Direction: technical-strategy',
    ]);
  });

  it('across tracks: a team lead moving to senior engineer needs the engineering rungs, keeps the baseline', () => {
    const set = requirementSet(ladder, 'team-lead', 'senior-engineer');
    expect(set.direction).toBe('across');
    expect(groups(set.required)).toEqual([
      'Building: unit-testing, incremental-delivery',
      'Team Work: code-review',
      'Design: simple-design, written-proposals',
      'Growing Others: mentoring',
    ]);
    expect(groups(set.carried)).toEqual(['Working Together: clear-writing, asking-for-help']);
  });

  it('a lower target requires nothing new, and the same level carries everything over', () => {
    const down = requirementSet(ladder, 'staff-engineer', 'engineer');
    expect([down.direction, down.required]).toEqual(['down', []]);
    expect(skillIdsOf(down.carried)).toHaveLength(5);
    const same = requirementSet(ladder, 'engineer', 'engineer');
    expect([same.direction, same.required]).toEqual(['same', []]);
    expect(groups(same.carried)).toEqual([
      'Working Together: clear-writing, asking-for-help',
      'Building: unit-testing, incremental-delivery',
      'Team Work: code-review',
    ]);
  });

  it('refuses a level beside the rungs and a level the ladder doesn’t have, saying what to choose', () => {
    expect(() => requirementSet(ladder, 'specialties', 'engineer')).toThrow(
      new PlanError(
        'Specialties stands beside the rungs, so a plan can’t start there: choose one of "foundations", "engineer", "senior-engineer", "staff-engineer", "team-lead".',
      ),
    );
    expect(() => requirementSet(ladder, 'engineer', 'principal')).toThrow(
      /^The target level "principal" is not a level of Fixture Growth Ladder: choose one of "foundations"/,
    );
  });
});

describe('the shipped ladder’s plans', () => {
  const published = buildLadderIndex(readContent('content'));
  const shipped = planLadder(published, { id: '', release: null });

  it('require, for every pair of rungs, exactly what the comparison page says the target adds', () => {
    const pairs = comparisonPairs(published);
    expect(pairs).toHaveLength(72);
    for (const [from, to] of pairs) {
      const comparison = compareLevels(published, from, to);
      const skillsOf = (requirements: typeof comparison.added) =>
        requirements.flatMap((r) => r.skillSets.flatMap((s) => s.skills.map((skill) => skill.id)));
      const set = requirementSet(shipped, from.id, to.id);
      expect([from.id, to.id, skillIdsOf(set.required)]).toEqual([from.id, to.id, skillsOf(comparison.added)]);
      expect(skillIdsOf(set.carried)).toEqual(skillsOf(comparison.shared));
    }
  });
});

describe('a matrix ladder’s plan', () => {
  // The same fixture as a matrix ladder would publish it: each cell a skill naming its competency.
  const competencyOf: Record<string, string> = {
    'unit-testing': 'quality',
    'simple-design': 'quality',
    'technical-strategy': 'quality',
    'code-review': 'collaboration',
    'written-proposals': 'collaboration',
  };
  const matrix: LadderContent = {
    ...content,
    skills: content.skills.map((skill) =>
      competencyOf[skill.id] ? { ...skill, data: { ...skill.data, competency: competencyOf[skill.id] } } : skill,
    ),
  };
  const matrixLadder = planLadder(buildLadderIndex(matrix), {
    id: 'matrix',
    release: null,
    competencies: [
      { id: 'quality', title: 'Quality' },
      { id: 'collaboration', title: 'Collaboration' },
    ],
  });

  it('groups the cells by competency across levels, and other skills by skill set', () => {
    const set = requirementSet(matrixLadder, 'foundations', 'staff-engineer');
    expect(
      set.required.map((group) => `${group.kind} ${group.title}: ${group.skills.map((s) => s.id).join(', ')}`),
    ).toEqual([
      'competency Quality: unit-testing, simple-design, technical-strategy',
      'skillSet Building: incremental-delivery',
      'competency Collaboration: code-review, written-proposals',
      'skillSet Growing Others: mentoring',
    ]);
    expect(set.required[0].level).toBeUndefined();
  });
});
