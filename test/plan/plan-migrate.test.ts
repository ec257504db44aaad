import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { diffAsText } from '../../src/lib/releases/word-diff.ts';
import { textFingerprint } from '../../src/lib/plan/fingerprint.ts';
import { parsePlanFile } from '../../src/lib/plan/plan-file.ts';
import { planTexts } from '../../src/lib/plan/plan-ladder.ts';
import { filledLadder } from './filled-ladder.ts';
import { isEmptyReport, migratePlan, textsNeeded } from '../../src/lib/plan/plan-migrate.ts';
import { addEvidence, newPlan, planIsCurrent } from '../../src/lib/plan/plan-state.ts';
import { levelsOf, PlanError, requirementSet } from '../../src/lib/plan/requirements.ts';
import type { Plan } from '../../src/lib/plan/plan-schema.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

// Two releases of the fixture ladder. From "2025-first" to "2025-second": Design documents was renamed Written
// proposals (design-docs kept as an alias), Simple design was reworded, Review depth was removed, Mentoring (a new
// skill set, Growing Others) became required at Senior Engineer, and Small commits was renamed Incremental delivery.
const read = readLadderFolders('test/fixtures/plan');
const release = (id: string) => read.releases.find((r) => r.info.id === id)!;
const first = buildLadderIndex(release('2025-first').content);
const second = buildLadderIndex(release('2025-second').content);
const then = filledLadder(first, { id: '', release: '2025-first' });
const now = filledLadder(second, { id: '', release: '2025-second' });

const planned = (() => {
  const reading = parsePlanFile(readFileSync('test/fixtures/plan-files/engineer-to-senior.json', 'utf8'));
  if ('problems' in reading) throw new Error(reading.problems.join('\n'));
  return reading.plan;
})();

