import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { changeLog, changesBetween, historyOf, type Change } from '../../src/lib/releases/changes.ts';
import { newRelease, ReleaseError } from '../../src/lib/releases/new-release.ts';
import { makeSnapshot, snapshotContent } from '../../src/lib/releases/snapshot.ts';
import { diffAsText, wordDiff } from '../../src/lib/releases/word-diff.ts';
import { formatProblem } from '../../src/lib/content/validate-ladder.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

// The fixture: a small ladder with three releases (First edition, 2023 revision, 2024 edition) and unreleased edits.
const fixture = readLadderFolders('test/fixtures/releases');
const log = changeLog(fixture.releases, fixture.primary!);
const entry = (title: string) => log.find((e) => (e.release?.title ?? 'Unreleased') === title)!;
const summary = (changes: Change[]) => changes.map((c) => `${c.kind} ${c.what} ${c.id}`);

describe('releases as the loader reads them', () => {
  it('reads every release of the fixture newest first, each checked like content', () => {
    expect(fixture.errors).toEqual([]);
    expect(fixture.releases.map((r) => [r.info.id, r.info.date, r.content.skills.length])).toEqual([
      ['2024-edition', '2024-05-01', 7],
      ['2023-revision', '2023-09-01', 7],
      ['2023-first', '2023-03-01', 6],
    ]);
  });

  it('converts a snapshot back to the content it froze, which indexes like the current ladder', () => {
    const content = fixture.primary!;
    const back = snapshotContent(
      makeSnapshot(content, { id: 'x', title: 'X', date: '2024-01-01', notes: '' }),
      'releases/x.json',
    );
    const plain = (c: typeof content) => c.skills.map((s) => [s.id, s.data, s.body.trim()]).sort();
    expect(plain(back)).toEqual(plain(content));
    expect(
      buildLadderIndex(back)
        .skillsOf(buildLadderIndex(back).skillSet('team-leadership'))
        .map((s) => s.id),
    ).toEqual(['basic-facilitation', 'pair-programming']);
  });

  it('reports a release whose id is not its file name, a broken one, and one naming a skill set it lacks', () => {
    const overlay = mkdtempSync(join(tmpdir(), 'rungs-releases-'));
    mkdirSync(join(overlay, 'releases'));
    const good = JSON.parse(readFileSync('test/fixtures/releases/releases/2023-first.json', 'utf8'));
    writeFileSync(join(overlay, 'releases', 'renamed.json'), JSON.stringify(good));
    writeFileSync(join(overlay, 'releases', 'broken.json'), '{ "format": ');
    const skills = good.skills.map((s: { id: string }) =>
      s.id === 'spike-solutions' ? { ...s, skillSet: 'no-such-set' } : s,
    );
    writeFileSync(join(overlay, 'releases', 'dangling.json'), JSON.stringify({ ...good, id: 'dangling', skills }));
    const read = readLadderFolders('test/fixtures/ladder', overlay);
    const problems = read.errors.map(formatProblem);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/releases\/broken\.json: JSON is not valid/);
    expect(
      problems.some((p) => /releases\/renamed\.json: id "2023-first" must be the file's name, "renamed"/.test(p)),
    ).toBe(true);
    expect(problems.some((p) => /releases\/dangling\.json: skillSet "no-such-set"/.test(p))).toBe(true);
    expect(read.releases).toEqual([]);
  });
});

