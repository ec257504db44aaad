import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/content-layout.ts';
import { contentFiles } from '../../src/lib/content/content-files.ts';
import { formatWarnings, importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { convertHtmlBlock, type DroppedMarkup } from '../../src/lib/import/markdown/html-blocks.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';
import { parseMarkdown } from '../../src/lib/import/markdown/parse-markdown.ts';
import { plainTextOf } from '../../src/lib/markdown/prose.ts';
import { readMarkdownSource } from '../../src/lib/import/readers/markdown-source.ts';
import { readingsOfMarkdown } from '../../src/lib/import/readers/document-readings.ts';
import { sourceSentences } from '../helpers/source-sentences.ts';

const matrices = 'test/fixtures/import/matrix';
const fixture = (name: string) => `${matrices}/${name}.md`;
const imported = (name: string, options: { reading?: string; config?: string } = {}) =>
  importLadderDocument(readImportDocument(fixture(name)), options);
const failureOf = (name: string) => {
  try {
    imported(name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} imported without stopping`);
};

/** Every title and every prose field and body of the written files, as plain text. */
function publishedText(files: Map<string, string>): string {
  const texts: string[] = [];
  for (const [path, text] of files) {
    const { yaml, body } = path.endsWith('.md') ? splitFrontmatter(text)! : { yaml: text, body: '' };
    const data = parseYaml(yaml) as Record<string, unknown>;
    for (const field of ['title', 'group', 'introduction', 'intro'])
      if (typeof data[field] === 'string') texts.push(plainTextOf(parseMarkdown(data[field] as string)));
    texts.push(plainTextOf(parseMarkdown(body)));
  }
  return texts.join(' \n ');
}

/** Text nodes of written Markdown that still look like markup. */
function markupLeftAsText(files: Map<string, string>): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text' && /\*\*|__|<\/?[a-z][^>]*>|&[a-z]+;|\|\s*-{3}|\\/i.test(node.value))
      found.push(node.value);
    if (node.type === 'html') found.push(node.value);
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  for (const [path, text] of files) {
    const { yaml, body } = path.endsWith('.md') ? splitFrontmatter(text)! : { yaml: text, body: '' };
    const data = parseYaml(yaml) as Record<string, unknown>;
    for (const field of ['introduction', 'intro'])
      if (typeof data[field] === 'string') visit(parseMarkdown(data[field] as string) as Root);
    visit(parseMarkdown(body) as Root);
  }
  return found;
}

const cases: {
  name: string;
  reading: string;
  levels: string[];
  competencies: string[];
  cells: number;
  /** Header cells that label a table's axes ("Criteria", a corner's "Level"), which the reading takes as its axes. */
  labels?: string[];
}[] = [
  {
    name: 'competency-first',
    reading: 'competency-first',
    levels: ['Engineer I', 'Engineer II', 'Senior Engineer', 'Staff Engineer'],
    competencies: ['Tooling', 'Testing', 'Communication', 'Mentoring', 'Hiring'],
    cells: 17,
  },
  {
    name: 'competency-subheadings',
    reading: 'competency-first',
    levels: ['Novice', 'Intermediate', 'Expert'],
    competencies: ['Data modelling', 'Stakeholder trust'],
    cells: 6,
  },
  // A level first named under the second competency takes its place between the levels around it.
  {
    name: 'competency-late-levels',
    reading: 'competency-first',
    levels: ['Associate', 'Mid-level', 'Senior'],
    competencies: ['Research', 'Visual craft'],
    cells: 5,
  },
  {
    name: 'level-criteria-tables',
    reading: 'level-sections',
    levels: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'],
    competencies: ['Delivery', 'Craft', 'Teamwork'],
    cells: 24,
    labels: ['Criteria'],
  },
  {
    name: 'two-tracks-mixed',
    reading: 'level-sections',
    levels: ['All levels', 'Engineer 1', 'Engineer 2', 'Engineer 3', 'Manager 1', 'Manager 2', 'Manager 3'],
    competencies: ['Ownership', 'Candour', 'Delivery', 'People', 'Hiring'],
    cells: 20,
  },
  {
    name: 'category-level-table',
    reading: 'levels-as-columns',
    levels: [
      'Junior Programmer (L1)',
      'Programmer (L2)',
      'Senior Programmer (L3)',
      'Lead Programmer (L4)',
      'Principal Programmer (L5)',
    ],
    competencies: ['Tooling', 'Communication', 'Quality', 'Autonomy'],
    cells: 20,
  },
  // An HTML table in a Markdown document: a row span and a column span fill every cell they cover.
  {
    name: 'html-spans',
    reading: 'levels-as-rows',
    levels: ['1', '2', '3', '4'],
    competencies: ['Mooring', 'Navigation', 'Passengers'],
    cells: 11,
    labels: ['Level'],
  },
  {
    name: 'front-matter-ladder',
    reading: 'competencies-then-levels',
    levels: ['1', '2', '3'],
    competencies: ['Code', 'Operations', 'Collaboration'],
    cells: 9,
  },
  // Level headings with bold-led bullets stay the levels shape: one skill per expectation, no competencies.
  {
    name: 'levels-without-title',
    reading: 'levels',
    levels: ['Apprentice', 'Journeyman', 'Master'],
    competencies: [],
    cells: 6,
  },
  {
    name: 'time-split',
    reading: 'levels',
    levels: ['Support Engineer I', 'Support Engineer II', 'Senior Support Engineer'],
    competencies: [],
    cells: 6,
  },
];

describe.each(cases)(
  'importing $name with no config',
  ({ name, reading, levels, competencies, cells, labels = [] }) => {
    const result = imported(name);

    it(`takes the reading "${reading}" and finds its levels, competencies and cells`, () => {
      expect(result.choice?.[1]).toMatch(new RegExp(`^ {2}reading "${reading}"`));
      expect(result.imported.levels.map((l) => l.data.title)).toEqual(levels);
      expect(result.imported.competencies.map((c) => c.data.title)).toEqual(competencies);
      expect(result.imported.skills).toHaveLength(cells);
    });

    it('publishes every sentence of the document, and no markup as text', () => {
      const text = publishedText(result.files);
      const sentences = sourceSentences(fixture(name)).filter((sentence) => !labels.includes(sentence));
      expect(sentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
      expect(markupLeftAsText(result.files)).toEqual([]);
    });

    it('imports the same content again from the config it returns', () => {
      expect(importLadderDocument(readImportDocument(fixture(name)), { config: result.config.text }).files).toEqual(
        result.files,
      );
    });
  },
);

describe('what each matrix shape keeps', () => {
  it('groups competencies under the heading above them, and keeps a competency’s own paragraph as its intro', () => {
    const { imported: ladder } = imported('competency-first');
    expect(ladder.competencies.map((c) => c.data.group)).toEqual([
      'Technical skills',
      'Technical skills',
      'Working with people',
      'Working with people',
      'Working with people',
    ]);
    expect(ladder.competencies[0].data.intro).toBe('Tooling covers the editors, build scripts and pipelines we share.');
    expect(ladder.skills.find((s) => s.id === 'tooling-at-engineer-i')!.body).toBe(
      '- Runs the build and the tests on their own machine.\n- Asks before changing a shared script.',
    );
    expect(ladder.skillSets.filter((s) => s.data.level === 'engineer-i').map((s) => s.data.title)).toEqual([
      'Technical skills at Engineer I',
      'Working with people at Engineer I',
    ]);
  });

  it('reads an "all levels" section as the baseline and a table of manager levels as the management track', () => {
    const { imported: ladder } = imported('two-tracks-mixed');
    expect(ladder.levels.map((l) => [l.id, l.data.track, l.data.rank, l.data.baseline])).toEqual([
      ['all-levels', 'engineering', 0, true],
      ['engineer-1', 'engineering', 1, false],
      ['engineer-2', 'engineering', 2, false],
      ['engineer-3', 'engineering', 3, false],
      ['manager-1', 'management', 1, false],
      ['manager-2', 'management', 2, false],
      ['manager-3', 'management', 3, false],
    ]);
    // Delivery is one row across both tracks: the engineers' bullets and the managers' table.
    expect(ladder.skills.filter((s) => s.data.competency === 'delivery').map((s) => s.data.level)).toEqual([
      'engineer-1',
      'engineer-2',
      'engineer-3',
      'manager-1',
      'manager-2',
      'manager-3',
    ]);
    expect(ladder.ladder.introduction).toContain('Managers keep the expectations of all levels above.');
  });

  it('keeps a time split and a legend as prose, never as levels', () => {
    const { imported: ladder } = imported('time-split');
    expect(ladder.ladder.introduction).toMatch(/\| Management +\| \\~10-15% +\|/);
    expect(ladder.levels.map((l) => l.data.title)).not.toContain('Share of time');
    expect(ladder.skillSets.at(-1)!.data.intro).toMatch(/^\| Symbol \| Meaning +\|/);
  });

  it('names a ladder whose headings are its levels after its file', () => {
    const result = imported('levels-without-title');
    expect(result.imported.ladder.title).toBe('Levels without title');
  });

  it('keeps the prose below front-matter data as the introduction', () => {
    const { imported: ladder } = imported('front-matter-ladder');
    expect(ladder.ladder.title).toBe('Saffron Labs engineering framework');
    expect(ladder.ladder.introduction).toContain('Engineers at level 2 work without daily guidance.');
  });

  it('places each front-matter value at its own line of the document', () => {
    const file = fixture('front-matter-ladder');
    const { candidates } = readingsOfMarkdown(readFileSync(file, 'utf8'), file, 'front-matter-ladder.import.yaml');
    const data = candidates.find((c) => c.reading.reading === 'competencies-then-levels')!.reading;
    expect(data.competencies.map((c) => [c.title, c.line])).toEqual([
      ['Code', 4],
      ['Operations', 12],
      ['Collaboration', 19],
    ]);
    expect(data.cells.filter((cell) => cell.competency === 1).map((cell) => [cell.cell, cell.line])).toEqual([
      ['topics.Operations[1]', 13],
      ['topics.Operations[2]', 15],
      ['topics.Operations[3]', 17],
    ]);
  });
});

describe('the title of a document', () => {
  it('is its one # heading above deeper ones, even when it names a role; several # headings are levels', () => {
    const titled = readMarkdownSource('# Staff engineer handbook\n\n## Tooling\n\nText.\n', 'handbook.md');
    expect(titled.title).toEqual({ text: 'Staff engineer handbook', line: 1 });
    expect(readMarkdownSource('# Apprentice\n\n- One.\n\n# Master\n\n- Two.\n', 'crafts.md').title).toBeUndefined();
  });

  it('is its only heading when that opens it, even when it names a role, so a table below is not that level’s', () => {
    const table = '| Area | L1 | L2 |\n| --- | --- | --- |\n| Tooling | Uses the tools. | Improves them. |\n';
    const titled = readMarkdownSource(`# Harbour programmer levels\n\n${table}`, 'harbour.md');
    expect(titled.title).toEqual({ text: 'Harbour programmer levels', line: 1 });
    expect(titled.body.map((node) => node.type)).toEqual(['table']);
    expect(readMarkdownSource(`Intro.\n\n# Senior programmer\n\n${table}`, 'harbour.md').title).toBeUndefined();
    expect(imported('category-level-table').imported.ladder.title).toBe('Brightwater programmer levels');
  });
});

