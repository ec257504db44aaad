import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readContentFolder, readImportDocument } from '../../scripts/import-ladder-files.ts';
import { readLadders } from '../../src/lib/content/read-ladders.ts';
import { checkWithBuild } from '../../src/lib/import/check-with-build.ts';
import { splitFrontmatter } from '../../src/lib/content/content-layout.ts';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { importLadderData } from '../../src/lib/import/data/import-ladder-data.ts';
import { deriveTitle, titleFromFileName } from '../../src/lib/import/outline/derive-title.ts';
import { buildSite, contentFolder } from '../helpers/build-site.ts';

// The small frictions of importing another organisation's ladder, and the one set of content rules: what the build
// refuses is neutralised with a warning naming its line, or stops the import before it writes anything.
const rules = 'test/fixtures/import/rules';
const imported = (name: string, options: Parameters<typeof importLadderDocument>[1] = {}) =>
  importLadderDocument(readImportDocument(`${rules}/${name}.md`), options);
const body = (files: Map<string, string>, id: string) => splitFrontmatter(files.get(`skills/${id}.md`)!)!.body.trim();

/** Runs `npm run import -- …` as a user would, with no terminal on stdin. */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import-ladder.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a fixture (and its config, if any) in a folder of its own, where the importer may write its config. */
function documentCopy(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-rules-'));
  for (const file of readdirSync(rules).filter((f) => f === `${name}.md` || f === `${name}.import.yaml`))
    copyFileSync(join(rules, file), join(folder, file));
  return join(folder, `${name}.md`);
}

function writeAll(folder: string, files: Map<string, string>) {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

describe('a document without a title', () => {
  it('takes it from the file name, and says so', () => {
    const { imported: ladder } = imported('orchard-growth-ladder');
    expect(ladder.ladder.title).toBe('Orchard growth ladder');
    expect(ladder.summary.titleFrom).toBe('the file name');
    expect(ladder.levels.map((l) => l.data.title)).toEqual(['Junior grower', 'Senior grower']);
    const result = runImport(
      documentCopy('orchard-growth-ladder'),
      '--out',
      mkdtempSync(join(tmpdir(), 'o-')),
      '--dry-run',
    );
    expect(result.stdout).toContain(
      'title:           "Orchard growth ladder", from the file name (the document has none): --title "…" changes it',
    );
  });

  it('takes --title instead', () => {
    expect(imported('orchard-growth-ladder', { title: 'Orchard crew' }).imported.ladder.title).toBe('Orchard crew');
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    const result = runImport(documentCopy('orchard-growth-ladder'), '--out', out, '--title', 'Orchard crew');
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'ladder.yaml'), 'utf8')).toMatch(/^title: Orchard crew$/m);
    expect(result.stdout).not.toContain('from the file name');
  });

  it('names files in words', () => {
    expect(titleFromFileName('docs/acme_career-ladder.v2.md')).toBe('Acme career ladder v2');
    expect(titleFromFileName('ladder.md')).toBe('Ladder');
  });
});

describe('relative links', () => {
  it('publish as their text, each listed as a warning with its line', () => {
    const { files, warnings } = imported('relative-links');
    expect(body(files, 'follows-the-pruning-guide-on-every-tree')).toBe('Follows the pruning guide on every tree.');
    expect(body(files, 'reads-the-harvest-notes-before-picking')).toBe('Reads the harvest notes before picking.');
    expect(body(files, 'keeps-the-orchard-map-current')).toBe(
      'Keeps the [orchard map](https://example.org/map) current.',
    );
    expect(body(files, 'answers-questions-on-the-mailing-list')).toContain('](mailto:orchard@example.org)');
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '5: the relative link "../guides/pruning.md" is published as its text, since it would lead nowhere on the site: give --base-url <the document\'s folder URL> to link it',
      '6: the relative link "./notes/harvest.html" is published as its text, since it would lead nowhere on the site: give --base-url <the document\'s folder URL> to link it',
    ]);
  });

  it('resolve to absolute links with --base-url', () => {
    const { files, warnings } = imported('relative-links', { baseUrl: 'https://example.org/ladder/docs/' });
    expect(body(files, 'follows-the-pruning-guide-on-every-tree')).toBe(
      'Follows the [pruning guide](https://example.org/ladder/guides/pruning.md) on every tree.',
    );
    expect(body(files, 'reads-the-harvest-notes-before-picking')).toBe(
      'Reads the [harvest notes](https://example.org/ladder/docs/notes/harvest.html) before picking.',
    );
    expect(warnings).toEqual([]);
  });
});

