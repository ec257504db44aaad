import { describe, expect, it } from 'vitest';
import { crosswalk, stem, terms, type CrosswalkItem } from '../../src/lib/ladder/crosswalk.ts';

const item = (ladder: string, id: string, title: string, text: string): CrosswalkItem => ({ ladder, id, title, text });
const items = [
  item(
    '',
    'basic-facilitation',
    'Basic facilitation',
    'You facilitate well-defined, low-stakes sessions such as stand-up meetings and planning.',
  ),
  item(
    '',
    'intermediate-facilitation',
    'Intermediate facilitation',
    'You design and facilitate high-stakes sessions such as retrospectives.',
  ),
  item(
    '',
    'code-vulnerability-awareness',
    'Code vulnerability awareness',
    'You know the common security vulnerabilities of code and avoid them.',
  ),
  item('', 'basic-sql', 'Basic SQL', 'You write queries with joins and aggregates against a relational database.'),
  item(
    'matrix',
    'facilitation',
    'Facilitation',
    'Facilitates organization-wide discussions, ensuring that everyone has an opportunity to be heard.',
  ),
  item(
    'matrix',
    'security',
    'Security',
    'Works with the security team to set organization wide security strategy and spot vulnerabilities.',
  ),
  item(
    'matrix',
    'mentoring',
    'Mentoring',
    'Mentors across the organization in an open, respectful, flexible, empathetic manner.',
  ),
];
// Short texts score low, so this small corpus uses a lower threshold than the site's default.
const similarTo = (id: string, options: { threshold?: number } = { threshold: 0.1 }) => {
  const result = crosswalk(items, options);
  return result.get(items.find((i) => i.id === id)!)!.map((s) => s.item.id);
};

describe('the crosswalk between ladders', () => {
  it('stems the forms of a word to one term and drops common words', () => {
    expect(new Set(['facilitate', 'facilitates', 'facilitation', 'facilitating'].map(stem)).size).toBe(1);
    expect(terms('You and your team facilitate the sessions')).toEqual(['team', 'facilitate', 'session'].map(stem));
  });

  it('links items of other ladders that share distinctive words, best first', () => {
    expect(similarTo('facilitation').sort()).toEqual(['basic-facilitation', 'intermediate-facilitation']);
    expect(similarTo('security')).toEqual(['code-vulnerability-awareness']);
    expect(similarTo('basic-facilitation')).toEqual(['facilitation']);
  });

  it('never links items of the same ladder', () => {
    expect(similarTo('basic-facilitation')).not.toContain('intermediate-facilitation');
  });

  it('leaves an item with nothing close enough unlinked, according to the threshold', () => {
    expect(similarTo('mentoring')).toEqual([]);
    expect(similarTo('basic-sql')).toEqual([]);
    expect(similarTo('facilitation', { threshold: 0.99 })).toEqual([]);
  });
});