describe('an HTML table in a Markdown document', () => {
  it('fills every cell a span covers, and notes the empty cell at its line', () => {
    const { imported: ladder } = imported('html-spans');
    expect(ladder.skills.filter((s) => s.data.competency === 'navigation').map((s) => s.body)).toEqual([
      'Keeps a lookout and reports other vessels',
      'Keeps a lookout and reports other vessels',
      'Plots the crossing and briefs the passengers on safety',
      'Takes the helm in fog',
    ]);
    expect(ladder.summary.readingWarnings).toContainEqual({
      where: 11,
      message: '"Mooring" has no expectation at "3" (line 11 is empty)',
    });
  });

  it('reports no markup dropped for headers padded inside <pre>, which keep their words', () => {
    const { imported: ladder } = imported('html-spans');
    expect(ladder.competencies.map((c) => c.data.title)).toEqual(['Mooring', 'Navigation', 'Passengers']);
    expect(formatWarnings(ladder, 'html-spans.md')).toEqual([]);
  });

  it('still reports a <pre> outside a table, whose lines are joined into one paragraph', () => {
    const dropped: DroppedMarkup[] = [];
    const html = '<pre>\nline one\n  line two\n</pre>';
    const position = { start: { line: 4, column: 1 }, end: { line: 7, column: 7 } };
    expect(convertHtmlBlock({ type: 'html', value: html, position }, dropped)).toHaveLength(1);
    expect(dropped).toEqual([{ line: 4, what: 'the markup <pre>' }]);
  });
});