describe('npm run import -- --help', () => {
  it('lists every option with an example, and every shape', () => {
    for (const flag of ['--help', '-h']) {
      const result = runImport(flag);
      expect(result.status).toBe(0);
      for (const option of [
        '--ladder <id>',
        '--primary',
        '--out <folder>',
        '--title',
        '--base-url <url>',
        '--reading <name>',
        '--replace',
      ])
        expect(result.stdout).toContain(`  ${option}`);
      expect(result.stdout).toContain('e.g. npm run import -- roles.md --ladder acme --reading levels-as-columns');
      expect(result.stdout).toMatch(/--dry-run +print what the import found/);
      expect(result.stdout).toContain('e.g. npm run import -- ladder.md --ladder acme-engineering');
      expect(result.stdout).toMatch(
        /Shapes it reads \(⏎ is a new line\):\n {2}levels as headings[\s\S]*levels in a table[\s\S]*outline/,
      );
      for (const shape of ['competency-first', 'levels of categories', 'front-matter data', 'HTML page (.html)'])
        expect(result.stdout).toMatch(new RegExp(`\\n {2}${shape.replace(/[().]/g, '\\$&')} +\\S`));
      expect(result.stdout).toMatch(/--reading levels-as-columns, levels-as-rows, level-table\n/);
      expect(result.stdout).toMatch(
        /Data files it reads \(\.csv \.tsv \.xlsx \.yaml \.yml \.json\):\n {2}\.csv \.tsv +a spreadsheet export[\s\S]*\n {2}\.xlsx +a workbook[\s\S]*\n {2}\.yaml \.yml \.json +competencies/,
      );
    }
  });

  it('still refuses an unknown option, pointing at --help', () => {
    const result = runImport('ladder.md', '--colour');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "Import failed: import-ladder: Unknown option '--colour'.\nUsage: npm run import -- <file> (--ladder <id> | --primary | --out <folder>) [options]\nRun npm run import -- --help for every option.\n",
    );
  });
});

describe('ids never contain markup', () => {
  it('a heading with raw HTML gives the slug of its text, with a warning', () => {
    const { imported: ladder, warnings } = imported('unsafe-link');
    expect(ladder.skillSets.map((s) => [s.id, s.data.title])).toContainEqual(['work-ethic-bold', 'Work ethic bold']);
    expect(warnings).toContainEqual({
      line: 5,
      message: "the heading's markup <b> is dropped, its text kept: titles and ids are plain text",
    });
  });

  it('a title from front matter is reduced to its text, with a warning naming its line', () => {
    const { imported: ladder, warnings, files } = imported('title-markup');
    expect(ladder.ladder.title).toBe('Kite crew ladder');
    expect(files.get('ladder.yaml')).toMatch(/^title: Kite crew ladder$/m);
    expect(warnings).toEqual([
      { line: 2, message: 'the title\'s markup is dropped, its text kept ("Kite crew ladder"): titles are plain text' },
    ]);
  });

  it('in a document of level sections too', () => {
    const { imported: ladder, warnings } = imported('heading-markup');
    expect(ladder.skills.map((s) => [s.id, s.data.title])).toContainEqual([
      'reading-the-gauge-carefully',
      'Reading the gauge carefully',
    ]);
    expect(warnings.map((w) => w.line)).toEqual([11]);
  });
});

