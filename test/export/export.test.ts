import { describe, expect, it } from 'vitest';
import { csvColumns, csvField, ladderCsv, ladderExport } from '../../src/lib/export/ladder-export.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { readContent } from '../helpers/read-content.ts';

const fixture = buildLadderIndex(readContent('test/fixtures/ladder'));
const published = buildLadderIndex(readContent('content'));
const site = 'https://ladder.example.com';

/** The fields of a CSV text, read back the way a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the JSON export', () => {
  const data = ladderExport(fixture, site);

  it('names its format and version and the site it describes', () => {
    expect(data).toMatchObject({
      format: 'rungs-ladder',
      version: 1,
      title: 'Fixture Career Skills',
      updated: '2024-08-18',
      url: 'https://ladder.example.com/',
    });
  });

  it('lists levels in ladder order with what each requires', () => {
    expect(data.levels.map((l) => [l.id, l.rank, l.requires])).toEqual([
      ['all-engineers', 0, []],
      ['software-engineers', 1, ['all-engineers']],
      ['specialties', null, []],
      ['associate-manager', 1, ['all-engineers']],
    ]);
    expect(data.levels[1]).toEqual({
      id: 'software-engineers',
      title: 'Software Engineers',
      track: 'engineering',
      rank: 1,
      baseline: false,
      url: 'https://ladder.example.com/levels/software-engineers/',
      intro: "They're required at the Software Engineer level and above.",
      requires: ['all-engineers'],
      skillSets: ['basic-leadership', 'basic-implementation'],
      aliases: [],
    });
  });

  it('gives each skill its place, description, links, Excluded note, reading and old ids', () => {
    expect(data.skills.find((s) => s.id === 'basic-facilitation')).toEqual({
      id: 'basic-facilitation',
      title: 'Basic facilitation',
      level: 'software-engineers',
      skillSet: 'basic-leadership',
      url: 'https://ladder.example.com/skills/basic-facilitation/',
      summary: 'You facilitate discussions within your team.',
      description: 'You facilitate discussions within your team.',
      seeAlso: [
        { skill: 'active-participation', url: 'https://ladder.example.com/skills/active-participation/' },
        { unresolved: 'Intermediate facilitation' },
      ],
      excluded: {
        note: "This skill doesn't require you to facilitate sessions involving strong disagreement.",
        skills: [],
      },
      raises: null,
      furtherReading: [{ title: 'Leadership Roles', author: null, url: null }],
      aliases: [],
    });
    expect(data.skills.find((s) => s.id === 'self-starter')?.aliases).toEqual(['self-motivation']);
  });

  it('holds every skill set and skill of the published ladder once, in ladder order', () => {
    const all = ladderExport(published, site);
    expect(all.skillSets).toHaveLength(30);
    expect(all.skills).toHaveLength(235);
    expect(new Set(all.skills.map((s) => s.id)).size).toBe(235);
    const skillOrder = all.skillSets.flatMap((s) => s.skills);
    expect(all.skills.map((s) => s.id)).toEqual(skillOrder);
    expect(all.skills.find((s) => s.id === 'team-leadership')?.raises).toEqual({ skillSet: 'team-leadership' });
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('the CSV export', () => {
  const text = ladderCsv(fixture, site);
  const rows = parseCsv(text.slice(1));

  it('starts with a byte-order mark and a header row, and ends every line with CRLF', () => {
    expect(text.startsWith('\uFEFFTrack,Level,Skill set,Skill,URL,See also,Excluded,Summary,Id\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows[0]).toEqual([...csvColumns]);
  });

  it('has one row per skill, in ladder order', () => {
    expect(rows.slice(1).map((row) => row[8])).toEqual([
      'active-participation',
      'basic-facilitation',
      'basic-test-driven-development',
      'spike-solutions',
      'method-and-variable-refactoring',
      'self-starter',
    ]);
  });

  it('names See also and Excluded by title, quoting fields that hold commas or quotes', () => {
    const tdd = rows.find((row) => row[8] === 'basic-test-driven-development')!;
    expect(tdd).toEqual([
      'Engineering',
      'Software Engineers',
      'Basic Implementation',
      'Basic test-driven development',
      'https://ladder.example.com/skills/basic-test-driven-development/',
      'Spike solutions',
      'Method and variable refactoring',
      'You write tests before you write code.',
      'basic-test-driven-development',
    ]);
    expect(rows.find((row) => row[8] === 'basic-facilitation')![5]).toBe(
      'Active participation; Intermediate facilitation',
    );
    expect(rows[1][0]).toBe('Both tracks');
  });

  it('quotes and neutralises fields a spreadsheet would misread', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('“Yes, and...”')).toBe('"“Yes, and...”"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
  });

  it('has 235 rows of 9 fields for the published ladder', () => {
    const all = parseCsv(ladderCsv(published, site).slice(1));
    expect(all).toHaveLength(236);
    expect(all.every((row) => row.length === 9)).toBe(true);
    expect(all.find((row) => row[8] === 'yes-and')?.[3]).toBe('“Yes, and...”');
  });
});
