import { describe, expect, it } from 'vitest';
import { ladderExport } from '../../src/lib/export/ladder-export.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import {
  addSkill,
  moveSkill,
  packetFromIds,
  parseStoredPacket,
  removeSkill,
  sameSkills,
  serializePacket,
  setNote,
  skillIdsFromQuery,
  withRelease,
  type Packet,
} from '../../src/lib/packet/packet-state.ts';
import {
  packetHtml,
  packetMarkdown,
  packetShareUrl,
  packetSkills,
  packetText,
  resolvePacket,
  skillFinder,
} from '../../src/lib/packet/packet-export.ts';
import { searchSkills } from '../../src/lib/packet/packet-search.ts';
import { readContent } from '../helpers/read-content.ts';

const site = 'https://ladder.example.com';
const fixtureSkills = packetSkills(ladderExport(buildLadderIndex(readContent('test/fixtures/ladder')), site));
const publishedSkills = packetSkills(ladderExport(buildLadderIndex(readContent('content')), site));
const ids = (packet: Packet) => packet.items.map((item) => item.id);

describe('the packet in storage', () => {
  it('reads back what it stored', () => {
    const packet = setNote(
      addSkill(addSkill({ items: [] }, 'basic-facilitation'), 'spike-solutions'),
      'spike-solutions',
      'Ran the spike on caching.',
    );
    expect(parseStoredPacket(serializePacket(packet))).toEqual({ packet });
  });

  it('records the release it was made against when it gets its first skill, keeps it, and reads a version 1 packet', () => {
    const made = withRelease(addSkill({ items: [] }, 'basic-facilitation'), '2024-prototype');
    expect(JSON.parse(serializePacket(made))).toEqual({
      version: 2,
      release: '2024-prototype',
      items: [{ id: 'basic-facilitation', note: '' }],
    });
    expect(withRelease(addSkill(made, 'spike-solutions'), '2025-revision').release).toBe('2024-prototype');
    expect(parseStoredPacket(serializePacket(made))).toEqual({ packet: made });
    expect(withRelease(removeSkill(made, 'basic-facilitation'), '2025-revision')).toEqual({ items: [] });
    expect(parseStoredPacket('{"version": 1, "items": [{"id": "a", "note": "Led it."}]}')).toEqual({
      packet: { items: [{ id: 'a', note: 'Led it.' }] },
    });
  });

  it('starts empty, without a problem, when nothing is stored', () => {
    expect(parseStoredPacket(null)).toEqual({ packet: { items: [] } });
  });

  it.each([
    ['{"items": [', 'it is not valid JSON'],
    ['[1, 2]', 'it is not in the expected form'],
    ['{"version": 3, "items": []}', 'it is not in the expected form'],
  ])('resets %s, saying why', (raw, why) => {
    expect(parseStoredPacket(raw)).toEqual({
      packet: { items: [] },
      problem: `Your saved packet couldn't be read (${why}), so it was reset.`,
    });
  });

  it('leaves out only the items it cannot read, saying which and quoting their notes', () => {
    const raw = JSON.stringify({
      version: 1,
      items: [
        { id: 'a', note: 'Led the migration.' },
        { id: 'Not A Slug', note: 'Ran the offsite.' },
        { id: 'b' },
        42,
        { id: 'c', note: { text: 'x' } },
        { id: 'd', note: 'Mentored two.' },
      ],
    });
    expect(parseStoredPacket(raw)).toEqual({
      packet: {
        items: [
          { id: 'a', note: 'Led the migration.' },
          { id: 'b', note: '' },
          { id: 'd', note: 'Mentored two.' },
        ],
      },
      problem: [
        'Skill 2 of your saved packet couldn\'t be read (its skill id "Not A Slug" is not a skill id), so it was left out. Its note was: “Ran the offsite.”',
        "Skill 4 of your saved packet couldn't be read (it is not in the expected form), so it was left out.",
        "Skill 5 of your saved packet couldn't be read (its note is not text), so it was left out.",
      ].join(' '),
    });
  });
});

