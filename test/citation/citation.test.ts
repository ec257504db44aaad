import { describe, expect, it } from 'vitest';
import { cite, citationSources, escapeMarkdown, levelPlace } from '../../src/lib/citation/citation.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { primaryLadderId, publishedLadder, releaseLadder } from '../../src/lib/ladder/published-ladder.ts';
import { readContent } from '../helpers/read-content.ts';

const ladder = publishedLadder(primaryLadderId, buildLadderIndex(readContent('content')));
const published = ladder.index;
const site = 'https://ladder.example.com';

describe('citing a release', () => {
  const info = { id: '2024-prototype', title: '2024 Prototype', date: '2024-08-18', notes: '' };

  it('names the release the primary ladder still is, and links to its current page', () => {
    const source = citationSources.skill(
      { ...ladder, currentRelease: info },
      published.skill('intermediate-facilitation'),
    );
    expect(source.context).toBe('Senior Software Engineers · Advanced Leadership, ladder 2024 Prototype');
    expect(source.path).toBe('/skills/intermediate-facilitation/');
  });

  it("names a past release and links to its frozen permalink from the release's own page", () => {
    const frozen = releaseLadder(published, info);
    const source = citationSources.skill(frozen, published.skill('intermediate-facilitation'));
    expect(source).toEqual({
      title: 'Intermediate facilitation',
      path: '/releases/2024-prototype/skills/intermediate-facilitation/',
      context: 'Senior Software Engineers · Advanced Leadership, ladder 2024 Prototype',
    });
  });
});

describe('citing a skill', () => {
  const citation = cite(citationSources.skill(ladder, published.skill('intermediate-facilitation')), site);

  it('links to the skill at the public base URL', () => {
    expect(citation.link).toBe('https://ladder.example.com/skills/intermediate-facilitation/');
  });

  it('writes Markdown with the level and skill set after the link', () => {
    expect(citation.markdown).toBe(
      '[Intermediate facilitation](https://ladder.example.com/skills/intermediate-facilitation/) — Senior Software Engineers · Advanced Leadership',
    );
  });

  it('writes rich text as a link with its context, and the same as plain text', () => {
    expect(citation.html).toBe(
      '<a href="https://ladder.example.com/skills/intermediate-facilitation/">Intermediate facilitation</a> — Senior Software Engineers · Advanced Leadership',
    );
    expect(citation.text).toBe(
      'Intermediate facilitation (https://ladder.example.com/skills/intermediate-facilitation/) — Senior Software Engineers · Advanced Leadership',
    );
  });
});

describe('citing levels and skill sets', () => {
  it('says where a level stands', () => {
    expect(cite(citationSources.level(ladder, published.level('senior-software-engineers')), site).markdown).toBe(
      '[Senior Software Engineers](https://ladder.example.com/levels/senior-software-engineers/) — Engineering track, rung 2',
    );
    expect(levelPlace(published.level('all-engineers'))).toBe('Baseline for both tracks');
    expect(levelPlace(published.level('specialties'))).toBe('Engineering track, beside the rungs');
  });

  it('names the level of a skill set', () => {
    expect(cite(citationSources.skillSet(ladder, published.skillSet('advanced-leadership')), site).text).toBe(
      'Advanced Leadership (https://ladder.example.com/skill-sets/advanced-leadership/) — Skill set of Senior Software Engineers',
    );
  });
});

describe('titles that Markdown or HTML would misread', () => {
  const source = { title: 'Use <em> & *stars* [sic]', path: '/skills/odd/', context: 'A_B' };

  it('escapes Markdown markup so the title reads as written', () => {
    expect(escapeMarkdown('*a* [b] `c` _d_ \\')).toBe('\\*a\\* \\[b\\] \\`c\\` \\_d\\_ \\\\');
    expect(cite(source, site).markdown).toBe(
      '[Use \\<em\\> & \\*stars\\* \\[sic\\]](https://ladder.example.com/skills/odd/) — A\\_B',
    );
  });

  it('escapes HTML in rich text', () => {
    expect(cite(source, site).html).toBe(
      '<a href="https://ladder.example.com/skills/odd/">Use &lt;em&gt; &amp; *stars* [sic]</a> — A_B',
    );
  });

  it('cites the quoted title "Yes, and..." as written', () => {
    const yesAnd = cite(citationSources.skill(ladder, published.skill('yes-and')), site);
    expect(yesAnd.markdown).toMatch(/^\[“Yes, and\.\.\.”\]\(https:\/\/ladder\.example\.com\/skills\/yes-and\/\) — /);
  });
});