describe('importing a matrix again', () => {
  it('keeps the old ids a competency records in its aliases', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-matrix-again-'));
    for (const [path, text] of imported('competency-first').files) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), path === 'competencies/tooling.yaml' ? `${text}aliases: [tools]\n` : text);
    }
    const again = importLadderDocument(readImportDocument(fixture('competency-first')), {
      over: { folder, files: contentFiles(folder) },
    });
    expect(again.imported.competencies.find((c) => c.id === 'tooling')!.data.aliases).toEqual(['tools']);
  });
});

describe('an HTML page', () => {
  it('is read for its tables, spans expanded, levels named by numbers kept, its other text the introduction', () => {
    const { imported: ladder, choice } = importLadderDocument(
      readImportDocument('test/fixtures/import/data/rope-team.html'),
    );
    expect(choice?.[1]).toMatch(/^ {2}reading "levels-as-rows"/);
    expect(ladder.levels.map((l) => l.data.title)).toEqual(['1', '2', '3', '4']);
    expect(ladder.competencies.map((c) => c.data.title)).toEqual(['Knots', 'Belaying', 'Route finding']);
    // The belaying cell spans two rows: both levels hold it.
    expect(ladder.skills.filter((s) => s.data.competency === 'belaying').map((s) => s.body)).toEqual([
      'Belays a climber on [top rope](https://example.org/top-rope)',
      'Belays a climber on [top rope](https://example.org/top-rope)',
      'Belays a _lead_ climber and picks the line of the next pitch',
      'Catches a lead fall softly',
    ]);
    expect(ladder.ladder.introduction).toContain('A level is reached when the team lead signs the logbook.');
  });

  it('refuses a config of a Markdown shape, naming the reading key instead', () => {
    expect(() =>
      importLadderDocument(readImportDocument('test/fixtures/import/data/rope-team.html'), {
        config: 'levels:\n  - { heading: Knots, track: engineering, tags: [K] }\n',
      }),
    ).toThrow(
      /rope-team\.import\.yaml: chooses the shape "level-sections", which reads Markdown documents: .*"reading:"/,
    );
  });
});

