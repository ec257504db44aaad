import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { parsePlanFile, planFromFragment } from '../../src/lib/plan/plan-file.ts';
import { planTexts } from '../../src/lib/plan/plan-ladder.ts';
import { filledLadder } from './filled-ladder.ts';
import { migratePlan } from '../../src/lib/plan/plan-migrate.ts';
import { setNotes } from '../../src/lib/plan/plan-state.ts';
import { hasSharedPlan, shareFragment } from '../../src/lib/plan/plan-share.ts';
import type { Plan } from '../../src/lib/plan/plan-schema.ts';
import { readContent } from '../helpers/read-content.ts';

const index = buildLadderIndex(readContent('test/fixtures/plan'));
const texts = planTexts(index);
const ladder = filledLadder(index, { id: '', release: '2025-second' });
const planned = (() => {
  const reading = parsePlanFile(readFileSync('test/fixtures/plan-files/engineer-to-senior.json', 'utf8'));
  if ('problems' in reading) throw new Error(reading.problems.join('\n'));
  return reading.plan;
})();
// A plan as the page holds it: brought up to the ladder when opened, with notes of the reader's own.
const plan = setNotes(migratePlan(planned, ladder, texts).plan, 'mentoring', 'Ask for a mentee.', '2025-10-01');

// The page fetches the texts a plan needs once it knows the plan: here, the fixture's, noting what was asked for.
let asked: string[][] = [];
const textsFor = async (ids: string[]) => {
  asked.push(ids);
  return texts;
};
const opened = async (hash: string): Promise<Plan> => {
  const reading = await planFromFragment(hash, textsFor);
  if ('problems' in reading) throw new Error(reading.problems.join('\n'));
  return reading.plan;
};

describe('a plan in a share link', () => {
  it('travels after the # only, deflated, and opens as the same plan', async () => {
    const hash = await shareFragment(plan, { notes: true });
    expect(hash).toMatch(/^#plan=z[A-Za-z0-9_-]+$/);
    expect(hasSharedPlan(hash)).toBe(true);
    expect(await opened(hash)).toEqual(plan);
  });

  it('leaves the texts out of the link and puts the ladder’s back, keeping a retired skill’s own', async () => {
    const plain = await shareFragment(plan, { notes: true, compress: false });
    const carried = JSON.parse(Buffer.from(plain.slice('#plan=j'.length), 'base64url').toString('utf8')) as Plan;
    expect(Object.values(carried.skills).map((skill) => skill.text)).toEqual(['', '', '']);
    expect(carried.retired['review-depth'].text).toBe(planned.skills['review-depth'].text);
    asked = [];
    const reopened = await opened(await shareFragment(plan, { notes: true }));
    expect(reopened.skills['simple-design'].text).toBe(texts['simple-design']);
    expect(asked).toEqual([['simple-design', 'written-proposals', 'mentoring']]);
  });

  it('without notes carries standings only: no evidence, no retired skills', async () => {
    const shared = await opened(await shareFragment(plan, { notes: false }));
    expect(Object.values(shared.skills).map((skill) => [skill.standing, skill.notes, skill.evidence])).toEqual([
      ['growing', '', []],
      ['evidence-recorded', '', []],
      ['not-yet', '', []],
    ]);
    expect(shared.retired).toEqual({});
    expect(JSON.stringify(shared)).not.toMatch(/importer|mentee/);
  });

  it('has a plain form for browsers without compression, read the same way', async () => {
    const hash = await shareFragment(plan, { notes: true, compress: false });
    expect(hash).toMatch(/^#plan=j/);
    expect(await opened(hash)).toEqual(plan);
  });

  it('says what is wrong with a link cut short, a link with no plan, or a plan that fails the file’s checks', async () => {
    const hash = await shareFragment(plan, { notes: true });
    const damaged = 'This plan link is damaged (perhaps cut short when it was copied): ask for the link again.';
    expect(await planFromFragment(hash.slice(0, 60), textsFor)).toEqual({ problems: [damaged] });
    expect(await planFromFragment('#plan=x123', textsFor)).toEqual({ problems: [damaged] });
    expect(await planFromFragment('#section-2', textsFor)).toEqual({ problems: ['This link carries no plan.'] });
    const future = await shareFragment({ ...plan, version: 2 } as unknown as Plan, { notes: true });
    expect(await planFromFragment(future, textsFor)).toEqual({
      problems: ['This plan was made by a newer Rungs (version 2); this site reads version 1.'],
    });
  });
});