describe('one set of content rules: the build’s', () => {
  it('a javascript: link keeps its text, with a warning naming its line, and the result builds', () => {
    const { files, warnings } = imported('unsafe-link');
    expect(body(files, 'checks-each-hive-before-the-morning-round')).toBe('Checks each hive before the morning round.');
    expect(warnings).toContainEqual({
      line: 7,
      message:
        'the link "javascript:alert(1)" is published as its text: the site links only to https:, http: and mailto: addresses',
    });
    const content = contentFolder('test/fixtures/ladder');
    writeAll(join(content, 'ladders', 'beekeeping'), files);
    expect(readLadders(readContentFolder(content)).errors).toEqual([]);
    const build = buildSite(content, { RUNGS_SITE: '' });
    expect(build.ok, build.output).toBe(true);
    const page = readFileSync(
      join(build.outDir, 'ladders/beekeeping/skills/checks-each-hive-before-the-morning-round/index.html'),
      'utf8',
    );
    expect(page).toContain('Checks each hive before the morning round.');
    expect(page).not.toContain('javascript:');
  }, 240_000);

  it('a document giving content the build refuses stops before touching the folder, naming the document line', () => {
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    const first = runImport(documentCopy('heading-markup'), '--out', out, '--primary');
    expect(first.status, first.stderr).toBe(0);
    const before = new Map(readContentFolder(out).map((f) => [f.path, f.read()]));

    const result = runImport(documentCopy('with-image'), '--out', out, '--primary', '--replace');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Import failed: .*with-image\.md: would give content the build refuses, so nothing was written:\n {2}.*with-image\.md:13: .*skills\/reading-the-gauge-carefully\.md:\d+: body has an image, which the site does not publish/,
    );
    expect(new Map(readContentFolder(out).map((f) => [f.path, f.read()]))).toEqual(before);
  });

  it('stops only for problems of its own, not for ones the folder already had', () => {
    const root = [
      ...readContentFolder('test/fixtures/ladder'),
      { path: 'ladders/broken/ladder.yaml', shownAs: 'ladders/broken/ladder.yaml', read: () => 'title: [unclosed\n' },
    ];
    const target = { root, folder: 'ladders/bees', shownAs: (path: string) => `content/${path}` };
    const document = { file: 'bees.md', text: readFileSync(`${rules}/unsafe-link.md`, 'utf8') };
    const { files } = imported('unsafe-link');
    expect(() => checkWithBuild(target, files, document)).not.toThrow();
    const broken = new Map(files).set('skills/records-the-weight-of-every-frame.md', '---\ntitle: 3\n---\n\nText.\n');
    let message = '';
    try {
      checkWithBuild(target, broken, document);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^bees\.md: would give content the build refuses, so nothing was written:\n {2}content\/ladders\/bees\/skills\/records-the-weight-of-every-frame\.md:2: title must be a string/,
    );
    expect(message).not.toContain('broken');
  });

  it('valid UTF-8 holding U+FFFD imports as text; only bytes that are not UTF-8 are refused, at their line', () => {
    const { files } = imported('replacement-character');
    expect(body(files, 'replaces-every-with-the-character-meant')).toBe(
      'Replaces every \uFFFD with the character meant.',
    );
    expect(() =>
      importLadderDocument({ file: 'latin1.md', bytes: Buffer.from('# L\n\n## A\n\n- caf\xe9\n', 'latin1') }),
    ).toThrow('latin1.md:5: is not valid UTF-8: save the document as UTF-8 and import it again');
  });
});

