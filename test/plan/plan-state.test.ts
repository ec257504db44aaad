import { describe, expect, it } from 'vitest';
import { evidenceProblem } from '../../src/lib/plan/plan-format.ts';
import { evidenceSchema } from '../../src/lib/plan/plan-schema.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { planTexts } from '../../src/lib/plan/plan-ladder.ts';
import { filledLadder } from './filled-ladder.ts';
import { PlanError, requirementSet } from '../../src/lib/plan/requirements.ts';
import {
  addEvidence,
  copyPlan,
  evidenceCount,
  hasEvidence,
  newPlan,
  planFor,
  removeEvidence,
  removePlan,
  renamePlan,
  setNotes,
  setStanding,
  updateEvidence,
  upsertPlan,
  whatsLeft,
} from '../../src/lib/plan/plan-state.ts';
import { readContent } from '../helpers/read-content.ts';

const index = buildLadderIndex(readContent('test/fixtures/plan'));
const ladder = filledLadder(index, { id: '', release: '2025-second' });
const texts = planTexts(index);
const set = requirementSet(ladder, 'engineer', 'senior-engineer');
const fresh = newPlan({ ladder, set, texts, today: '2025-10-01', existing: [] });

describe('a new plan', () => {
  it('lists every required skill, not yet started, with its title and text as they are now', () => {
    expect(fresh).toMatchObject({
      format: 'rungs-plan',
      version: 1,
      id: 'engineer-to-senior-engineer',
      name: 'Engineer to Senior Engineer',
      ladder: '',
      release: '2025-second',
      created: '2025-10-01',
      updated: '2025-10-01',
      retired: {},
    });
    expect(Object.keys(fresh.skills)).toEqual(['simple-design', 'written-proposals', 'mentoring']);
    expect(fresh.skills.mentoring).toEqual({
      title: 'Mentoring',
      text: 'You help a less experienced engineer grow, with regular time set aside for them.',
      standing: 'not-yet',
      notes: '',
      evidence: [],
    });
  });

  it('gets a numbered id beside another plan of the same pair, and another ladder’s id in front', () => {
    expect(newPlan({ ladder, set, texts, today: '2025-10-01', existing: [fresh] }).id).toBe(
      'engineer-to-senior-engineer-2',
    );
    const other = { ...ladder, id: 'staff-plus' };
    expect(newPlan({ ladder: other, set, texts, today: '2025-10-01', existing: [] }).id).toBe(
      'staff-plus-engineer-to-senior-engineer',
    );
  });

  it('saves a copy of a shared plan beside the reader’s own, never over it', () => {
    const copy = copyPlan([fresh], fresh, '2025-10-09');
    expect([copy.id, copy.name, copy.updated, copy.created]).toEqual([
      'engineer-to-senior-engineer-2',
      'Engineer to Senior Engineer (copy)',
      '2025-10-09',
      '2025-10-01',
    ]);
    expect(copy.skills).toEqual(fresh.skills);
    expect(upsertPlan([fresh], copy)).toEqual([fresh, copy]);
  });

  it('is found again for its pair, replaced in place, and removed', () => {
    const plans = upsertPlan([], fresh);
    expect(planFor(plans, '', 'engineer', 'senior-engineer')).toBe(fresh);
    expect(planFor(plans, 'staff-plus', 'engineer', 'senior-engineer')).toBeUndefined();
    const renamed = renamePlan(fresh, '  My next step ', '2025-10-02');
    expect(upsertPlan(plans, renamed)).toEqual([renamed]);
    expect(renamed.name).toBe('My next step');
    expect(removePlan([renamed], renamed.id)).toEqual([]);
    expect(() => renamePlan(fresh, ' ', '2025-10-02')).toThrow(new PlanError('A plan needs a name.'));
  });
});

