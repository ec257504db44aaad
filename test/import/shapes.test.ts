import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatWarnings, importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';
import { parseMarkdown } from '../../src/lib/import/markdown/parse-markdown.ts';
import { plainTextOf } from '../../src/lib/markdown/prose.ts';
import { splitFrontmatter } from '../../src/lib/content/content-layout.ts';
import { sourceSentences } from '../helpers/source-sentences.ts';
import {
  competencySchema,
  ladderSchema,
  levelSchema,
  skillSchema,
  skillSetSchema,
} from '../../src/lib/content/schemas.ts';

const shapes = 'test/fixtures/import/shapes';
const imported = (name: string, baseUrl?: string) =>
  importLadderDocument(readImportDocument(`${shapes}/${name}.md`), baseUrl ? { baseUrl } : {});

interface Written {
  /** Every prose field and body, as Markdown. */
  markdown: string[];
  /** Every title, as plain text. */
  titles: string[];
}

function written(files: Map<string, string>): Written {
  const out: Written = { markdown: [], titles: [] };
  for (const [path, text] of files) {
    const { yaml, body } = path.endsWith('.md') ? splitFrontmatter(text)! : { yaml: text, body: '' };
    const data = parseYaml(yaml) as Record<string, unknown>;
    const schema =
      path === 'ladder.yaml'
        ? ladderSchema
        : path.startsWith('levels/')
          ? levelSchema
          : path.startsWith('skill-sets/')
            ? skillSetSchema
            : path.startsWith('competencies/')
              ? competencySchema
              : skillSchema;
    expect(schema.safeParse(data).success, `${path} follows its collection's schema`).toBe(true);
    out.titles.push(String(data.title));
    for (const field of ['introduction', 'intro'])
      if (typeof data[field] === 'string') out.markdown.push(data[field] as string);
    if (body.trim() !== '') out.markdown.push(body);
  }
  return out;
}

/** Text nodes of written Markdown that still look like markup: the serialiser escaped something it should have kept. */
function markupLeftAsText(markdown: string[]): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text' && /\*\*|__|<\/?[a-z][^>]*>|&[a-z]+;|\|\s*-{3}|^\s*[-*+] |\\/i.test(node.value))
      found.push(node.value);
    if (node.type === 'html') found.push(node.value);
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  for (const text of markdown) visit(parseMarkdown(text) as Root);
  return found;
}

// A table of competencies × levels is read as a matrix (its config names the reading); every other shape as levels.
const cases: {
  name: string;
  levels: number;
  skills: number;
  skillSets: number;
  competencies?: number;
  baseUrl?: string;
}[] = [
  { name: 'bold-lead-bullets', levels: 3, skillSets: 3, skills: 9 },
  { name: 'category-headings', levels: 2, skillSets: 4, skills: 8 },
  { name: 'level-paragraphs', levels: 3, skillSets: 3, skills: 6 },
  { name: 'table-columns', levels: 4, skillSets: 4, skills: 11, competencies: 3 },
  { name: 'table-rows', levels: 3, skillSets: 3, skills: 9, competencies: 3 },
  { name: 'front-matter', levels: 3, skillSets: 3, skills: 6 },
  { name: 'html-table', levels: 3, skillSets: 3, skills: 6, competencies: 2 },
  { name: 'two-tracks', levels: 4, skillSets: 4, skills: 8, baseUrl: 'https://github.com/northwind/ladder/blob/main/' },
  { name: 'ordered-lists', levels: 3, skillSets: 3, skills: 6 },
  { name: 'bold-labels', levels: 3, skillSets: 3, skills: 6 },
];