describe('links in table cells and data: the same rules', () => {
  const javascript =
    'the link "javascript:alert(1)" is published as its text: the site links only to https:, http: and mailto: addresses';
  const relative = (url: string) =>
    `the relative link "${url}" is published as its text, since it would lead nowhere on the site: give --base-url <the document's folder URL> to link it`;

  /** A copy of a fixture in a folder of its own, where the importer may write its config. */
  function fileCopy(path: string): string {
    const copy = join(mkdtempSync(join(tmpdir(), 'rungs-rules-')), path.split('/').at(-1)!);
    copyFileSync(path, copy);
    return copy;
  }

  async function hyperlinkedWorkbook(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Crew').addRows([
      ['Competency', 'Junior', 'Senior'],
      ['Tides', { text: 'Reads the tide table', hyperlink: 'javascript:alert(1)' }, 'Plans a crossing around the tide'],
      ['Knots', 'Ties a bowline', { text: 'Teaches the knots', hyperlink: 'https://example.org/knots' }],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'rungs-rules-')), 'crew.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('an HTML table in a document: its links keep their text, with a warning at their line', () => {
    const { imported: ladder, warnings } = imported('html-table-links');
    expect(ladder.competencies.map((c) => c.data.title)).toEqual(['Mooring', 'Tickets']);
    expect(ladder.skills.map((s) => s.body)).toEqual([
      'Ties up at the north pier in calm water.',
      'Checks every ticket at the ramp.',
      'Moors in a crosswind as the mooring guide shows.',
      'Settles fares with the [harbour office](https://example.org/office).',
    ]);
    expect(warnings).toEqual([
      { line: 5, message: javascript },
      { line: 5, message: relative('../guides/mooring.md') },
    ]);
  });

  it("an HTML page: the same, at the page's lines", () => {
    const { imported: ladder, warnings } = importLadderDocument(readImportDocument(`${rules}/html-table-links.html`));
    expect(ladder.skills.map((s) => s.body)).toContain('Ties up at the north pier in calm water.');
    expect(warnings).toEqual([
      { line: 12, message: javascript },
      { line: 13, message: relative('../guides/mooring.html') },
    ]);
  });

  it("YAML data and a workbook's hyperlinks: the same, at the key path or cell", async () => {
    const data = await importLadderData(readImportDocument('test/fixtures/import/data/signal-links.yaml'));
    expect(data.imported.skills.map((s) => s.body)).toContain('Raises the flags listed on the signal card at dawn');
    expect(data.warnings).toEqual([
      { line: 4, cell: 'competencies.Flags.Junior', message: javascript },
      { line: 6, cell: 'competencies.Flags.Senior', message: relative('../notes/flags.md') },
    ]);
    const sheet = await importLadderData(readImportDocument(await hyperlinkedWorkbook()));
    expect(sheet.imported.skills.map((s) => s.body)).toEqual([
      'Reads the tide table',
      'Ties a bowline',
      'Plans a crossing around the tide',
      '[Teaches the knots](https://example.org/knots)',
    ]);
    expect(sheet.warnings).toEqual([{ cell: 'Crew!B2', message: javascript }]);
  });

  it('npm run import prints each warning with its place, checks the result with the build, and it builds', async () => {
    const content = contentFolder('test/fixtures/ladder');
    const yaml = runImport(
      fileCopy('test/fixtures/import/data/signal-links.yaml'),
      '--out',
      content,
      '--ladder',
      'signals',
    );
    expect(yaml.status, yaml.stderr).toBe(0);
    expect(yaml.stderr).toContain(`signal-links.yaml:4 (competencies.Flags.Junior): ${javascript}`);
    const sheet = runImport(await hyperlinkedWorkbook(), '--out', content, '--ladder', 'crew');
    expect(sheet.status, sheet.stderr).toBe(0);
    expect(sheet.stderr).toContain(`crew.xlsx (Crew!B2): ${javascript}`);
    const page = runImport(fileCopy(`${rules}/html-table-links.html`), '--out', content, '--ladder', 'ferry');
    expect(page.status, page.stderr).toBe(0);
    expect(page.stderr).toContain(`html-table-links.html:12: ${javascript}`);
    const build = buildSite(content, { RUNGS_SITE: '' });
    expect(build.ok, build.output).toBe(true);
    for (const path of [
      'ladders/signals/skills/flags-at-junior',
      'ladders/crew/skills/tides-at-junior',
      'ladders/ferry/skills/mooring-at-junior',
    ]) {
      const html = readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
      expect(html).not.toContain('javascript:');
    }
    const flags = readFileSync(join(build.outDir, 'ladders/signals/skills/flags-at-senior/index.html'), 'utf8');
    expect(flags).toContain('Teaches the flag code from the station notes to every new hand');
    expect(flags).not.toContain('flags.md');
  }, 240_000);
  it('a data file giving content the build refuses stops before writing, as a document does', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rungs-rules-')), 'pictures.yaml');
    writeFileSync(
      file,
      'competencies:\n  Sketching:\n    Junior:\n      - Draws the hull ![a hull](https://example.org/hull.png) from the dock\n    Senior:\n      - Draws the rigging from memory\n' +
        '  Painting:\n    Junior:\n      - Mixes the colours of the harbour\n    Senior:\n      - Paints the harbour at dusk\n',
    );
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    const result = runImport(file, '--out', out, '--ladder', 'pictures');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Import failed: .*pictures\.yaml: would give content the build refuses, so nothing was written:\n {2}.*pictures\.yaml:4: .*skills\/sketching-at-junior\.md:\d+: body has an image, which the site does not publish/,
    );
    expect(readContentFolder(out)).toEqual([]);
  });
});

