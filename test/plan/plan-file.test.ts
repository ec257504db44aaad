import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJson } from '../../src/lib/plan/plan-export.ts';
import { parsePlanFile } from '../../src/lib/plan/plan-file.ts';
import { standingLabel, standings } from '../../src/lib/plan/plan-format.ts';
import type { Plan } from '../../src/lib/plan/plan-schema.ts';
import { parseStoredPlans, plansStorageKey, serializePlans } from '../../src/lib/plan/stored-plans.ts';

const file = (name: string) => readFileSync(`test/fixtures/plan-files/${name}`, 'utf8');
const problemsOf = (text: string) => {
  const reading = parsePlanFile(text);
  return 'problems' in reading ? reading.problems : [];
};
const planOf = (text: string): Plan => {
  const reading = parsePlanFile(text);
  if ('problems' in reading) throw new Error(reading.problems.join('\n'));
  return reading.plan;
};

describe('reading a plan file', () => {
  it('reads a valid plan, and writes it back to a file that reads as the same plan', () => {
    const plan = planOf(file('engineer-to-senior.json'));
    expect([plan.name, plan.release, plan.from, plan.to, Object.keys(plan.skills)]).toEqual([
      'Engineer to Senior Engineer',
      '2025-first',
      'engineer',
      'senior-engineer',
      ['simple-design', 'design-docs', 'review-depth'],
    ]);
    expect(plan.skills['simple-design'].evidence[1]).toEqual({
      date: '2025-05-02',
      note: "Explained the trade-off in the team's design review.",
      link: 'https://example.org/notes/design-review',
    });
    expect(planOf(planJson(plan))).toEqual(plan);
  });

  it('names the field of every bad evidence entry and standing, and refuses a javascript: link', () => {
    expect(problemsOf(file('bad-evidence.json'))).toEqual([
      'skills.simple-design.evidence[2].date: must be a date written YYYY-MM-DD',
      'skills.simple-design.evidence[3].link: is not a link the site publishes: use an https:, http: or mailto: address, a site-relative path such as "/skills/basic-sql/", or a "#section" ("javascript:alert(document.cookie)" was given)',
      'skills.simple-design.evidence[4]: must have a note, a link or both',
      'skills.design-docs.standing: must be one of "not-yet", "growing", "evidence-recorded"',
    ]);
  });

  it('names missing and malformed fields, a key that is not a skill id, and a field plans don’t have', () => {
    expect(problemsOf(file('missing-fields.json'))).toEqual([
      'from: is missing',
      'to: must be an id, a lowercase slug such as "basic-sql"',
      'created: must be a date written YYYY-MM-DD',
      'skills: "Review Depth" is not a skill id (a lowercase slug such as "basic-sql")',
      'The plan has a field a growth plan doesn’t have: "owner"',
    ]);
  });

  // One change to the valid plan each, and what the reader is told.
  const valid = JSON.parse(file('engineer-to-senior.json'));
  const changed = (change: (plan: typeof valid) => void) => {
    const plan = structuredClone(valid);
    change(plan);
    return problemsOf(JSON.stringify(plan));
  };
  it.each([
    ['a name of blanks', (p: typeof valid) => (p.name = '  '), 'name: must not be empty'],
    ['a number for a name', (p: typeof valid) => (p.name = 3), 'name: must be text'],
    [
      'a release that is no id',
      (p: typeof valid) => (p.release = 'First Edition'),
      'release: must be an id, a lowercase slug such as "basic-sql"',
    ],
    [
      'an updated date in another form',
      (p: typeof valid) => (p.updated = '20/06/2025'),
      'updated: must be a date written YYYY-MM-DD',
    ],
    [
      'a ladder that is no id',
      (p: typeof valid) => (p.ladder = 'Staff Plus'),
      'ladder: must be "" (the site’s own ladder) or a ladder id, a lowercase slug such as "basic-sql"',
    ],
    ['skills as a list', (p: typeof valid) => (p.skills = []), 'skills: must be an object keyed by skill id'],
    [
      'a skill that is text',
      (p: typeof valid) => (p.skills['simple-design'] = 'growing'),
      'skills.simple-design: must be an object with title, text, standing, notes, evidence',
    ],
    [
      'evidence that is no list',
      (p: typeof valid) => (p.skills['simple-design'].evidence = 'lots'),
      'skills.simple-design.evidence: must be a list of evidence entries',
    ],
    [
      'an empty note',
      (p: typeof valid) => (p.skills['simple-design'].evidence[0].note = ''),
      'skills.simple-design.evidence[0].note: must not be empty',
    ],
    [
      'a link that is a number',
      (p: typeof valid) => (p.skills['design-docs'].evidence[0].link = 42),
      'skills.design-docs.evidence[0].link: must be a link',
    ],
    [
      'notes that are a list',
      (p: typeof valid) => (p.skills['design-docs'].notes = ['a']),
      'skills.design-docs.notes: must be text',
    ],
    [
      'a retired skill without its reason',
      (p: typeof valid) => (p.retired['old-skill'] = { ...p.skills['design-docs'] }),
      'retired.old-skill.reason: is missing',
    ],
    [
      'a retired skill with another reason',
      (p: typeof valid) => (p.retired['old-skill'] = { ...p.skills['design-docs'], reason: 'forgotten' }),
      'retired.old-skill.reason: must be one of "not-in-ladder", "not-required"',
    ],
    ['a version of 0', (p: typeof valid) => (p.version = 0), 'version: must be 1'],
    ['a version in words', (p: typeof valid) => (p.version = 'one'), 'version: must be 1'],
  ])('names the field of %s', (_, change, message) => {
    expect(changed(change)).toEqual([message]);
  });

  it('reads absent notes as none, and takes "" for the site’s own ladder and null for no release', () => {
    const plan = planOf(JSON.stringify({ ...valid, release: null }));
    expect(plan.release).toBeNull();
    expect(plan.ladder).toBe('');
    expect(Object.values(plan.skills).map((skill) => skill.notes)).toEqual(['', '', '']);
  });

  it('refuses a plan from a newer Rungs by its version, before reading fields it may not know', () => {
    expect(problemsOf(file('future-version.json'))).toEqual([
      'This plan was made by a newer Rungs (version 3); this site reads version 1.',
    ]);
  });

  it('says what a file is not: not JSON, or JSON that is no plan (a packet)', () => {
    expect(problemsOf(file('not-json.json'))).toEqual([
      expect.stringMatching(/^This file is not JSON \(.+\): a growth plan is the \.json file “Export JSON” saves\.$/),
    ]);
    expect(problemsOf(file('packet-not-plan.json'))).toEqual([
      'This is not a growth plan: a plan file has "format": "rungs-plan".',
    ]);
    expect(problemsOf('[]')).toEqual(['This is not a growth plan: a plan file has "format": "rungs-plan".']);
  });

  it('shows standings in words, never as numbers', () => {
    expect(standings.map(standingLabel)).toEqual(['not yet', 'growing', 'evidence recorded']);
  });
});

