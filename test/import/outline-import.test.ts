import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';
import { parseImportConfig } from '../../src/lib/import/import-config.ts';
import { deriveTitle } from '../../src/lib/import/outline/derive-title.ts';
import { ladderSchema, levelSchema, skillSchema, skillSetSchema } from '../../src/lib/content/schemas.ts';
import { splitFrontmatter } from '../../src/lib/content/content-layout.ts';

const fixture = (name: string) => importLadderDocument(readImportDocument(`test/fixtures/import/outline/${name}.md`));
const skill = (imported: ReturnType<typeof fixture>['imported'], id: string) =>
  imported.skills.find((s) => s.id === id)!;

/** Every rendered file parses with the schema of its collection. */
function validate(files: Map<string, string>) {
  for (const [path, text] of files) {
    const yaml = path.endsWith('.md') ? splitFrontmatter(text)!.yaml : text;
    const schema =
      path === 'ladder.yaml'
        ? ladderSchema
        : path.startsWith('levels/')
          ? levelSchema
          : path.startsWith('skill-sets/')
            ? skillSetSchema
            : skillSchema;
    const result = schema.safeParse(parseYaml(yaml));
    expect(result.success, `${path}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  }
}

describe('outline import config', () => {
  it('keeps the level-section config the default when shape is absent', () => {
    const config = parseImportConfig(
      'levels:\n  - { heading: All, track: engineering, tags: [All] }\n',
      'x.import.yaml',
    );
    expect('levels' in config && config.levels[0].heading).toBe('All');
  });

  it('reads an outline config and names an unknown shape', () => {
    const config = parseImportConfig(
      'shape: outline\nladder: { id: a, title: A }\nlevel: { id: b, title: B, track: management, tags: [B] }\n',
      'x.import.yaml',
    );
    expect(config).toMatchObject({ shape: 'outline', level: { track: 'management' } });
    expect(() => parseImportConfig('shape: tree\n', 'x.import.yaml')).toThrow(
      /shape: must be one of "level-sections", "outline"/,
    );
    expect(() => parseImportConfig('shape: outline\nladder: { id: a, title: A }\n', 'x.import.yaml')).toThrow(
      /level: /,
    );
  });
});

describe('deriving titles from an item’s own words', () => {
  it('takes a bold lead, joining adjacent bold runs', () => {
    expect(deriveTitle('**Engineering strategy** to reconcile goals')).toBe('Engineering strategy');
    expect(deriveTitle('**You _align_** **your org to the needs of the business.**')).toBe(
      'You align your org to the needs of the business.',
    );
  });

  it('takes a short first sentence without Markdown or its full stop', () => {
    expect(deriveTitle('Debugs the toughest issues. Capable of weighing solutions')).toBe('Debugs the toughest issues');
    expect(deriveTitle('You manage [via interfaces](https://example.com).')).toBe('You manage via interfaces');
    expect(deriveTitle('You’re amazing at growing Sr. EMs and Staff/Sr. Staff ICs. More.')).toBe(
      'You’re amazing at growing Sr. EMs and Staff/Sr. Staff ICs',
    );
  });

  it('cuts a long sentence at a clause boundary, or takes a clause of up to 24 words whole', () => {
    expect(
      deriveTitle(
        'Owns documentation for complex systems, drives standards for how the team documents services, and ensures decisions are recorded',
      ),
    ).toBe('Owns documentation for complex systems');
    expect(
      deriveTitle(
        'Strategizes the full cycle of monitoring from alerting, metrics, monitors, and tooling for at least 1 system',
      ),
    ).toBe('Strategizes the full cycle of monitoring from alerting, metrics, monitors');
    expect(
      deriveTitle('You keep the bar high even if it means losing strong performers who aren’t a good cultural fit.'),
    ).toBe('You keep the bar high even if it means losing strong performers who aren’t a good cultural fit');
  });
});

describe('importing an outline of nested bullets', () => {
  const { imported, files } = fixture('nested-bullets');

  it('makes top-level items areas and their children items, ignoring empty markers', () => {
    expect(imported.skillSets.map((s) => [s.id, s.data.order, s.data.tag])).toEqual([
      ['strategy', 1, 'N'],
      ['culture', 2, 'N'],
    ]);
    expect(imported.skillSets[0].data.intro).toBe('**Strategy** to reconcile goals with constraints');
    expect(imported.skills.map((s) => [s.id, s.data.skillSet, s.data.order, s.data.level])).toEqual([
      ['finding-a-third-option-when-business-and-tech-needs-seem-to', 'strategy', 1, 'nested-level'],
      ['translating-the-strategy-into-first-steps-see-the-guide', 'strategy', 2, 'nested-level'],
      ['using-established-techniques-for-working-together-better', 'culture', 1, 'nested-level'],
    ]);
  });

  it('keeps deeper nesting as a nested list in the item’s body and links as written', () => {
    const finding = imported.skills[0];
    expect(finding.data.title).toBe(
      'Finding a "third option" when business and tech needs seem to contradict each other in the roadmap',
    );
    expect(finding.body).toBe(
      'Finding a "third option" when business and tech needs seem to contradict each other in the roadmap\n\n- Option 1: ignore the market\n- Option 2: ignore the engineers',
    );
    expect(imported.skills[1].body).toContain('[the guide](https://example.com/guide)');
    expect(imported.skills[2].body).toBe('Using established techniques for working together better');
  });

  it('rejoins the wrapped introduction and writes valid content', () => {
    expect(imported.ladder).toMatchObject({
      title: 'Nested',
      introduction: 'I practise these by initiative. I would like them to be my stated responsibilities.',
      source: 'test/fixtures/import/outline/nested-bullets.md',
    });
    expect(imported.levels).toEqual([
      {
        id: 'nested-level',
        data: expect.objectContaining({ title: 'Nested level', track: 'engineering', tags: ['N'] }),
      },
    ]);
    validate(files);
  });
});

describe('importing an outline of # areas and ### skills with paragraphs', () => {
  const { imported, files } = fixture('headings-paragraphs');

  it('makes the shallowest headings areas and deeper headings items, each source line its own paragraph', () => {
    expect(imported.skillSets.map((s) => s.id)).toEqual(['technical-skills', 'delivery']);
    expect(imported.skillSets[1].data.intro).toBe('Delivery is about value.');
    expect(imported.skills.map((s) => [s.id, s.data.skillSet])).toEqual([
      ['quality-and-testing', 'technical-skills'],
      ['security', 'technical-skills'],
      ['incremental-delivery', 'delivery'],
    ]);
    expect(imported.skills[0].body).toBe(
      'Writes production-ready code. Understands when it’s right to leave comments.\n\nDrives organization wide testing strategy.',
    );
  });

  it('repairs the mojibake', () => {
    expect([...files.values()].join('')).not.toMatch(/â€/);
    expect(imported.summary.mojibakeRepairedAt).toEqual([4, 14]);
    validate(files);
  });
});

describe('importing an outline of ## areas with bullets', () => {
  const { imported, files } = fixture('headings-bullets');

  it('keeps an area with only a paragraph as a skill set with that intro', () => {
    expect(imported.skillSets[0].data).toMatchObject({
      title: 'Scope',
      intro: expect.stringMatching(/^I increasingly optimize .* my domain$/),
    });
    expect(imported.skills.filter((s) => s.data.skillSet === 'scope')).toEqual([]);
  });

  it('makes the bullets items with derived titles and full bodies, ids unique within the ladder', () => {
    expect(imported.skills.map((s) => [s.id, s.data.title])).toEqual([
      ['communicates-effectively-with-teams', 'Communicates effectively with teams'],
      [
        'writes-code-review-feedback-that-is-timely-sought-after-and',
        'Writes code review feedback that is timely, sought after and respected',
      ],
      ['debugs-the-toughest-issues', 'Debugs the toughest issues'],
      ['communicates-effectively-with-teams-2', 'Communicates effectively with teams'],
    ]);
    expect(imported.skills[1].body).toBe(
      'Writes code review feedback that is timely, sought after and respected, and often the source of others’ learning',
    );
    expect(imported.skills.every((s) => s.id.length <= 60)).toBe(true);
    validate(files);
  });
});

describe('importing a numbered outline with TODO items and a reading list', () => {
  const { imported, files } = fixture('numbered-todo');

  it('takes bold area titles and numbered items', () => {
    expect(imported.skillSets.map((s) => [s.data.title, s.data.intro])).toEqual([
      ['You ensure that your organization consistently executes well.', undefined],
      ['You align your org to the needs of the business.', undefined],
    ]);
    expect(skill(imported, 'you-manage-via-interfaces').body).toBe(
      'You manage [via interfaces](https://example.com/interfaces).',
    );
  });

  it('marks TODO items as placeholders to be written, numbered by area and item', () => {
    const placeholders = imported.skills.filter((s) => s.data.placeholder);
    expect(placeholders.map((s) => [s.id, s.data.title, s.body])).toEqual([
      ['to-be-written-1-3', 'To be written (1.3)', 'To be written.'],
      ['to-be-written-2-2', 'To be written (2.2)', 'To be written.'],
    ]);
    expect(files.get('skills/to-be-written-1-3.md')).toContain('placeholder: true');
    expect(files.get('skills/you-manage-via-interfaces.md')).not.toContain('placeholder');
    expect(imported.summary).toMatchObject({ placeholders: 2, readingList: 2 });
  });

  it('turns the closing list of links into the reading list, not an area', () => {
    expect(imported.ladder.readingList).toEqual([
      { title: 'https://lethain.com/path/', url: 'https://lethain.com/path/' },
      { title: 'Ways managers get stuck', url: 'https://lethain.com/stuck/' },
    ]);
    expect(imported.skillSets).toHaveLength(2);
    expect(imported.skills).toHaveLength(5);
    validate(files);
  });
});

/** Plain words of a Markdown fragment: no emphasis, link targets, escapes, heading or list marks. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([{}<>])/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The source's units of text, read independently of the importer: a heading, list marker, blank line or rule
 * starts a new unit, as does a line after one that ends a sentence; any other line continues the unit before it.
 */
function sourceUnits(source: string): string[] {
  const units: string[] = [];
  let open = false;
  for (const line of source.split('\n')) {
    const text = line.trim();
    if (text === '' || /^([-*_])(\s*\1){2,}$/.test(text)) {
      open = false;
      continue;
    }
    if (open && !/^(#|[-*+]\s|\d+[.)]\s)/.test(text)) units[units.length - 1] += ` ${text}`;
    else units.push(text);
    open = !/[.!?]["”’')]?$/.test(text);
  }
  return units;
}

const documents = {
  'staff-plus-responsibilities': { skillSets: 4, skills: 13, placeholders: 0, readingList: 0 },
  'org-skills-matrix': { skillSets: 5, skills: 15, placeholders: 0, readingList: 0 },
  'senior-engineer-cross-team': { skillSets: 7, skills: 26, placeholders: 0, readingList: 0 },
  'director-of-engineering': { skillSets: 6, skills: 30, placeholders: 3, readingList: 3 },
};

describe.each(Object.entries(documents))('importing the reference document %s', (name, counts) => {
  const documentPath = `content/sources/${name}.md`;
  const { imported, files } = importLadderDocument(readImportDocument(documentPath));

  /** Every text the generated content carries, as a reader could find it on some page. */
  function publishedText(): string {
    const parts = [imported.ladder.title, imported.ladder.introduction ?? ''];
    for (const reading of imported.ladder.readingList) parts.push(`[${reading.title}](${reading.url})`);
    for (const skillSet of imported.skillSets) parts.push(skillSet.data.title, skillSet.data.intro ?? '');
    for (const s of imported.skills) parts.push(s.data.title, s.body);
    return plain(parts.join(' \n '));
  }

  it('finds every area, item, placeholder and reading-list entry', () => {
    expect({
      skillSets: imported.skillSets.length,
      skills: imported.skills.length,
      placeholders: imported.skills.filter((s) => s.data.placeholder).length,
      readingList: imported.ladder.readingList.length,
    }).toEqual(counts);
  });

  it('keeps every sentence of the source somewhere in the content', () => {
    const published = publishedText();
    const source = readFileSync(documentPath, 'utf8');
    const { readingListLabel } = { readingListLabel: counts.readingList > 0 ? 'Stuff to read' : undefined };
    const missing: string[] = [];
    let todos = 0;
    for (const unit of sourceUnits(source)) {
      const text = plain(unit).replace(/â€™/g, '’');
      if (text === '') continue;
      if (text === 'TODO') {
        todos++;
        continue;
      }
      if (text === readingListLabel) continue; // the reading list's heading, shown by the page as its label
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)) {
        if (!published.includes(sentence)) missing.push(sentence);
      }
    }
    expect(missing).toEqual([]);
    expect(todos).toBe(counts.placeholders);
  });

  it('repairs the mojibake and writes content the schemas accept', () => {
    const text = [...files.values()].join('\n');
    expect(text).not.toMatch(/â€|Ã.|Â/);
    expect(text).not.toContain('](#)');
    validate(files);
  });

  it('keeps the Markdown links of the source', () => {
    const source = readFileSync(documentPath, 'utf8');
    const links = [...source.matchAll(/\[[^\]]+\]\([^)]+\)/g)].map((m) => m[0]);
    const bodies = imported.skills.map((s) => s.body).join('\n');
    const reading = imported.ladder.readingList.map((r) => `[${r.title}](${r.url})`);
    expect(links.filter((link) => !bodies.includes(link) && !reading.includes(link))).toEqual([]);
  });
});

describe('raw HTML in an outline', () => {
  it('keeps the text of markup as Markdown and drops the image, reporting its line', () => {
    const { imported, files } = fixture('html-blocks');
    expect(imported.summary.dropped).toEqual([{ line: 3, what: 'an image (<img>)' }]);
    expect(files.get('skills/ships-in-small-safe-steps.md')).toContain(
      'Ships in small, safe steps.\n\nKeeps the **release notes** current.',
    );
    expect([...files.values()].join('\n')).not.toMatch(/<(img|p|div|b)\b/);
  });
});