describe('the change log of the fixture', () => {
  it('lists the unreleased changes first, then each release newest first, the first with no changes', () => {
    expect(log.map((e) => [e.release?.title ?? 'Unreleased', e.since?.title])).toEqual([
      ['Unreleased', '2024 edition'],
      ['2024 edition', '2023 revision'],
      ['2023 revision', 'First edition'],
      ['First edition', undefined],
    ]);
    expect(entry('First edition').changes).toEqual([]);
  });

  it('finds every kind of change of 2023 revision: added, removed, renamed, retitled, reworded, links', () => {
    expect(summary(entry('2023 revision').changes)).toEqual([
      'retitled level software-engineers',
      'reworded skillSet basic-implementation',
      'removed skill method-and-variable-refactoring',
      'added skill ownership',
      'added skill pair-programming',
      'reworded skill basic-facilitation',
      'renamed skill experiments',
      'links skill active-participation',
      'links skill basic-test-driven-development',
    ]);
    const renamed = entry('2023 revision').changes.find((c) => c.kind === 'renamed');
    expect(renamed).toMatchObject({ id: 'experiments', from: { id: 'spike-solutions', title: 'Spike solutions' } });
  });

  it('does not take a link to a renamed skill for a changed link', () => {
    const tdd = entry('2023 revision').changes.find(
      (c) => c.id === 'basic-test-driven-development' && c.kind === 'links',
    );
    expect(tdd).toMatchObject({
      added: [],
      removed: [{ kind: 'excluded', target: { kind: 'skill', id: 'method-and-variable-refactoring' } }],
    });
    const participation = entry('2023 revision').changes.find((c) => c.id === 'active-participation');
    expect(participation).toMatchObject({
      added: [{ kind: 'seeAlso', target: { kind: 'unresolved', title: 'Meeting etiquette' } }],
      removed: [],
    });
  });

  it('finds a merge (removed, replaced by the skill that took its id), a move and a renamed skill set in 2024 edition', () => {
    const changes = entry('2024 edition').changes;
    expect(summary(changes)).toEqual([
      'added skillSet advanced-implementation',
      'renamed skillSet team-leadership',
      'removed skill self-starter',
      'added skill code-review',
      'retitled skill experiments',
      'moved skill pair-programming',
    ]);
    expect(changes.find((c) => c.id === 'self-starter')).toMatchObject({
      replacedBy: { id: 'ownership', title: 'Ownership' },
    });
    // Its old skill set was renamed in the same release: the move names both where they were then and are now.
    expect(changes.find((c) => c.kind === 'moved')).toMatchObject({
      from: { skillSet: { id: 'basic-implementation' } },
      to: { skillSet: { id: 'team-leadership', title: 'Team Leadership' } },
    });
    // basic-facilitation only followed its skill set's rename: that is no move.
    expect(changes.some((c) => c.id === 'basic-facilitation')).toBe(false);
  });

  it('finds the unreleased changes: a skill set and its skill moved to another level, a reword and a link', () => {
    expect(summary(entry('Unreleased').changes)).toEqual([
      'moved skillSet advanced-implementation',
      'reworded skill basic-test-driven-development',
      'moved skill code-review',
      'links skill code-review',
    ]);
  });

  it('has no unreleased entry when the content is the latest release', () => {
    const latest = fixture.releases[0];
    expect(changeLog(fixture.releases, latest.content).map((e) => e.release?.id)).toEqual([
      '2024-edition',
      '2023-revision',
      '2023-first',
    ]);
    expect(changesBetween(latest.content, latest.content)).toEqual([]);
  });

  it("follows a skill's history back through its rename", () => {
    const history = historyOf(log, 'skill', 'experiments').map((h) => `${h.entry.release?.id} ${h.change.kind}`);
    expect(history).toEqual(['2024-edition retitled', '2023-revision renamed']);
  });
});

describe('the word diff', () => {
  it('keeps the words both texts share and marks the rest added or removed', () => {
    const diff = wordDiff(
      'You write tests *before* you write code.',
      'You write a failing test *before* you write code.',
    );
    expect(diffAsText(diff)).toBe('You write [-tests-]{+a failing test+} *before* you write code.');
    expect(diff.filter((p) => p.change !== 'same').map((p) => p.change)).toEqual(['removed', 'added']);
  });

  it('sees no change in whitespace around a text', () => {
    expect(wordDiff('Same words.\n', '  Same words.').every((p) => p.change === 'same')).toBe(true);
  });
});

describe('npm run release', () => {
  const content = fixture.primary!;
  it('writes the snapshot where the ladder keeps its releases, with its date and notes', () => {
    const release = newRelease(
      { id: '2025-draft', title: '2025 draft', date: '2025-01-31', notes: 'Notes.\n', ladder: 'staff-plus' },
      content,
      [],
      '2025-02-01',
    );
    expect(release.path).toBe('ladders/staff-plus/releases/2025-draft.json');
    expect(JSON.parse(release.text)).toMatchObject({
      format: 'rungs-release',
      id: '2025-draft',
      title: '2025 draft',
      date: '2025-01-31',
      notes: 'Notes.',
    });
    expect(newRelease({ id: 'x', ladder: '' }, content, [], '2025-02-01').info).toEqual({
      id: 'x',
      title: 'x',
      date: '2025-02-01',
      notes: '',
    });
  });

  it('refuses an existing release, an id that is not a slug and a date that does not exist', () => {
    expect(() => newRelease({ id: 'v1', ladder: '' }, content, ['v1'], '2025-02-01')).toThrow(
      /releases\/v1\.json already exists/,
    );
    expect(() => newRelease({ id: 'Version 2', ladder: '' }, content, [], '2025-02-01')).toThrow(ReleaseError);
    expect(() => newRelease({ id: 'Révision 2025', ladder: '' }, content, [], '2025-02-01')).toThrow(
      'use a lowercase slug such as "revision-2025" (it becomes the URL /releases/revision-2025/)',
    );
    expect(() => newRelease({ id: 'v2', date: '2025-02-30', ladder: '' }, content, [], '2025-02-01')).toThrow(
      /not a real date/,
    );
  });
});