describe('readings that would be wrong', () => {
  it('a competency-first document: takes the competencies, shows the levels reading it passed over and how to take it', () => {
    const { choice } = imported('competency-first');
    const printed = choice!.join('\n');
    expect(printed).toContain('Runner-up:\n  reading "levels"');
    expect(printed).toContain(
      'implausible: its levels do not read like levels ("Technical skills", "Working with people")',
    );
    expect(printed).toContain('to take it instead: --reading levels  (or "reading: levels" in the config)');
  });

  it('one heading per level with Category | Criteria tables: keeps eight levels, never one called "Criteria"', () => {
    const { choice } = imported('level-criteria-tables');
    const printed = choice!.join('\n');
    expect(printed).toContain('Runner-up:\n  reading "level-table"');
    expect(printed).toContain('implausible: it reads 8 level-like headings ("P1", "P2", "P3", …) as 1 level(s)');
    expect(printed).toContain('--reading level-table');
  });

  it('a ladder kept in front matter above prose: the data, not the prose, and the prose reading named', () => {
    const printed = imported('front-matter-ladder').choice!.join('\n');
    expect(printed).toMatch(/Runner-up:\n {2}reading "levels"/);
    expect(printed).toContain(
      'implausible: it reads the prose and leaves out the ladder kept as data in the front matter',
    );
  });

  it('a table whose two axes both read like levels: stops, and lists every reading with its flag and config key', () => {
    const message = failureOf('roles-by-levels');
    expect(message).toMatch(
      /^test\/fixtures\/import\/matrix\/roles-by-levels\.md: was not imported, since none of the readings it can make is plausible/,
    );
    for (const reading of ['levels-as-columns', 'levels-as-rows'])
      expect(message).toContain(`choose it with --reading ${reading}  (or "reading: ${reading}" in the config)`);
    expect(message).toContain(
      'implausible: its competencies read like levels ("Backend Engineer", "Frontend Engineer", "Data Engineer")',
    );
  });

  it('takes the reading --reading names, or the config’s reading key, and refuses a name it cannot make', () => {
    const asked = imported('roles-by-levels', { reading: 'levels-as-columns' });
    expect(asked.imported.levels.map((l) => l.data.title)).toEqual(['Junior', 'Mid', 'Senior']);
    expect(asked.choice?.[0]).toBe('Reading as asked:');
    const configured = imported('roles-by-levels', { config: 'reading: levels-as-rows\n' });
    expect(configured.imported.levels.map((l) => l.data.title)).toEqual([
      'Backend Engineer',
      'Frontend Engineer',
      'Data Engineer',
    ]);
    expect(() => imported('competency-first', { reading: 'sideways' })).toThrow(
      /competency-first\.md: has no reading "sideways": the readings the importer can make of it are "levels", "competency-first"/,
    );
  });
});

