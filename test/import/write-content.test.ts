import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readContentFolder, readImportDocument, writeContent } from '../../scripts/import-ladder-files.ts';

const { files } = importLadderDocument(readImportDocument('test/fixtures/import/small-ladder.md'));

describe('writing imported content', () => {
  it('writes every file into an empty folder, and the same files again change nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-import-'));
    expect(writeContent(folder, files, { replace: false }).added).toHaveLength(files.size);
    expect(readFileSync(join(folder, 'skills/yes-and.md'), 'utf8')).toBe(files.get('skills/yes-and.md'));
    expect(writeContent(folder, files, { replace: false })).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it('refuses to overwrite edited content or remove a file, leaving everything untouched', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-import-'));
    writeContent(folder, files, { replace: false });
    writeFileSync(join(folder, 'skills/yes-and.md'), 'edited by hand');
    writeFileSync(join(folder, 'skills/added-by-hand.md'), 'a new skill');
    expect(() => writeContent(folder, files, { replace: false })).toThrow(
      /already holds ladder content that this import would change or remove \(1 changed, 1 removed\):[\s\S]*yes-and\.md[\s\S]*added-by-hand\.md[\s\S]*Nothing was written\. .*--replace/,
    );
    expect(readFileSync(join(folder, 'skills/yes-and.md'), 'utf8')).toBe('edited by hand');
    expect(existsSync(join(folder, 'skills/added-by-hand.md'))).toBe(true);
  });

  it('replaces content when asked, leaving files it does not own alone', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-import-'));
    writeContent(folder, files, { replace: false });
    writeFileSync(join(folder, 'skills/yes-and.md'), 'edited by hand');
    writeFileSync(join(folder, 'notes.txt'), 'not ladder content');
    expect(writeContent(folder, files, { replace: true }).changed).toEqual(['skills/yes-and.md']);
    expect(readFileSync(join(folder, 'skills/yes-and.md'), 'utf8')).toBe(files.get('skills/yes-and.md'));
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('not ladder content');
  });
});

describe('importing again over existing content', () => {
  it('keeps the aliases authors recorded, so renamed ids keep redirecting', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-import-'));
    writeContent(folder, files, { replace: false });
    const file = join(folder, 'skills/yes-and.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('order: 2\n', 'order: 2\naliases:\n  - yes-and-thinking\n'));
    const again = importLadderDocument(readImportDocument('test/fixtures/import/small-ladder.md'), {
      over: { folder, files: readContentFolder(folder) },
    });
    expect(again.imported.skills.find((s) => s.id === 'yes-and')!.data.aliases).toEqual(['yes-and-thinking']);
    expect(again.files.get('skills/yes-and.md')).toContain('aliases:\n  - yes-and-thinking\n');
    writeContent(folder, again.files, { replace: true });
    expect(readFileSync(file, 'utf8')).toContain('aliases:\n  - yes-and-thinking\n');
  });
  it('refuses to replace a file it can’t read, whose aliases would be lost, naming its problem', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-import-'));
    writeContent(folder, files, { replace: false });
    writeFileSync(
      join(folder, 'skills/yes-and.md'),
      '---\ntitle: Yes, and\naliases: [yes-and-thinking\n---\n\nText.\n',
    );
    expect(() =>
      importLadderDocument(readImportDocument('test/fixtures/import/small-ladder.md'), {
        over: { folder, files: readContentFolder(folder) },
      }),
    ).toThrow(
      /has 1 file\(s\) this import replaces that can't be read, so the old ids \(aliases\)[^]*skills\/yes-and\.md:3: YAML/,
    );
  });
});
