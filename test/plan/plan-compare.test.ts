import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { comparePlans } from '../../src/lib/plan/plan-compare.ts';
import { planTexts } from '../../src/lib/plan/plan-ladder.ts';
import { filledLadder } from './filled-ladder.ts';
import { packetFromPlan } from '../../src/lib/plan/plan-packet.ts';
import { addEvidence, newPlan, setNotes, setStanding } from '../../src/lib/plan/plan-state.ts';
import { requirementSet } from '../../src/lib/plan/requirements.ts';
import { parseStoredPacket, serializePacket } from '../../src/lib/packet/packet-state.ts';
import { readContent } from '../helpers/read-content.ts';

const index = buildLadderIndex(readContent('test/fixtures/plan'));
const ladder = filledLadder(index, { id: '', release: '2025-second' });
const set = requirementSet(ladder, 'engineer', 'senior-engineer');
const fresh = newPlan({ ladder, set, texts: planTexts(index), today: '2025-10-01', existing: [] });
const pairing = { date: '2025-10-03', note: 'Weekly pairing with our new starter.' };
const proposal = { date: '2025-10-08', link: 'https://example.org/proposals/cache' };

const mine = setNotes(
  setStanding(
    addEvidence(addEvidence(fresh, 'mentoring', pairing, '2025-10-03'), 'written-proposals', proposal, '2025-10-08'),
    'mentoring',
    'evidence-recorded',
    '2025-10-08',
  ),
  'mentoring',
  'Our new starter now reviews on their own.',
  '2025-10-08',
);
// My manager's copy: saved from my link before I added the proposal, then their own note and standing.
const theirs = setStanding(
  addEvidence(
    addEvidence(fresh, 'mentoring', pairing, '2025-10-03'),
    'simple-design',
    { date: '2025-10-09', note: 'The cache design was simpler than the first draft.' },
    '2025-10-09',
  ),
  'mentoring',
  'growing',
  '2025-10-09',
);

describe('two plans side by side', () => {
  const comparison = comparePlans(mine, theirs);

  it('shows, skill by skill, where the standing or the evidence differ', () => {
    expect(comparison.sameLevels).toBe(true);
    expect(
      comparison.skills.map((skill) => [
        skill.id,
        skill.differs,
        skill.standingDiffers,
        skill.notesDiffer,
        skill.onlyMine.length,
        skill.onlyTheirs.length,
      ]),
    ).toEqual([
      ['simple-design', true, false, false, 0, 1],
      ['written-proposals', true, false, false, 1, 0],
      ['mentoring', true, true, true, 0, 0],
    ]);
    expect(comparison.differing).toBe(3);
    expect(comparison.skills[1].onlyMine).toEqual([proposal]);
  });

  it('finds nothing to show between a plan and itself, and tells plans of other levels apart', () => {
    expect(comparePlans(mine, mine).differing).toBe(0);
    const other = newPlan({
      ladder,
      set: requirementSet(ladder, 'senior-engineer', 'staff-engineer'),
      texts: planTexts(index),
      today: '2025-10-01',
      existing: [],
    });
    const across = comparePlans(mine, other);
    expect(across.sameLevels).toBe(false);
    expect(across.skills.map((skill) => [skill.id, Boolean(skill.mine), Boolean(skill.theirs)])).toEqual([
      ['simple-design', true, false],
      ['written-proposals', true, false],
      ['mentoring', true, false],
      ['technical-strategy', false, true],
    ]);
  });
});

describe('from plan to packet', () => {
  it('makes the skills with evidence a packet, the evidence as each note, in the packet’s own format', () => {
    const packet = packetFromPlan(mine);
    expect(packet).toEqual({
      release: '2025-second',
      items: [
        { id: 'written-proposals', note: '2025-10-08 — https://example.org/proposals/cache' },
        {
          id: 'mentoring',
          note: 'Our new starter now reviews on their own.\n\n2025-10-03 — Weekly pairing with our new starter.',
        },
      ],
    });
    expect(parseStoredPacket(serializePacket(packet))).toEqual({ packet });
  });

  it('adds to the packet the reader has, after its own skills and notes, without repeating itself', () => {
    const existing = {
      release: '2025-first',
      items: [
        { id: 'mentoring', note: 'Mentored two interns.' },
        { id: 'code-review', note: '' },
      ],
    };
    const packet = packetFromPlan(mine, existing);
    expect(packet.release).toBe('2025-first');
    expect(packet.items).toEqual([
      {
        id: 'mentoring',
        note: 'Mentored two interns.\n\nOur new starter now reviews on their own.\n\n2025-10-03 — Weekly pairing with our new starter.',
      },
      { id: 'code-review', note: '' },
      { id: 'written-proposals', note: '2025-10-08 — https://example.org/proposals/cache' },
    ]);
    expect(packetFromPlan(mine, packet)).toEqual(packet);
  });
});
