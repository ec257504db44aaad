import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/lib/content/content-layout.ts';
import { formatProblem } from '../../src/lib/content/validate-ladder.ts';
import { makeSnapshot, snapshotContent } from '../../src/lib/releases/snapshot.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

const base = ['test/fixtures/ladder', 'test/fixtures/matrix-ladder'];
const acme = 'ladders/acme';
const at = (rule: string, path: string) => `test/fixtures/invalid/${rule}/${acme}/${path}`;
const messagesFor = (rule: string) =>
  readLadderFolders(...base, `test/fixtures/invalid/${rule}`).errors.map(formatProblem);

describe("a matrix ladder's competencies", () => {
  it('read with the fixture ladder, without a problem', () => {
    const read = readLadderFolders(...base);
    expect(read.errors.map(formatProblem)).toEqual([]);
    const matrix = read.others.find((other) => other.id === 'acme')!.content;
    expect(matrix.competencies.map((c) => c.id).sort()).toEqual([
      'code-review',
      'communication',
      'mentoring',
      'testing',
      'tooling',
    ]);
    expect(matrix.skills.filter((skill) => skill.data.competency === 'mentoring')).toHaveLength(3);
  });

  it('live in competencies/<id>.yaml, and a release keeps them (leaving the field out for a ladder without any)', () => {
    expect(placeOf('ladders/acme/competencies/tooling.yaml')).toEqual({
      ladder: 'acme',
      kind: 'competencies',
      id: 'tooling',
    });
    const read = readLadderFolders(...base);
    const matrix = read.others.find((other) => other.id === 'acme')!.content;
    const info = { id: 'first', title: 'First', date: '2026-01-31', notes: '' };
    const snapshot = makeSnapshot(matrix, info);
    expect(snapshot.competencies?.map((c) => c.id)).toEqual([
      'code-review',
      'communication',
      'mentoring',
      'testing',
      'tooling',
    ]);
    const frozen = snapshotContent(snapshot, 'releases/first.json');
    expect(frozen.competencies.find((c) => c.id === 'tooling')?.data).toEqual(
      matrix.competencies.find((c) => c.id === 'tooling')?.data,
    );
    expect(frozen.skills.find((s) => s.id === 'tooling-at-engineer-i')?.data.competency).toBe('tooling');
    expect(Object.keys(makeSnapshot(read.primary!, info))).not.toContain('competencies');
  });

  it('report a cell naming a competency the ladder lacks, at its line, with the closest one', () => {
    expect(messagesFor('unknown-competency')).toEqual([
      `${at('unknown-competency', 'skills/tooling-at-engineer-ii.md')}:6: competency "toolng" is not a competency of this ladder (a file competencies/<id>.yaml beside levels/). Did you mean "tooling"?`,
    ]);
  });

  it('report a competency file that cannot be read once, not again at each of its cells', () => {
    expect(messagesFor('unreadable-competency')).toEqual([
      `${at('unreadable-competency', 'competencies/tooling.yaml')}:2: order must be a number, not string "first".`,
    ]);
  });

  it('report two cells of one competency at one level, naming both files', () => {
    expect(messagesFor('two-cells-at-one-level')).toEqual([
      `test/fixtures/matrix-ladder/${acme}/skills/tooling-at-engineer-ii.md:6: competency "tooling" is also the competency of ${at('two-cells-at-one-level', 'skills/build-scripts-at-engineer-ii.md')}, at the same level "engineer-ii": a competency has one cell per level, so merge the two skills into one (a list when it holds several expectations) or move one.`,
    ]);
  });

  it('report a competency no skill names', () => {
    expect(messagesFor('competency-without-cells')).toEqual([
      `${at('competency-without-cells', 'competencies/security.yaml')}: has no cells: no skill names it in its competency field; add "competency: security" to the skill of each level it describes, or delete the file.`,
    ]);
  });

  it('report two competencies with one order, naming both files and the next free order', () => {
    expect(messagesFor('repeated-competency-order')).toEqual([
      `${at('repeated-competency-order', 'competencies/mentoring.yaml')}:2: order "4" is also the order of the competency in test/fixtures/matrix-ladder/${acme}/competencies/communication.yaml, so the two rows would be listed in no set order: give each competency its own order, such as 5 (the next free one).`,
    ]);
  });
});