describe('HTML in a document', () => {
  it('is read as a browser reads it: a ">" inside a quoted attribute stays in the attribute', () => {
    const { imported: ladder, files } = imported('quoted-attribute');
    expect(ladder.levels.map((l) => l.data.title)).toEqual(['Junior', 'Senior']);
    expect(ladder.competencies.map((c) => c.data.title)).toEqual(['Sorting', 'Crates']);
    expect(ladder.skillSets.map((s) => s.data.title)).toEqual(['Competencies at Junior', 'Competencies at Senior']);
    expect([...files.values()].join('\n')).not.toMatch(/">|title=|data-note/);
    expect(ladder.skills.map((s) => s.body)).toEqual([
      'Sorts the **apples** by size.',
      'Washes the crates & lids.',
      'Decides which apples go to market.',
      'Orders new crates each spring.',
    ]);
  });
});

describe('titles derived from prose never stop mid-clause', () => {
  it('cuts at a clause boundary, not inside parentheses', () => {
    expect(
      deriveTitle('Mends the fences around the lower field (north side, near the creek, by the old gate) every spring'),
    ).toBe('Mends the fences around the lower field');
  });

  it('never after a dangling "and", "of" or "the"', () => {
    expect(deriveTitle('Reviews the plans of, and signs off on, every new planting in the orchard each season')).toBe(
      'Reviews the plans of, and signs off on, every new planting in the orchard each season',
    );
    expect(
      deriveTitle(
        'Walks the rows at dawn with the newest pickers, the tools and the crates, and the ladders they will need today for the high branches of the oldest trees',
      ),
    ).toBe('Walks the rows at dawn with the newest pickers');
  });

  it('never before a closing word: a clause of up to 24 words is taken whole', () => {
    expect(
      deriveTitle('Teaches every new picker how to hold a ladder against a young tree without bending it, too'),
    ).toBe('Teaches every new picker how to hold a ladder against a young tree without bending it, too');
  });

  it('reads "etc." and "ie." as abbreviations, as the site’s prose rules list them', () => {
    expect(deriveTitle('Sorts apples, pears, etc. By size and by colour.')).toBe(
      'Sorts apples, pears, etc. By size and by colour',
    );
    expect(deriveTitle('Labels each crate, ie. The row and the date.')).toBe(
      'Labels each crate, ie. The row and the date',
    );
  });

  it('a longer sentence is cut after at most ten words, never on a dangling word, with an ellipsis', () => {
    expect(
      deriveTitle(
        'Decides with the growers which of the old trees in the upper field should be cut down this winter and which should be grafted with new stock next spring',
      ),
    ).toBe('Decides with the growers which of the old trees…');
  });
});

describe('the importer library', () => {
  it('reads no files: a document is bytes, the folder it replaces a list of files', () => {
    const library = readdirSync('src/lib/import', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const withIo = library.filter((file) => /from 'node:fs'/.test(readFileSync(join('src/lib/import', file), 'utf8')));
    expect(withIo).toEqual([]);
  });
});