describe('changing the packet', () => {
  const packet = packetFromIds(['a', 'b', 'c']);

  it('adds a skill once, at the end', () => {
    expect(ids(addSkill(addSkill(packet, 'd'), 'a'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves a skill up or down, stopping at either end', () => {
    expect(ids(moveSkill(packet, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveSkill(packet, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveSkill(packet, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveSkill(packet, 'c', 5))).toEqual(['a', 'b', 'c']);
  });

  it('removes a skill with its note', () => {
    expect(removeSkill(setNote(packet, 'b', 'x'), 'b')).toEqual(packetFromIds(['a', 'c']));
  });
});

describe('sharing a packet by URL', () => {
  const packet = setNote(packetFromIds(['basic-facilitation', 'spike-solutions']), 'spike-solutions', 'private');

  it('carries the skills in order and never the notes', () => {
    const url = packetShareUrl(packet, site);
    expect(url).toBe('https://ladder.example.com/packet/?skills=basic-facilitation,spike-solutions');
    expect(url).not.toContain('private');
    expect(skillIdsFromQuery(new URL(url).search)).toEqual(['basic-facilitation', 'spike-solutions']);
  });

  it('reads shared ids leniently: encoded commas, repeats and junk', () => {
    expect(skillIdsFromQuery('?skills=a%2Cb,,a,<script>,c-d')).toEqual(['a', 'b', 'c-d']);
    expect(skillIdsFromQuery('?other=1')).toBeUndefined();
    expect(skillIdsFromQuery('?skills=')).toEqual([]);
  });

  it('keeps the notes this browser has for shared skills it already holds', () => {
    expect(packetFromIds(['spike-solutions', 'self-starter'], packet)).toEqual({
      items: [
        { id: 'spike-solutions', note: 'private' },
        { id: 'self-starter', note: '' },
      ],
    });
    expect(sameSkills(packet, ['basic-facilitation', 'spike-solutions'])).toBe(true);
    expect(sameSkills(packet, ['spike-solutions', 'basic-facilitation'])).toBe(false);
  });
});

describe('the packet against the ladder', () => {
  const find = skillFinder(fixtureSkills);

  it('without a public address, cites from where the packet is served', () => {
    const local = packetSkills(ladderExport(buildLadderIndex(readContent('test/fixtures/ladder')), undefined));
    const skill = skillFinder(local)('basic-facilitation')!;
    expect(skill.path).toBe('/skills/basic-facilitation/');
    const served = 'http://127.0.0.1:4321/packet/';
    expect(packetMarkdown([{ skill, note: '' }], served)).toContain(
      '(http://127.0.0.1:4321/skills/basic-facilitation/)',
    );
    expect(packetShareUrl(packetFromIds(['basic-facilitation']), served)).toBe(
      'http://127.0.0.1:4321/packet/?skills=basic-facilitation',
    );
  });

  it('cites each skill with its level and skill set, and carries its words for the card', () => {
    expect(find('basic-facilitation')).toEqual({
      id: 'basic-facilitation',
      title: 'Basic facilitation',
      path: 'https://ladder.example.com/skills/basic-facilitation/',
      context: 'Software Engineers · Basic Leadership',
      summary: 'You facilitate discussions within your team.',
      description: 'You facilitate discussions within your team.',
      aliases: [],
    });
  });

  it('follows a renamed skill to its new id and sets aside skills no longer in the ladder, notes and all', () => {
    const stored = {
      items: [
        { id: 'self-motivation', note: 'old note' },
        { id: 'retired-skill', note: 'keep me' },
        { id: 'self-starter', note: 'new note' },
      ],
    };
    expect(resolvePacket(stored, find)).toEqual({
      packet: { items: [{ id: 'self-starter', note: 'old note\n\nnew note' }] },
      missing: [{ id: 'retired-skill', note: 'keep me' }],
    });
  });
});

describe('exporting the packet', () => {
  const find = skillFinder(fixtureSkills);
  const entries = [
    { skill: find('basic-facilitation')!, note: 'Facilitated our retros since March.\n\nSee the *notes* doc.' },
    { skill: find('spike-solutions')!, note: '' },
  ];

  it('writes Markdown: a numbered list of citations with each note indented under its skill', () => {
    expect(packetMarkdown(entries, site)).toBe(
      [
        '1. [Basic facilitation](https://ladder.example.com/skills/basic-facilitation/) — Software Engineers · Basic Leadership',
        '',
        '   Facilitated our retros since March.',
        '',
        '   See the *notes* doc.',
        '',
        '2. [Spike solutions](https://ladder.example.com/skills/spike-solutions/) — Software Engineers · Basic Implementation',
        '',
      ].join('\n'),
    );
  });

  it('indents notes under the tenth item by its wider marker', () => {
    const ten = Array.from({ length: 10 }, () => ({ skill: find('spike-solutions')!, note: 'line one\nline two' }));
    expect(packetMarkdown(ten, site)).toContain(
      '10. [Spike solutions](https://ladder.example.com/skills/spike-solutions/) — Software Engineers · Basic Implementation\n\n    line one\n    line two\n',
    );
  });

  it('writes rich text with links, escaping the notes', () => {
    expect(packetHtml([{ skill: find('spike-solutions')!, note: 'a <b> & c\nd' }], site)).toBe(
      '<ol><li><p><a href="https://ladder.example.com/skills/spike-solutions/">Spike solutions</a> — Software Engineers · Basic Implementation</p><p>a &lt;b&gt; &amp; c<br>d</p></li></ol>',
    );
  });

  it('writes plain text with each URL in full', () => {
    expect(packetText(entries, site)).toBe(
      [
        '1. Basic facilitation (https://ladder.example.com/skills/basic-facilitation/) — Software Engineers · Basic Leadership',
        '   Facilitated our retros since March.',
        '',
        '   See the *notes* doc.',
        '',
        '2. Spike solutions (https://ladder.example.com/skills/spike-solutions/) — Software Engineers · Basic Implementation',
        '',
      ].join('\n'),
    );
  });
});

describe('finding skills to add as you type', () => {
  const titles = (query: string, limit?: number) =>
    searchSkills(publishedSkills, query, limit).map((skill) => skill.title);

  it('lists Basic and Intermediate facilitation first for "facilitation", then skills that mention it', () => {
    const found = titles('facilitation');
    expect(found.slice(0, 2)).toEqual(['Basic facilitation', 'Intermediate facilitation']);
    expect(found.length).toBeGreaterThan(2);
  });

  it('matches word beginnings, ignoring case, accents and punctuation', () => {
    expect(titles('FACIL', 2)).toEqual(['Basic facilitation', 'Intermediate facilitation']);
    expect(titles('yes and')).toEqual(['“Yes, and...”']);
    expect(titles('driven test')[0]).toBe('Basic test-driven development');
    expect(titles('zzz')).toEqual([]);
    expect(titles('basic test')[0]).toBe('Basic test-driven development');
  });

  it('puts a title typed in full first', () => {
    expect(titles('risk management')[0]).toBe('Risk management');
  });

  it('finds skills by level or skill set too', () => {
    expect(searchSkills(fixtureSkills, 'manager baseline').map((s) => s.id)).toEqual(['self-starter']);
  });

  it('finds nothing for an empty query', () => {
    expect(titles('  ')).toEqual([]);
  });
});