describe('the plans kept in the browser', () => {
  const plan = planOf(file('engineer-to-senior.json'));
  const other: Plan = {
    ...plan,
    id: 'foundations-to-team-lead',
    name: 'Towards team lead',
    from: 'foundations',
    to: 'team-lead',
  };

  it('keeps several named plans in one record, read back as they were', () => {
    expect(plansStorageKey).toBe('rungs:plans');
    expect(parseStoredPlans(serializePlans([plan, other]))).toEqual({ plans: [plan, other], unreadable: [] });
    expect(parseStoredPlans(null)).toEqual({ plans: [], unreadable: [] });
  });

  it('leaves out only a plan that can’t be read, says which and why, and keeps it through the next write', () => {
    const broken = { ...other, skills: [] };
    const raw = JSON.stringify({ format: 'rungs-plans', version: 1, plans: [plan, broken] });
    const read = parseStoredPlans(raw);
    expect(read).toEqual({
      plans: [plan],
      problem: 'Saved plan “Towards team lead” couldn’t be read: skills must be an object keyed by skill id',
      unreadable: [broken],
    });
    const renamed = { ...plan, name: 'Renamed' };
    expect(parseStoredPlans(serializePlans([renamed], read.unreadable))).toEqual({ ...read, plans: [renamed] });
  });

  it('guards only the format, version and shape of what it stored itself: a newer Rungs’ plan is kept aside', () => {
    const newer = { ...other, version: 2 };
    const read = parseStoredPlans(JSON.stringify({ format: 'rungs-plans', version: 1, plans: [newer, plan] }));
    expect(read).toEqual({
      plans: [plan],
      problem:
        'Saved plan “Towards team lead” couldn’t be read: This plan was made by a newer Rungs (version 2); this site reads version 1.',
      unreadable: [newer],
    });
    const { notes, ...withoutNotes } = plan.skills['design-docs'];
    expect(notes).toBe('');
    const older = { ...plan, skills: { ...plan.skills, 'design-docs': withoutNotes } };
    // A plan saved before notes existed, as this page once wrote it.
    const raw = JSON.stringify({ format: 'rungs-plans', version: 1, plans: [older] });
    expect(parseStoredPlans(raw).plans).toEqual([plan]);
  });

  it('says so when the whole record can’t be read, and keeps that too', () => {
    const read = parseStoredPlans('{"plans": 3');
    expect(read).toEqual({
      plans: [],
      problem:
        'Your saved plans couldn’t be read (they are not valid JSON); they are kept in this browser as they were.',
      unreadable: ['{"plans": 3'],
    });
    expect(parseStoredPlans(serializePlans([plan], read.unreadable))).toMatchObject({
      plans: [plan],
      unreadable: ['{"plans": 3'],
    });
    expect(parseStoredPlans('{"plans": []}').problem).toBe(
      'Your saved plans couldn’t be read (they are not in the expected form); they are kept in this browser as they were.',
    );
  });
});
