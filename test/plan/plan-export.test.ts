import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { planTexts } from '../../src/lib/plan/plan-ladder.ts';
import { filledLadder } from './filled-ladder.ts';
import { planCsv, planMarkdown, worksheet } from '../../src/lib/plan/plan-export.ts';
import { addEvidence, newPlan, setNotes, setStanding } from '../../src/lib/plan/plan-state.ts';
import { requirementSet } from '../../src/lib/plan/requirements.ts';
import type { Plan } from '../../src/lib/plan/plan-schema.ts';
import { readContent } from '../helpers/read-content.ts';

const index = buildLadderIndex(readContent('test/fixtures/plan'));
const ladder = filledLadder(index, { id: '', release: '2025-second' });
const set = requirementSet(ladder, 'engineer', 'senior-engineer');
let plan: Plan = newPlan({ ladder, set, texts: planTexts(index), today: '2025-10-01', existing: [] });
plan = addEvidence(
  plan,
  'simple-design',
  {
    date: '2025-10-02',
    note: '=SUM(A1) was the old cost formula;\nI replaced it with one line.',
    link: 'https://example.org/pr/12',
  },
  '2025-10-02',
);
plan = addEvidence(plan, 'simple-design', { date: '2025-10-05', link: '/skills/simple-design/' }, '2025-10-05');
plan = addEvidence(plan, 'mentoring', { date: '2025-10-06', note: '-2 bugs after pairing, "nice"' }, '2025-10-06');
plan = setStanding(plan, 'simple-design', 'evidence-recorded', '2025-10-06');
plan = setNotes(plan, 'written-proposals', 'Draft one on the cache.\nAsk Sam to review it.', '2025-10-06');
plan = {
  ...plan,
  retired: {
    'review-depth': {
      title: 'Review depth',
      text: 'You review designs as well as code.',
      standing: 'growing',
      notes: '',
      evidence: [{ date: '2025-05-30', note: 'Joined the architecture reviews.' }],
      reason: 'not-in-ladder',
    },
  },
};

describe('exporting a plan', () => {
  it('writes a Markdown worksheet: per skill set, each skill’s standing in words and its dated evidence', () => {
    expect(planMarkdown(plan, set, (id) => `https://ladder.example/skills/${id}/`)).toBe(
      [
        '# Engineer to Senior Engineer',
        '',
        'From Engineer to Senior Engineer, against release 2025-second. Started 2025-10-01, updated 2025-10-06.',
        '',
        '## Design (Senior Engineer)',
        '',
        '2 of 2 with evidence.',
        '',
        '### [Simple design](https://ladder.example/skills/simple-design/)',
        '',
        "You choose the simplest design that meets today's needs, and you explain the trade-off to your team.",
        '',
        'Standing: evidence recorded.',
        '',
        '- 2025-10-02: =SUM(A1) was the old cost formula;',
        '  I replaced it with one line. <https://example.org/pr/12>',
        '- 2025-10-05: [/skills/simple-design/](/skills/simple-design/)',
        '',
        '### [Written proposals](https://ladder.example/skills/written-proposals/)',
        '',
        'You write a short proposal before a change that others depend on, and you ask for comments.',
        '',
        'Standing: not yet.',
        '',
        'Draft one on the cache.',
        'Ask Sam to review it.',
        '',
        '',
        '## Growing Others (Senior Engineer)',
        '',
        '1 of 1 with evidence.',
        '',
        '### [Mentoring](https://ladder.example/skills/mentoring/)',
        '',
        'You help a less experienced engineer grow, with regular time set aside for them.',
        '',
        'Standing: not yet.',
        '',
        '- 2025-10-06: -2 bugs after pairing, "nice"',
        '',
        '## No longer in the ladder',
        '',
        '1 of 1 with evidence.',
        '',
        '### Review depth',
        '',
        'Standing: growing.',
        '',
        '- 2025-05-30: Joined the architecture reviews.',
        '',
      ].join('\n'),
    );
  });

  it('writes a CSV row per evidence entry or skill, with formulas made text', () => {
    const csv = planCsv(plan, set);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Group,Skill,Id,Standing,Date,Note,Link',
      'Design (Senior Engineer),Simple design,simple-design,evidence recorded,2025-10-02,"\'=SUM(A1) was the old cost formula;\nI replaced it with one line.",https://example.org/pr/12',
      'Design (Senior Engineer),Simple design,simple-design,evidence recorded,2025-10-05,,/skills/simple-design/',
      'Design (Senior Engineer),Written proposals,written-proposals,not yet,,"Draft one on the cache.\nAsk Sam to review it.",',
      'Growing Others (Senior Engineer),Mentoring,mentoring,not yet,2025-10-06,"\'-2 bugs after pairing, ""nice""",',
      'No longer in the ladder,Review depth,review-depth,growing,2025-05-30,Joined the architecture reviews.,',
      '',
    ]);
  });

  it('gives the printed worksheet its rows, with no evidence in them', () => {
    expect(worksheet(plan, set)).toEqual([
      {
        heading: 'Design (Senior Engineer)',
        rows: [
          {
            id: 'simple-design',
            title: 'Simple design',
            summary:
              "You choose the simplest design that meets today's needs, and you explain the trade-off to your team.",
            standing: 'evidence recorded',
          },
          {
            id: 'written-proposals',
            title: 'Written proposals',
            summary: 'You write a short proposal before a change that others depend on, and you ask for comments.',
            standing: 'not yet',
          },
        ],
      },
      {
        heading: 'Growing Others (Senior Engineer)',
        rows: [
          {
            id: 'mentoring',
            title: 'Mentoring',
            summary: 'You help a less experienced engineer grow, with regular time set aside for them.',
            standing: 'not yet',
          },
        ],
      },
    ]);
  });
});
