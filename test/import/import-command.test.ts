import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfined } from '../../src/lib/import/write-content.ts';
import { buildSite, contentFolder } from '../helpers/build-site.ts';

/** Runs `npm run import -- …` as a user would, with no terminal on stdin (as in CI). */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import-ladder.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a fixture document in a folder of its own, so the config the importer writes beside it stays there. */
function documentCopy(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-doc-'));
  copyFileSync(`test/fixtures/import/shapes/${name}.md`, join(folder, `${name}.md`));
  return join(folder, `${name}.md`);
}

describe('npm run import refuses, in one line, to write outside its folder', () => {
  it('names an --out that is a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rungs-out-')), 'not-a-folder.md');
    writeFileSync(file, 'text');
    const result = runImport(documentCopy('bold-lead-bullets'), '--out', file, '--primary');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Import failed: ${file}: is a file, not a folder: give --out a folder to write the ladder into (it is created if missing)`,
    );
    expect(result.stdout).toBe('');
  });

  it('refuses a ladder id that is not a slug', () => {
    const result = runImport(documentCopy('bold-lead-bullets'), '--ladder', '../../../x');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Import failed: --ladder: "../../../x" is not a ladder id: use a lowercase slug such as "acme-engineering"',
    );
  });

  it('refuses any path that resolves outside the folder', () => {
    expect(() => checkConfined('content', ['skills/../../../x.md'])).toThrow(
      /content: refuses to write "skills\/\.\.\/\.\.\/\.\.\/x\.md", which resolves outside the folder/,
    );
    expect(() => checkConfined('content', ['skills/basic-sql.md'])).not.toThrow();
  });
});

describe('npm run import with no config', () => {
  it('with --dry-run prints what it found and writes nothing, not even the config', () => {
    const document = documentCopy('category-headings');
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    const result = runImport(document, '--ladder', 'lighthouse', '--out', out, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /:3 Associate Engineer: 4 skills in "Craft \(Associate Engineer\)", "Collaboration \(Associate Engineer\)"/,
    );
    expect(result.stdout).toMatch(
      /kept only as prose: 1 lines\n\s+\S+category-headings\.md:5 intro of level "Associate Engineer"/,
    );
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(document.replace(/\.md$/, '.import.yaml'))).toBe(false);
  });

  it('creates a new ladder and writes its config; importing over it again needs --replace', () => {
    const document = documentCopy('bold-lead-bullets');
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    expect(runImport(document, '--ladder', 'harbour', '--out', out).status).toBe(0);
    expect(readdirSync(join(out, 'ladders', 'harbour', 'skills'))).toHaveLength(9);
    expect(readFileSync(document.replace(/\.md$/, '.import.yaml'), 'utf8')).toMatch(
      /^shape: levels\nexpectations: list-items\n/m,
    );
    writeFileSync(document, readFileSync(document, 'utf8').replace('short, clear updates', 'short updates'));
    const again = runImport(document, '--ladder', 'harbour', '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /already holds ladder content that this import would change or remove \(1 changed, 0 removed\)/,
    );
    expect(runImport(document, '--ladder', 'harbour', '--out', out, '--replace').status).toBe(0);
    expect(readFileSync(join(out, 'ladders', 'harbour', 'skills', 'communication.md'), 'utf8')).toContain(
      'You give short updates in stand-up.',
    );
  });
});

describe('npm run import --primary', () => {
  it('retires the shipped ladder and its URL manifest only when confirmed, and leaves a site that builds', () => {
    const content = contentFolder('content');
    const document = documentCopy('category-headings');
    const shippedLadder = readFileSync(join(content, 'ladder.yaml'), 'utf8');

    const refused = runImport(document, '--primary', '--out', content);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(
      /retiring the ladder imported from content\/sources\/engineering-career-skills-2024\.md: 275 of its files, its releases in .*releases\/ \(their frozen pages and change log belong to the retired ladder\), its pages in .*pages\/ \(the About page and guides, written about it\) and its URL manifest/,
    );
    expect(refused.stderr.trim()).toBe(
      `Import failed: ${content}: holds the primary ladder and nothing was written: confirm with --yes (or answer y) to retire it`,
    );
    expect(readFileSync(join(content, 'ladder.yaml'), 'utf8')).toBe(shippedLadder);
    expect(existsSync(join(content, 'urls.txt'))).toBe(true);

    const confirmed = runImport(document, '--primary', '--out', content, '--yes');
    expect(confirmed.status).toBe(0);
    expect(existsSync(join(content, 'urls.txt'))).toBe(false);
    expect(existsSync(join(content, 'releases'))).toBe(false);
    expect(existsSync(join(content, 'pages'))).toBe(false);
    expect(readdirSync(join(content, 'skills')).sort()).toHaveLength(8);

    const build = buildSite(content);
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
  });
});
