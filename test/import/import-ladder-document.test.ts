import { describe, expect, it } from 'vitest';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';

const fixture = (name: string) => `test/fixtures/import/${name}.md`;
const importFixture = (name: string) => importLadderDocument(readImportDocument(fixture(name))).imported;
const skill = (name: string, id: string) => {
  const found = importFixture(name).skills.find((s) => s.id === id);
  if (!found) throw new Error(`no skill ${id}`);
  return found;
};
const failureOf = (name: string) => {
  try {
    importLadderDocument(readImportDocument(fixture(name)));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`importing ${name} did not fail`);
};

describe('importing a ladder document', () => {
  it('reads the title, updated date, introduction and disclaimer from the preamble', () => {
    const { ladder } = importFixture('small-ladder');
    expect(ladder).toMatchObject({
      title: 'Small Ladder (Test)',
      updated: '2025-02-03',
      introduction: '*A test ladder.*',
      disclaimer: 'The descriptions are *not comprehensive*. Your manager has final say.',
    });
  });

  it('classifies headings by meaning whatever their depth and emphasis', () => {
    const imported = importFixture('small-ladder');
    expect(imported.levels.map((l) => l.id)).toEqual(['all-engineers', 'software-engineers', 'specialties']);
    expect(imported.skillSets.map((s) => [s.id, s.data.level, s.data.tag])).toEqual([
      ['baseline-expectations', 'all-engineers', 'All'],
      ['basic-leadership', 'software-engineers', 'SE'],
      ['basic-design', 'software-engineers', 'SE'],
    ]);
    // "####" bold, "##" bold, "#" bold-italic, "###" plain and "##" plain headings are all skills here.
    expect(imported.skills.map((s) => [s.id, s.data.skillSet, s.data.order])).toEqual([
      ['active-participation', 'baseline-expectations', 1],
      ['yes-and', 'baseline-expectations', 2],
      ['status-and-forecasting', 'baseline-expectations', 3],
      ['basic-facilitation', 'basic-leadership', 1],
      ['spike-solutions', 'basic-design', 1],
      ['method-refactoring', 'basic-design', 2],
      ['key-idea-collective-ownership', 'basic-design', 3],
      ['collective-ownership', 'basic-design', 4],
    ]);
  });

  it('keeps an empty level section, with its placeholder text, rather than dropping it', () => {
    const specialties = importFixture('small-ladder').levels.find((l) => l.id === 'specialties')!;
    expect(specialties.data).toMatchObject({ title: 'Specialties', intro: '(tbd)' });
    expect(specialties.data.rank).toBeUndefined();
  });

  it('keeps emphasis-wrapped text that is not a heading as a paragraph', () => {
    const basicDesign = importFixture('small-ladder').skillSets.find((s) => s.id === 'basic-design')!;
    expect(basicDesign.data.intro).toBe('__Spike solutions__ is not a heading, it is a paragraph.');
  });

  it('rejoins a paragraph the export split mid-sentence', () => {
    const imported = importFixture('small-ladder');
    expect(skill('small-ladder', 'status-and-forecasting').body).toBe('You share status with the team every week.');
    expect(imported.summary.rejoinedAt).toEqual([34]);
  });

  it('reads See also lists separated by semicolons or commas without splitting a title that contains a comma', () => {
    expect(skill('small-ladder', 'active-participation').data.seeAlso).toEqual([
      { skill: 'basic-facilitation' },
      { skill: 'yes-and' },
    ]);
    expect(skill('small-ladder', 'yes-and').data.seeAlso).toEqual([
      { skill: 'active-participation' },
      { skill: 'basic-facilitation' },
    ]);
  });

  it('resolves names through the alias table and keeps names it cannot resolve as unresolved', () => {
    const facilitation = skill('small-ladder', 'basic-facilitation');
    expect(facilitation.data.seeAlso).toEqual([
      { skill: 'status-and-forecasting' },
      { unresolved: 'Incremental design' },
    ]);
    expect(importFixture('small-ladder').summary.unresolved).toEqual([
      { line: 52, skill: 'Basic facilitation', name: 'Incremental design' },
    ]);
  });

  it('links the skills an Excluded note names, and lists them there rather than also under See also', () => {
    const facilitation = skill('small-ladder', 'basic-facilitation');
    expect(facilitation.data.excluded).toEqual({
      note: 'Refactoring and spike solutions are separate skills. Facilitating strangers is harder.',
      skills: ['method-refactoring', 'spike-solutions'],
    });
    expect(facilitation.data.seeAlso).not.toContainEqual({ skill: 'spike-solutions' });
  });

  it('turns placeholder links into titles without a link and keeps real links and authors', () => {
    expect(skill('small-ladder', 'status-and-forecasting').data.furtherReading).toEqual([
      { title: 'Team Steward Role' },
    ]);
    expect(skill('small-ladder', 'basic-facilitation').data.furtherReading).toEqual([
      { title: 'Explore It!', author: 'Elisabeth Hendrickson' },
    ]);
    expect(skill('small-ladder', 'method-refactoring').data.furtherReading).toEqual([
      { title: 'Refactoring', url: 'https://refactoring.com/' },
    ]);
  });

  it('gives "Key Idea: Collective ownership" and "Collective ownership" different ids', () => {
    const ids = importFixture('small-ladder').skills.map((s) => s.id);
    expect(ids).toContain('key-idea-collective-ownership');
    expect(ids).toContain('collective-ownership');
  });

  it('is deterministic: the same document gives byte-identical files', () => {
    const first = importLadderDocument(readImportDocument(fixture('small-ladder'))).files;
    const second = importLadderDocument(readImportDocument(fixture('small-ladder'))).files;
    expect([...second]).toEqual([...first]);
  });

  it('repairs mojibake (UTF-8 read as Windows-1252) and reports the lines', () => {
    const imported = importFixture('mojibake');
    expect(imported.skills[0].data.title).toBe('It’s fine');
    expect(imported.skills[0].body).toBe('You say “yes, and” and it’s café time.');
    expect(imported.summary.mojibakeRepairedAt).toEqual([7, 9]);
  });

  it('reads a document with a byte-order mark and Windows line endings', () => {
    const imported = importFixture('bom-crlf');
    expect(imported.ladder.title).toBe('Ladder');
    expect(imported.skills.map((s) => s.id)).toEqual(['listening', 'speaking']);
    expect(imported.skills[0].data.seeAlso).toEqual([{ skill: 'speaking' }]);
  });
});