describe('npm run import', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-ladder.ts', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const copy = (name: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-matrix-'));
    copyFileSync(fixture(name), join(folder, `${name}.md`));
    return join(folder, `${name}.md`);
  };

  it('prints the grid it chose next to the runner-up, and writes the config that takes that reading again', () => {
    const document = copy('level-criteria-tables');
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    const result = run(document, '--ladder', 'orchard', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      [
        'Chosen:',
        '  reading "level-sections": one heading per level (depth 2), its competencies in tables, bold leads or sub-headings',
        '    3 rows × 8 levels, 24 cells, 24 expectations',
        '                              1  2  3  4  5  6  7  8',
        '    Delivery                  1  1  1  1  1  1  1  1',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(/competencies: {4}3\n {2}cells: {11}24 \(one skill each\)/);
    expect(readFileSync(document.replace(/\.md$/, '.import.yaml'), 'utf8')).toMatch(/^reading: level-sections$/m);
  });

  it('takes the reading --reading names, printing its grid', () => {
    const result = run(copy('roles-by-levels'), '--ladder', 'marlow', '--dry-run', '--reading', 'levels-as-columns');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Reading as asked:\n {2}reading "levels-as-columns"/);
  });

  it('stops with exit status 1 and the list of readings when it is not sure', () => {
    const document = copy('roles-by-levels');
    const result = run(document, '--ladder', 'marlow', '--dry-run');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('choose it with --reading levels-as-rows');
    expect(result.stdout).toBe('');
  });
});
