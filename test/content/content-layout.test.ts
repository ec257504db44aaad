import { describe, expect, it } from 'vitest';
import {
  entryId,
  entryPath,
  entryPlace,
  isId,
  joinFrontmatter,
  ladderEntryId,
  ladderFilePath,
  placeOf,
  splitFrontmatter,
} from '../../src/lib/content/content-layout.ts';

describe('the content layout', () => {
  it('says where each kind of file of a ladder lives', () => {
    expect(ladderFilePath('')).toBe('ladder.yaml');
    expect(ladderFilePath('staff-plus')).toBe('ladders/staff-plus/ladder.yaml');
    expect(entryPath('', 'skills', 'basic-sql')).toBe('skills/basic-sql.md');
    expect(entryPath('', 'skillSets', 'basic-leadership')).toBe('skill-sets/basic-leadership.yaml');
    expect(entryPath('staff-plus', 'levels', 'staff')).toBe('ladders/staff-plus/levels/staff.yaml');
    expect(entryPath('staff-plus', 'releases', '2025-revision')).toBe('ladders/staff-plus/releases/2025-revision.json');
  });

  it('places every file it wrote back where it came from', () => {
    expect(placeOf(ladderFilePath(''))).toEqual({ ladder: '', kind: 'ladder', id: 'ladder' });
    expect(placeOf(ladderFilePath('acme'))).toEqual({ ladder: 'acme', kind: 'ladder', id: 'ladder' });
    for (const kind of ['levels', 'skillSets', 'skills', 'releases'] as const) {
      for (const ladder of ['', 'acme'])
        expect(placeOf(entryPath(ladder, kind, 'an-id'))).toEqual({ ladder, kind, id: 'an-id' });
    }
  });

  it('leaves source documents and the URL manifest to others', () => {
    expect(placeOf('urls.txt')).toBeUndefined();
    expect(placeOf('sources/ladder.md')).toBeUndefined();
    expect(placeOf('sources/ladder.import.yaml')).toBeUndefined();
  });

  it('says where a misplaced file should go', () => {
    expect(placeOf('skills/extra-skill.mdx')).toEqual({
      field: '',
      message: 'is not read: a skill is a .md file; rename it to skills/extra-skill.md',
    });
    expect(placeOf('ladders/acme/skills/old/x.md')).toEqual({
      field: '',
      message: 'is not read: skills/ has no subfolders; move it to ladders/acme/skills/x.md',
    });
    expect(placeOf('ladder.yml')).toEqual({ field: '', message: 'is not read: rename it to ladder.yaml' });
    expect(placeOf('notes.txt')).toMatchObject({
      message: expect.stringContaining('move it to sources/ if it is a source document'),
    });
    expect(placeOf('ladders/acme.yaml')).toMatchObject({
      message: expect.stringContaining('another ladder lives in its own folder, ladders/<ladder-id>/'),
    });
    expect(placeOf('ladders/Acme Corp/ladder.yaml')).toEqual({
      field: 'folder name',
      value: 'Acme Corp',
      message: 'is not a lowercase slug (it is the ladder\'s id and URL): rename the folder to "acme-corp"',
    });
    // The folder's name is reported once, at its ladder.yaml, not again for each of its files.
    expect(placeOf('ladders/Acme Corp/skills/x.md')).toBeUndefined();
  });

  it('knows an id when it sees one', () => {
    for (const id of ['basic-sql', 'a', '2024-prototype', 'x1-y2']) expect(isId(id), id).toBe(true);
    for (const id of ['', 'Basic-sql', 'basic_sql', '-basic', 'basic-', 'basic--sql', 'café', 'a/b', '../x'])
      expect(isId(id), id).toBe(false);
  });
});

describe('entry ids in the content collections', () => {
  it('are the plain ids in the primary ladder and prefixed with the ladder in another, and read back', () => {
    expect(entryId('', 'basic-sql')).toBe('basic-sql');
    expect(entryId('staff-plus', 'basic-sql')).toBe('staff-plus/basic-sql');
    expect(ladderEntryId('')).toBe('ladder');
    expect(ladderEntryId('staff-plus')).toBe('staff-plus/ladder');
    expect(entryPlace('basic-sql')).toEqual({ ladder: '', id: 'basic-sql' });
    expect(entryPlace('staff-plus/basic-sql')).toEqual({ ladder: 'staff-plus', id: 'basic-sql' });
    expect(entryPlace(ladderEntryId('staff-plus'))).toEqual({ ladder: 'staff-plus', id: 'ladder' });
  });

  it('never give two files of one kind the same id, whatever their ladders', () => {
    const files = ['', 'ladder', 'staff-plus', 'basic-sql'].flatMap((ladder) =>
      ['basic-sql', 'ladder', 'staff-plus'].map((id) => ({ ladder, id })),
    );
    expect(new Set(files.map(({ ladder, id }) => entryId(ladder, id))).size).toBe(files.length);
  });
});

describe('front matter', () => {
  it('splits a skill file into its YAML and its body, counting the body’s first line', () => {
    expect(splitFrontmatter('---\ntitle: A\norder: 1\n---\n\nBody.\n')).toEqual({
      yaml: 'title: A\norder: 1',
      body: '\nBody.\n',
      bodyLine: 5,
    });
    expect(splitFrontmatter('---\n---\nBody.')).toEqual({ yaml: '', body: 'Body.', bodyLine: 3 });
  });

  it('reads files saved with a byte order mark and Windows line ends as the same file', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\n\r\nBody.\r\n')).toEqual(
      splitFrontmatter('---\ntitle: A\n---\n\nBody.\n'),
    );
  });

  it('finds none in a file that does not open with it', () => {
    expect(splitFrontmatter('title: A\n---\nBody.')).toBeUndefined();
    expect(splitFrontmatter('Body.\n\n---\ntitle: A\n---\n')).toBeUndefined();
  });

  it('joins what it splits', () => {
    const text = joinFrontmatter('title: A\norder: 1\n', 'Body.');
    expect(text).toBe('---\ntitle: A\norder: 1\n---\n\nBody.\n');
    expect(splitFrontmatter(text)).toEqual({ yaml: 'title: A\norder: 1', body: '\nBody.\n', bodyLine: 5 });
  });
});
