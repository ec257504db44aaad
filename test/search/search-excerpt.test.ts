import { describe, expect, it } from 'vitest';
import { excerptSegments, resultPlace } from '../../src/lib/search/excerpt.ts';

describe('search excerpts', () => {
  it('splits the marked matches from the text around them', () => {
    expect(excerptSegments('Basic <mark>facilitation.</mark> You <mark>facilitate</mark> sessions')).toEqual([
      { text: 'Basic ', marked: false },
      { text: 'facilitation.', marked: true },
      { text: ' You ', marked: false },
      { text: 'facilitate', marked: true },
      { text: ' sessions', marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('decodes escaped page text back to the characters a reader wrote, for textContent', () => {
    expect(excerptSegments('&lt;img src=x&gt; &amp; <mark>&quot;quoted&quot;</mark> &#39;it&#x27;s&#39;')).toEqual([
      { text: '<img src=x> & ', marked: false },
      { text: '"quoted"', marked: true },
      { text: " 'it's'", marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('starts at a word, marking a sentence that began before the excerpt', () => {
    expect(excerptSegments('and variable <mark>refactoring.</mark> As you work')).toEqual([
      { text: '… and variable ', marked: false },
      { text: 'refactoring.', marked: true },
      { text: ' As you work', marked: false },
      { text: '…', marked: false },
    ]);
    expect(excerptSegments('You <mark>facilitate</mark> sessions.').at(-1)).toEqual({
      text: ' sessions.',
      marked: false,
    });
    expect(excerptSegments(', ) the <mark>budget</mark>')[0]).toEqual({ text: '… the ', marked: false });
    expect(excerptSegments('. <mark>Mentoring</mark> across')[0]).toEqual({ text: 'Mentoring', marked: true });
    expect(excerptSegments('<mark>Incident</mark> leader')[0]).toEqual({ text: 'Incident', marked: true });
  });

  it('says where a result sits in the ladder', () => {
    expect(resultPlace({ kind: 'Skill', level: 'Software Engineers', skillSet: 'Basic Leadership' })).toBe(
      'Skill · Software Engineers · Basic Leadership',
    );
    expect(resultPlace({ kind: 'Skill set', level: 'Software Engineers', skillSet: 'Basic Leadership' })).toBe(
      'Skill set · Software Engineers',
    );
    expect(resultPlace({ kind: 'Level', level: 'Manager of Engineering' })).toBe('Level · Manager of Engineering');
    expect(
      resultPlace({
        kind: 'Skill',
        level: 'Staff-plus',
        skillSet: 'Engineering culture',
        ladder: 'Staff-plus responsibilities',
        otherLadder: 'Staff-plus responsibilities',
      }),
    ).toBe('Skill · Staff-plus responsibilities · Staff-plus · Engineering culture');
    const ownPage = {
      kind: 'Skill',
      level: 'Staff-plus',
      skillSet: 'Culture',
      otherLadder: 'Staff-plus responsibilities',
    };
    expect(resultPlace(ownPage, false)).toBe('Skill · Staff-plus · Culture');
  });
});
