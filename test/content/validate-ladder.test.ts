import { describe, expect, it } from 'vitest';
import { bodySizeWarning, formatProblem, normalisedTitle, validateLadder } from '../../src/lib/content/validate-ladder.ts';
import { readContent } from '../helpers/read-content.ts';

const valid = 'test/fixtures/ladder';
const messagesFor = (rule: string) =>
  validateLadder(readContent(valid, `test/fixtures/invalid/${rule}`)).errors.map(formatProblem);

describe('validating the ladder', () => {
  it('accepts the valid fixture, warning about the name that is not yet in the ladder', () => {
    const { errors, warnings } = validateLadder(readContent(valid));
    expect(errors).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'test/fixtures/ladder/skills/basic-facilitation.md:8: seeAlso[1].unresolved "Intermediate facilitation" is not yet in the ladder (shown as plain text).',
    ]);
  });

  it('reports a ladder with no level at its own levels/ folder, wherever the ladder lives', () => {
    const content = readContent(valid);
    const ladder = { ...content.ladder, file: 'my-content/ladders/acme/ladder.yaml' };
    const { errors } = validateLadder({ ladder, levels: [], skillSets: [], skills: [], competencies: [] });
    expect(errors.map(formatProblem)).toEqual([
      'my-content/ladders/acme/levels/: levels "" has no level: add at least one levels/<id>.yaml.',
    ]);
  });

  it('reports a dangling reference with file, field, value and the closest id', () => {
    expect(messagesFor('dangling-reference')).toEqual([
      'test/fixtures/invalid/dangling-reference/skills/spike-solutions.md:7: seeAlso[0].skill "basic-facilitaton" is not a skill. Did you mean "basic-facilitation"?',
      'test/fixtures/invalid/dangling-reference/skills/spike-solutions.md:8: seeAlso[1].skillSet "basic-leadrship" is not a skill set. Did you mean "basic-leadership"?',
    ]);
  });

  it('reports an unknown level on a skill set, and does not pile on the skills inside it', () => {
    expect(messagesFor('unknown-level')).toEqual([
      'test/fixtures/invalid/unknown-level/skill-sets/basic-implementation.yaml:2: level "software-engineer" is not a level. Did you mean "software-engineers"?',
    ]);
  });

  it("reports a skill whose level differs from its skill set's", () => {
    expect(messagesFor('level-differs-from-skill-set')).toEqual([
      'test/fixtures/invalid/level-differs-from-skill-set/skills/spike-solutions.md:3: level "all-engineers" differs from the level of its skill set "basic-implementation". Did you mean "software-engineers"?',
    ]);
  });

  it('reports a self-link', () => {
    expect(messagesFor('self-link')).toEqual([
      'test/fixtures/invalid/self-link/skills/spike-solutions.md:7: seeAlso[0].skill "spike-solutions" links the skill to itself.',
    ]);
  });

  it('reports a skill both in See also and Excluded', () => {
    expect(messagesFor('see-also-and-excluded')).toEqual([
      'test/fixtures/invalid/see-also-and-excluded/skills/spike-solutions.md:10: excluded.skills[0] "basic-test-driven-development" is in both seeAlso and excluded: keep it in one.',
    ]);
  });

  it('reports a duplicate title, ignoring case', () => {
    expect(messagesFor('duplicate-title')).toEqual([
      'test/fixtures/invalid/duplicate-title/skills/spikes.md:2: title "spike solutions" is also the title of the skill in test/fixtures/ladder/skills/spike-solutions.md ("Spike solutions", differing only in case, spaces or dashes).',
    ]);
  });

  it('reports an alias that is already another entry’s id', () => {
    expect(messagesFor('duplicate-id')).toEqual([
      'test/fixtures/invalid/duplicate-id/skills/spikes.md:6: aliases[0] "self-starter" is the id of the skill in test/fixtures/ladder/skills/self-starter.md, whose page it would take: remove it from aliases, or delete that file if this skill replaces it.',
    ]);
  });

  it('reports an alias equal to its own id, to another’s id or alias, or named twice, for levels, skill sets and skills', () => {
    const at = (file: string) => `test/fixtures/invalid/alias-equals-id/${file}`;
    expect(messagesFor('alias-equals-id')).toEqual([
      `${at('levels/specialties.yaml')}:5: aliases[0] "specialties" is this level's own id (its file name): remove it from aliases, the id already leads here.`,
      `${at('skill-sets/basic-leadership.yaml')}:5: aliases[0] "basic-implementation" is the id of the skill set in test/fixtures/ladder/skill-sets/basic-implementation.yaml, whose page it would take: remove it from aliases, or delete that file if this skill set replaces it.`,
      `${at('skills/active-participation.md')}:6: aliases[2] "taking-part" is already aliases[1]: name it once.`,
      `test/fixtures/ladder/skills/self-starter.md:6: aliases[0] "self-motivation" is also aliases[0] of the skill in ${at('skills/active-participation.md')}: an old URL can lead to one page only, so keep it in one of the two.`,
      `${at('skills/spike-solutions.md')}:6: aliases[1] "spike-solutions" is this skill's own id (its file name): remove it from aliases, the id already leads here.`,
    ]);
  });

  it('reports two skills of a skill set, or two skill sets of a level, with the same order, suggesting the next free one', () => {
    expect(messagesFor('repeated-order')).toEqual([
      'test/fixtures/ladder/skills/spike-solutions.md:5: order "2" is also the order of test/fixtures/invalid/repeated-order/skills/pair-debugging.md in the skill set "basic-implementation", so the two would be listed in no set order: give each skill of a skill set its own order, such as 4 (the next free one).',
      'test/fixtures/invalid/repeated-order/skill-sets/code-review.yaml:3: order "1" is also the order of test/fixtures/ladder/skill-sets/basic-leadership.yaml in the level "software-engineers", so the two would be listed in no set order: give each skill set of a level its own order, such as 3 (the next free one).',
    ]);
  });

  it('reports an empty body', () => {
    expect(messagesFor('empty-body')).toEqual([
      'test/fixtures/invalid/empty-body/skills/spike-solutions.md:7: body is empty: describe the skill below the frontmatter.',
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const content = readContent(
      valid,
      'test/fixtures/invalid/dangling-reference',
      'test/fixtures/invalid/duplicate-title',
      'test/fixtures/invalid/unknown-level',
    );
    expect(validateLadder(content).errors).toHaveLength(4);
  });

  it('warns about a body above the size a skill page should hold, naming its first line', () => {
    const content = readContent(valid);
    const skill = content.skills.find((s) => s.id === 'spike-solutions')!;
    skill.body = `${'You experiment. '.repeat(1280)}\n`;
    expect(validateLadder(content).warnings.map(formatProblem)).toContain(
      `test/fixtures/ladder/skills/spike-solutions.md:7: body is 20 KB, more than the ${bodySizeWarning / 1024} KB a skill page should hold: split it into several skills or shorten it.`,
    );
  });
});

describe('normalised titles', () => {
  it('fold Unicode compatibility forms, case, whitespace and dash variants', () => {
    expect(normalisedTitle('Spike\u00a0 solutions')).toBe('spike solutions');
    expect(normalisedTitle('Self\u2011starter')).toBe(normalisedTitle('self-starter'));
    expect(normalisedTitle('Self\u2014starter')).toBe('self-starter');
    expect(normalisedTitle('\uff33pike')).toBe('spike');
    expect(normalisedTitle('Spike solutions')).not.toBe(normalisedTitle('Spike solution'));
  });
});