describe.each(cases)('importing $name with no config', ({ name, levels, skillSets, skills, competencies, baseUrl }) => {
  const result = imported(name, baseUrl);

  it('detects the shape, finds every level and expectation, and returns the config it used', () => {
    expect(result.imported.summary).toMatchObject({ levels, skillSets, skills });
    expect(result.imported.competencies).toHaveLength(competencies ?? 0);
    expect(result.config).toMatchObject({ path: `${shapes}/${name}.import.yaml`, detected: true });
    expect(result.config.text).toMatch(competencies ? /^reading: [a-z-]+$/m : /^shape: levels$/m);
  });

  it('publishes every sentence of the document', () => {
    const out = written(result.files);
    const published = [...out.titles, ...out.markdown.map((text) => plainTextOf(parseMarkdown(text)))].join(' \n ');
    expect(sourceSentences(`${shapes}/${name}.md`).filter((sentence) => !published.includes(sentence))).toEqual([]);
  });

  it('leaves no Markdown or HTML markup as text', () => {
    const out = written(result.files);
    expect(markupLeftAsText(out.markdown)).toEqual([]);
    expect(out.titles.filter((title) => /[*_|<>[\]`\\]/.test(title))).toEqual([]);
  });

  it('imports the same content again from the config it wrote', () => {
    const again = importLadderDocument(readImportDocument(`${shapes}/${name}.md`), { config: result.config.text });
    expect(again.files).toEqual(result.files);
  });
});

describe('what each shape keeps as Markdown', () => {
  const body = (name: string, id: string, baseUrl?: string) =>
    splitFrontmatter(imported(name, baseUrl).files.get(`skills/${id}.md`)!)!.body.replace(/^\n/, '');

  it('takes a bold lead as the title and keeps nested bullets a list, with both forms of emphasis', () => {
    const skill = imported('bold-lead-bullets').imported.skills.find((s) => s.id === 'testing-junior-engineer')!;
    expect(skill.data.title).toBe('Testing (Junior Engineer)');
    expect(skill.body).toBe(
      'You add tests for the code you change, and you run them before asking for review.\n\n- You keep a failing test in front of you while you fix a bug.\n- You learn the _testing conventions_ of your team.',
    );
    expect(body('bold-lead-bullets', 'code-quality-engineer')).toContain('**cleaner**');
  });

  it('makes each sub-heading under a level a skill set, and the level’s own paragraphs its intro', () => {
    const { imported: ladder } = imported('category-headings');
    expect(ladder.skillSets.map((s) => s.data.title)).toEqual([
      'Craft (Associate Engineer)',
      'Collaboration (Associate Engineer)',
      'Craft (Mid-level Engineer)',
      'Collaboration (Mid-level Engineer)',
    ]);
    expect(ladder.levels[0].data.intro).toMatch(/^Associates are learning how we build and run software\./);
    expect(ladder.summary.found!.prose).toEqual([{ line: 5, where: 'intro of level "Associate Engineer"' }]);
  });

  it('reads a table of categories × levels as competencies, a cell’s lines its expectations, skipping an empty cell', () => {
    const { imported: ladder, choice } = imported('table-columns');
    // Its corner reads "Area", yet the column beside it is the first level's cells: no column of groups.
    expect(choice![1]).toBe(
      '  reading "levels-as-columns": the table on line 5: levels across (L1, L2, L3, L4), 3 competencies down',
    );
    expect(ladder.competencies.map((c) => c.data.title)).toEqual(['Delivery', 'Quality', 'Influence']);
    expect(ladder.skills.filter((s) => s.data.competency === 'quality').map((s) => s.data.level)).toEqual([
      'l1',
      'l2',
      'l3',
    ]);
    const planning = ladder.skills.find((s) => s.id === 'delivery-at-l3')!;
    expect(planning.body).toBe('- Plans the work of a small project.\n- Spots risks before they slip dates.');
  });

  it('turns levels as table rows the right way round, the columns becoming competencies', () => {
    const { imported: ladder } = imported('table-rows');
    expect(ladder.levels.map((l) => l.data.title)).toEqual(['Junior Developer', 'Developer', 'Senior Developer']);
    expect(ladder.competencies.map((c) => c.data.title)).toEqual(['Technical skill', 'Teamwork', 'Scope']);
    expect(
      ladder.skills.filter((s) => s.data.level === 'developer').map((s) => [s.data.title, s.data.competency]),
    ).toEqual([
      ['Technical skill at Developer', 'technical-skill'],
      ['Teamwork at Developer', 'teamwork'],
      ['Scope at Developer', 'scope'],
    ]);
  });

  it('takes the title and date from front matter, reporting the image and the fields it does not publish', () => {
    const { imported: ladder } = imported('front-matter');
    expect(ladder.ladder).toMatchObject({ title: 'Saltmarsh ladder for platform engineers', updated: '2025-03-14' });
    expect(formatWarnings(ladder, 'front-matter.md')).toEqual([
      'front-matter.md:7: dropped an image (<img>)',
      'front-matter.md: front matter fields not published: owner (only title and updated/date are)',
    ]);
  });

  it('converts an HTML table like a Markdown one, its lists kept as lists, and drops the picture', () => {
    const { imported: ladder } = imported('html-table');
    expect(ladder.levels.map((l) => l.id)).toEqual(['1', '2', '3']);
    const shadowing = ladder.skills.find((s) => s.id === 'on-call-at-1')!;
    expect(shadowing.data).toMatchObject({
      title: 'On-call at 1',
      competency: 'on-call',
      skillSet: 'competencies-at-1',
    });
    expect(shadowing.body).toBe('- Shadows the primary on-call engineer.\n- Learns the **escalation** policy.');
    expect(ladder.summary.dropped).toEqual([{ line: 3, what: 'an image (<picture>)' }]);
  });

  it('resolves relative links against the base URL and tells management levels by their titles', () => {
    const { imported: ladder } = imported('two-tracks', 'https://github.com/northwind/ladder/blob/main/');
    expect(ladder.ladder.introduction).toBe(
      'Read the [guide to promotions](https://github.com/northwind/ladder/blob/main/guides/promotions.md) before using this ladder.',
    );
    expect(ladder.levels.map((l) => [l.id, l.data.track, l.data.rank])).toEqual([
      ['engineer-i', 'engineering', 1],
      ['engineer-ii', 'engineering', 2],
      ['engineering-manager', 'management', 1],
      ['director-of-engineering', 'management', 2],
    ]);
  });

  it('warns, listing the lines, about cells under a header the config does not name as a level', () => {
    const config =
      'shape: levels\nexpectations: table-cells\nlevels:\n  - { heading: L1, track: engineering, rank: 1 }\n  - { heading: L2, track: engineering, rank: 2 }\n  - { heading: L3, track: engineering, rank: 3 }\n';
    const { imported: ladder } = importLadderDocument(readImportDocument(`${shapes}/table-columns.md`), { config });
    expect(ladder.summary.skills).toBe(9);
    expect(formatWarnings(ladder, 'table-columns.md')).toEqual([
      'table-columns.md:7: dropped a table cell under "L4", which is no level of the config',
      'table-columns.md:9: dropped a table cell under "L4", which is no level of the config',
    ]);
  });

  it('reads a bold line followed by a list as a level heading', () => {
    const { imported: ladder } = imported('bold-labels');
    expect(ladder.levels.map((l) => [l.id, l.data.rank])).toEqual([
      ['junior-engineer-l3', 1],
      ['mid-level-engineer-l4', 2],
      ['senior-engineer-l5', 3],
    ]);
  });

  it('keeps sections that are not levels as prose of the introduction', () => {
    const { imported: ladder } = imported('ordered-lists');
    expect(ladder.ladder.introduction).toContain('A pipeline is a scheduled job that moves and shapes data.');
    expect(ladder.summary.found!.prose.map((p) => p.line)).toEqual([3, 20, 22]);
  });
});

describe('documents the importer refuses, naming file and line', () => {
  const bad = 'test/fixtures/import/shapes-bad';
  const failureOf = (name: string) => {
    try {
      importLadderDocument(readImportDocument(`${bad}/${name}.md`));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${name} imported without an error`);
  };

  it.each([
    ['prose-only', /prose-only\.md:1: has no levels the importer can recognise/],
    ['empty-level', /empty-level\.md:7: has the level "Senior" with no expectations under it/],
    ['mostly-markup', /mostly-markup\.md:3: is mostly markup the importer drops \(6 of 11 lines\): line 3: an image/],
    [
      'unsafe-id',
      /unsafe-id\.import\.yaml: is not a valid import config:\n {2}- levels\.0\.id: must be a lowercase ASCII slug/,
    ],
    ['bad-front-matter', /bad-front-matter\.md:3: has front matter that is not valid YAML/],
    ['repeated-level', /repeated-level\.md:11: repeats the level "Senior" \(first on line 3\)/],
    ['unknown-level', /unknown-level\.import\.yaml: levels: "Principal" matches no heading of .*unknown-level\.md/],
  ])('%s', (name, message) => {
    expect(failureOf(name)).toMatch(message);
  });
});