describe('importing a malformed document stops with the file, line and what to do', () => {
  it.each([
    ['empty', /empty\.md: is empty/],
    ['no-levels', /no-levels\.md:5: has the heading "A heading" before any level section.*add it there/],
    [
      'unclassifiable',
      /unclassifiable\.md:13: .*"Secret Skills \(Wizard\)".*"\(Wizard\)" is no level's tag: add it to the tags of "All Engineers"/,
    ],
    [
      'skill-before-skill-set',
      /skill-before-skill-set\.md:7: .*"Listening" in level "All Engineers" before any skill set/,
    ],
    ['duplicate-titles', /duplicate-titles\.md:11: repeats the skill title "Listening" \(first on line 7\)/],
    ['see-also-outside-skill', /see-also-outside-skill\.md:5: has a "See also:" line outside any skill/],
    [
      'see-also-empty',
      /see-also-empty\.md:11: has an empty "See also:" line in the skill "Listening": name what it refers to, or remove the line/,
    ],
    ['not-utf8', /not-utf8\.md:7: is not valid UTF-8/],
    ['empty-skill', /empty-skill\.md:7: has the skill "Listening" with no description/],
    [
      'bad-config',
      /bad-config\.import\.yaml: is not a valid import config:\n {2}- levels\.0\.track: .*\n {2}- levels\.0\.tags: /,
    ],
  ])('%s', (name, message) => {
    expect(failureOf(name)).toMatch(message);
  });

  it('without a config, says what shapes it looks for when the document has none of them', () => {
    expect(() => importLadderDocument(readImportDocument('test/fixtures/ladder/skills/self-starter.md'))).toThrow(
      /self-starter\.md:\d+: has no levels the importer can recognise: expected two or more headings/,
    );
  });
});
