import { describe, expect, it } from 'vitest';
import { aliasRedirects } from '../../src/lib/links/alias-redirects.ts';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { primaryLadderId, publishedLadder } from '../../src/lib/ladder/published-ladder.ts';
import { readContent } from '../helpers/read-content.ts';

/** The fixture ladder after an author renamed the baseline level and a skill set, keeping their old ids. */
function renamedContent(): LadderContent {
  const content = readContent('test/fixtures/ladder');
  const rename = <T extends { id: string; data: { aliases: string[] } }>(entry: T, id: string): T => ({
    ...entry,
    id,
    data: { ...entry.data, aliases: [...entry.data.aliases, entry.id] },
  });
  const levels = content.levels.map((level) => (level.id === 'all-engineers' ? rename(level, 'everyone') : level));
  const skillSets = content.skillSets.map((skillSet) =>
    skillSet.id === 'basic-leadership' ? rename(skillSet, 'leading-basics') : skillSet,
  );
  const relevel = <T extends { data: { level: string } }>(entry: T): T =>
    entry.data.level === 'all-engineers' ? { ...entry, data: { ...entry.data, level: 'everyone' } } : entry;
  const skills = content.skills.map((skill) =>
    relevel(
      skill.data.skillSet === 'basic-leadership'
        ? { ...skill, data: { ...skill.data, skillSet: 'leading-basics' } }
        : skill,
    ),
  );
  return { ...content, levels, skillSets: skillSets.map(relevel), skills };
}

const primaryOf = (content: LadderContent) => publishedLadder(primaryLadderId, buildLadderIndex(content));

describe('redirects for old ids', () => {
  it('sends a skill’s old id to its page, saying what lives there', () => {
    expect(aliasRedirects(primaryOf(readContent('test/fixtures/ladder')))).toEqual([
      {
        from: '/skills/self-motivation/',
        to: '/skills/self-starter/',
        target: {
          title: 'Self-starter',
          path: '/skills/self-starter/',
          context: 'Associate Manager of Engineering · Manager Baseline',
        },
      },
    ]);
  });

  it('keeps the old URLs of a renamed level, skill set and every comparison of that level', () => {
    const redirects = aliasRedirects(primaryOf(renamedContent()));
    expect(redirects.map((r) => `${r.from} → ${r.to}`)).toEqual([
      '/skills/self-motivation/ → /skills/self-starter/',
      '/skill-sets/basic-leadership/ → /skill-sets/leading-basics/',
      '/levels/all-engineers/ → /levels/everyone/',
      '/compare/all-engineers/software-engineers/ → /compare/everyone/software-engineers/',
      '/compare/all-engineers/associate-manager/ → /compare/everyone/associate-manager/',
      '/compare/software-engineers/all-engineers/ → /compare/software-engineers/everyone/',
      '/compare/associate-manager/all-engineers/ → /compare/associate-manager/everyone/',
    ]);
    expect(redirects[3].target).toEqual({
      title: 'From All Engineers to Software Engineers',
      path: '/compare/everyone/software-engineers/',
      context: 'Level comparison',
    });
  });

  it('keeps the old URLs of a renamed level’s comparisons across tracks', () => {
    const content = readContent('test/fixtures/ladder');
    const levels = content.levels.map((level) =>
      level.id === 'associate-manager'
        ? { ...level, id: 'first-manager', data: { ...level.data, aliases: ['associate-manager'] } }
        : level,
    );
    const relevel = <T extends { data: { level: string } }>(entry: T): T =>
      entry.data.level === 'associate-manager' ? { ...entry, data: { ...entry.data, level: 'first-manager' } } : entry;
    const ladder = buildLadderIndex({
      ...content,
      levels,
      skillSets: content.skillSets.map(relevel),
      skills: content.skills.map(relevel),
    });
    const redirects = aliasRedirects(publishedLadder(primaryLadderId, ladder)).map((r) => `${r.from} → ${r.to}`);
    expect(redirects).toContain(
      '/compare/software-engineers/associate-manager/ → /compare/software-engineers/first-manager/',
    );
    expect(redirects).toContain(
      '/compare/associate-manager/software-engineers/ → /compare/first-manager/software-engineers/',
    );
  });

  it('has none for the published ladder, where nothing has been renamed yet', () => {
    expect(aliasRedirects(primaryOf(readContent('content')))).toEqual([]);
  });
});