describe('evidence and standing', () => {
  const withEvidence = addEvidence(
    fresh,
    'mentoring',
    { date: '2025-10-03', note: '  Weekly pairing with our new starter.  ', link: '' },
    '2025-10-03',
  );

  it('keeps each entry with its date, blank fields dropped, and counts the skills with evidence per group', () => {
    expect(withEvidence.skills.mentoring.evidence).toEqual([
      { date: '2025-10-03', note: 'Weekly pairing with our new starter.' },
    ]);
    expect(withEvidence.updated).toBe('2025-10-03');
    expect(hasEvidence(withEvidence, 'mentoring')).toBe(true);
    expect(set.required.map((group) => evidenceCount(group, withEvidence))).toEqual([
      { withEvidence: 0, skills: 2 },
      { withEvidence: 1, skills: 1 },
    ]);
    expect(whatsLeft(set.required, withEvidence).map((group) => group.skills.map((skill) => skill.id))).toEqual([
      ['simple-design', 'written-proposals'],
    ]);
  });

  it('keeps free-text notes as typed, and counts a skill with notes as one with evidence', () => {
    const noted = setNotes(fresh, 'simple-design', 'Cut the plugin layer.\n\nNext: the queue.', '2025-10-04');
    expect(noted.skills['simple-design'].notes).toBe('Cut the plugin layer.\n\nNext: the queue.');
    expect(hasEvidence(noted, 'simple-design')).toBe(true);
    expect(hasEvidence(setNotes(fresh, 'simple-design', '  \n ', '2025-10-04'), 'simple-design')).toBe(false);
    expect(evidenceCount(set.required[0], noted)).toEqual({ withEvidence: 1, skills: 2 });
  });

  it('edits and removes an entry, and records a standing in words', () => {
    const edited = updateEvidence(
      withEvidence,
      'mentoring',
      0,
      { date: '2025-10-04', link: 'https://example.org/pairing' },
      '2025-10-04',
    );
    expect(edited.skills.mentoring.evidence).toEqual([{ date: '2025-10-04', link: 'https://example.org/pairing' }]);
    expect(removeEvidence(edited, 'mentoring', 0, '2025-10-05').skills.mentoring.evidence).toEqual([]);
    expect(setStanding(edited, 'mentoring', 'growing', '2025-10-05').skills.mentoring.standing).toBe('growing');
  });

  it('refuses an entry with nothing in it, a bad date, a javascript: link, or a skill the plan lacks', () => {
    expect(() => addEvidence(fresh, 'mentoring', { date: '2025-10-03', note: ' ' }, '2025-10-03')).toThrow(
      new PlanError('The evidence for “Mentoring”: must have a note, a link or both.'),
    );
    expect(() => addEvidence(fresh, 'mentoring', { date: '2025-13-01', note: 'x' }, '2025-10-03')).toThrow(
      new PlanError('The evidence for “Mentoring”: its date must be a date written YYYY-MM-DD.'),
    );
    expect(() =>
      addEvidence(fresh, 'simple-design', { date: '2025-10-03', link: 'javascript:alert(1)' }, '2025-10-03'),
    ).toThrow(/^The evidence for “Simple design”: its link is not a link the site publishes/);
    expect(() => addEvidence(fresh, 'unit-testing', { date: '2025-10-03', note: 'x' }, '2025-10-03')).toThrow(
      new PlanError('“Engineer to Senior Engineer” has no skill "unit-testing".'),
    );
  });

  // The page checks a typed entry without zod (plan-format.ts); the plan file's schema must agree with it.
  it.each([
    { date: '2025-10-03', note: 'Paired on the importer.' },
    { date: '2025-10-03', link: 'https://example.org/pairing' },
    { date: '2025-10-03', link: '/skills/mentoring/', note: 'Both.' },
    { date: '2025-02-30', note: 'A day that never was.' },
    { date: '2025-10-03', link: 'javascript:alert(1)' },
    { date: '2025-10-03', link: '//example.org/no-scheme' },
    { date: '2025-10-03' },
  ])('refuses the entry %o exactly when the plan file’s schema does', (entry) => {
    expect(evidenceProblem(entry) === undefined).toBe(evidenceSchema.safeParse(entry).success);
  });
});