describe('a plan made against an older release', () => {
  it('reads both releases of the fixture without problems', () => {
    expect(read.errors).toEqual([]);
    expect(read.releases.map((r) => r.info.id)).toEqual(['2025-second', '2025-first']);
  });

  it('needs the current text only of the skills reworded or newly required', () => {
    expect(textsNeeded(planned, now)).toEqual(['simple-design', 'mentoring']);
    expect(textsNeeded(planned, then)).toEqual([]);
  });

  const { plan, report } = migratePlan(planned, now, planTexts(second));

  it('follows a renamed skill to its new id and title, its evidence with it', () => {
    expect(report.renamed).toEqual([
      { from: 'design-docs', to: 'written-proposals', title: 'Written proposals', fromTitle: 'Design documents' },
    ]);
    expect(plan.skills['written-proposals']).toEqual({
      ...planned.skills['design-docs'],
      title: 'Written proposals',
    });
    expect(plan.skills['design-docs']).toBeUndefined();
  });

  it('flags a reworded skill with the word diff of its text, and keeps its evidence and standing', () => {
    expect(report.reworded.map((r) => [r.id, r.retitledFrom, diffAsText(r.diff)])).toEqual([
      [
        'simple-design',
        undefined,
        "You choose the simplest design that meets today's needs, and you explain [-it-]{+the trade-off+} to your team. {+You remove what is no longer used.+}",
      ],
    ]);
    expect(plan.skills['simple-design'].text).toBe(planTexts(second)['simple-design']);
    expect(plan.skills['simple-design'].evidence).toEqual(planned.skills['simple-design'].evidence);
    expect(plan.skills['simple-design'].standing).toBe('growing');
  });

  it('keeps a removed skill’s evidence under “no longer in the ladder”', () => {
    expect(report.removed).toEqual([{ id: 'review-depth', title: 'Review depth', reason: 'not-in-ladder' }]);
    expect(plan.retired['review-depth']).toEqual({ ...planned.skills['review-depth'], reason: 'not-in-ladder' });
  });

  it('adds a newly required skill, not yet started, and names the release it now stands on', () => {
    expect(report.added).toEqual([{ id: 'mentoring', title: 'Mentoring' }]);
    expect(plan.skills.mentoring).toMatchObject({ standing: 'not-yet', evidence: [], title: 'Mentoring' });
    expect(Object.keys(plan.skills)).toEqual(['simple-design', 'written-proposals', 'mentoring']);
    expect([report.release, plan.release, plan.updated]).toEqual([
      { from: '2025-first', to: '2025-second' },
      '2025-second',
      planned.updated,
    ]);
  });

  it('takes a change of spacing or line breaks alone for no rewording, as the word diff does', () => {
    const text = planTexts(second)['simple-design'];
    expect(textFingerprint(`  ${text.replace(/ /g, '\n')}\n`)).toBe(now.skills['simple-design'].fingerprint);
    expect(textFingerprint(text.replace('trade-off', 'tradeoff'))).not.toBe(now.skills['simple-design'].fingerprint);
  });

  it('tells the page when a plan is current, so it loads the migration only when it isn’t', () => {
    expect(planIsCurrent(planned, now)).toBe(false);
    expect(planIsCurrent(planned, then)).toBe(true);
    expect(planIsCurrent(plan, now)).toBe(true);
    expect(planIsCurrent({ ...plan, release: '2025-first' }, now)).toBe(false);
    const reworded = { ...plan.skills['simple-design'], text: planned.skills['simple-design'].text };
    expect(planIsCurrent({ ...plan, skills: { ...plan.skills, 'simple-design': reworded } }, now)).toBe(false);
    const { mentoring: _dropped, ...withoutNew } = plan.skills;
    expect(planIsCurrent({ ...plan, skills: withoutNew }, now)).toBe(false);
  });

  it('changes nothing more once migrated, and nothing for a plan made against the ladder as it is', () => {
    const again = migratePlan(plan, now, {});
    expect(isEmptyReport(again.report)).toBe(true);
    expect(again.plan).toEqual(plan);
    expect(isEmptyReport(migratePlan(planned, then, {}).report)).toBe(true);
  });

  it('follows a renamed skill the plan carries from further down, made with the plan state of the older release', () => {
    const set = requirementSet(then, 'foundations', 'senior-engineer');
    let old: Plan = newPlan({ ladder: then, set, texts: planTexts(first), today: '2025-04-01', existing: [] });
    old = addEvidence(
      old,
      'small-commits',
      { date: '2025-04-03', note: 'Split the migration into nine steps.' },
      '2025-04-03',
    );
    const migrated = migratePlan(old, now, planTexts(second));
    expect(migrated.report.renamed.map((r) => `${r.from} → ${r.to}`)).toEqual([
      'small-commits → incremental-delivery',
      'design-docs → written-proposals',
    ]);
    expect(migrated.plan.skills['incremental-delivery'].evidence).toEqual([
      { date: '2025-04-03', note: 'Split the migration into nine steps.' },
    ]);
  });

  it('brings back a retired skill, evidence and all, when the target requires it again', () => {
    const back = migratePlan(plan, then, planTexts(first));
    expect(back.report.restored).toEqual([{ id: 'review-depth', title: 'Review depth' }]);
    expect(back.plan.skills['review-depth']).toEqual(planned.skills['review-depth']);
    expect(back.plan.retired['review-depth']).toBeUndefined();
    expect(back.report.removed.map((r) => r.id)).toEqual(['written-proposals', 'mentoring']);
  });

  it('joins the notes and evidence of two skills merged into one', () => {
    const merged = migratePlan(
      {
        ...planned,
        skills: {
          ...planned.skills,
          'written-proposals': { ...planned.skills['design-docs'], notes: 'Newer notes.', evidence: [] },
          'design-docs': { ...planned.skills['design-docs'], notes: 'Older notes.' },
        },
      },
      now,
      planTexts(second),
    );
    expect(merged.plan.skills['written-proposals']).toMatchObject({
      notes: 'Older notes.\n\nNewer notes.',
      evidence: planned.skills['design-docs'].evidence,
    });
  });

  it('keeps a skill the target no longer requires with its reason, and refuses without a text it needs', () => {
    const extra: Plan = {
      ...planned,
      skills: {
        ...planned.skills,
        'unit-testing': { title: 'Unit testing', text: 'x', standing: 'growing', notes: 'Mine.', evidence: [] },
      },
    };
    expect(migratePlan(extra, now, planTexts(second)).report.removed).toContainEqual({
      id: 'unit-testing',
      title: 'Unit testing',
      reason: 'not-required',
    });
    expect(() => migratePlan(planned, now, {})).toThrow(
      new PlanError('The current text of "simple-design" is needed to bring this plan up to date.'),
    );
  });

  it('follows a renamed level to its new id', () => {
    // The second release with Senior Engineer's id shortened to "senior", the old id kept as its alias.
    const renamedLevel = (id: string) => (id === 'senior-engineer' ? 'senior' : id);
    const content = release('2025-second').content;
    const renamed = buildLadderIndex({
      ...content,
      levels: content.levels.map((level) =>
        level.id === 'senior-engineer'
          ? { ...level, id: 'senior', data: { ...level.data, aliases: ['senior-engineer'] } }
          : level,
      ),
      skillSets: content.skillSets.map((s) => ({ ...s, data: { ...s.data, level: renamedLevel(s.data.level) } })),
      skills: content.skills.map((s) => ({ ...s, data: { ...s.data, level: renamedLevel(s.data.level) } })),
    });
    const later = filledLadder(renamed, { id: '', release: '2025-second' });
    expect(levelsOf(later, 'engineer', 'senior-engineer')).toEqual(['senior']);
    const moved = migratePlan(plan, later, {});
    expect(moved.report.levels).toEqual([{ from: 'senior-engineer', to: 'senior' }]);
    expect([moved.plan.from, moved.plan.to, Object.keys(moved.plan.skills)]).toEqual([
      'engineer',
      'senior',
      Object.keys(plan.skills),
    ]);
    expect(planIsCurrent(moved.plan, later)).toBe(true);
  });

  it('says so when a level of the plan is no longer in the ladder', () => {
    expect(() => migratePlan({ ...planned, to: 'principal-engineer' }, now, {})).toThrow(
      'This plan’s target level "principal-engineer" is no longer in Fixture Growth Ladder: start a new plan; this one can still be exported.',
    );
  });
});
