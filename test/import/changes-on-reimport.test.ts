import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesOnReimport } from '../../src/lib/import/changes-on-reimport.ts';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readContentFolder, readImportDocument } from '../../scripts/import-ladder-files.ts';
import { describeChange } from '../../src/lib/releases/describe.ts';

const source = 'content/sources/engineering-career-skills-2024';

/** The shipped document with one sentence reworded, as an author revising it would leave it. */
function revisedDocument(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-reimport-'));
  copyFileSync(`${source}.import.yaml`, join(folder, 'ladder.import.yaml'));
  const text = readFileSync(`${source}.md`, 'utf8').replace(
    'Your sessions are interesting and effective.',
    'Your sessions are interesting, inclusive and effective.',
  );
  writeFileSync(join(folder, 'ladder.md'), text);
  return join(folder, 'ladder.md');
}

describe('re-importing a revised document', () => {
  it('says what it would change for readers, in the change log’s words, before anything is written', () => {
    const { files } = importLadderDocument(readImportDocument(revisedDocument()), {
      over: { folder: 'content', files: readContentFolder('content') },
    });
    const changes = changesOnReimport(readContentFolder('content'), files)!;
    expect(changes.map((change) => [change.kind, change.id])).toEqual([['reworded', 'intermediate-facilitation']]);
    expect(describeChange(changes[0])).toMatch(
      /^Reworded skill “Intermediate facilitation”: You design .* Your sessions are interesting\{\+, inclusive \+\}and effective\.$/,
    );
  });

  it('finds nothing to change when the document is the one the ladder came from', () => {
    const { files } = importLadderDocument(readImportDocument(`${source}.md`), {
      over: { folder: 'content', files: readContentFolder('content') },
    });
    expect(changesOnReimport(readContentFolder('content'), files)).toEqual([]);
  });

  it('has nothing to compare with for a new ladder', () => {
    const { files } = importLadderDocument(readImportDocument(`${source}.md`));
    expect(changesOnReimport(readContentFolder(join(tmpdir(), 'rungs-no-such-folder')), files)).toBeUndefined();
  });
});
