import { describe, expect, it } from 'vitest';
import { firstSentence, markdownToHtml } from '../src/lib/inline-markdown.ts';

describe('markdownToHtml', () => {
  it('wraps each paragraph, split by blank lines, in <p>', () => {
    expect(markdownToHtml('The following skill sets are for specialty skills.\n\n(tbd)')).toBe(
      '<p>The following skill sets are for specialty skills.</p>\n<p>(tbd)</p>',
    );
  });

  it('keeps a single line break inside its paragraph and ignores blank-looking lines with spaces', () => {
    expect(markdownToHtml('one\ntwo\n   \nthree\r\n\r\nfour')).toBe('<p>one\ntwo</p>\n<p>three</p>\n<p>four</p>');
  });

  it('renders italic, bold and both', () => {
    expect(markdownToHtml('*A small ladder for tests.*')).toBe('<p><em>A small ladder for tests.</em></p>');
    expect(markdownToHtml('These **are not comprehensive** at all')).toBe('<p>These <strong>are not comprehensive</strong> at all</p>');
    expect(markdownToHtml('***Read this***')).toBe('<p><strong><em>Read this</em></strong></p>');
    expect(markdownToHtml('**bold with *italic* inside**')).toBe('<p><strong>bold with <em>italic</em> inside</strong></p>');
  });

  it('leaves lone asterisks alone', () => {
    expect(markdownToHtml('2 * 3 * 4 and a trailing *')).toBe('<p>2 * 3 * 4 and a trailing *</p>');
  });

  it('turns backslash-escaped markers into literal characters', () => {
    expect(markdownToHtml('\\*not italic\\*')).toBe('<p>*not italic*</p>');
  });

  it('renders links, with emphasis in their text and balanced parentheses in their URL', () => {
    expect(markdownToHtml('See [*Explore It!*](https://example.org/explore) now.')).toBe(
      '<p>See <a href="https://example.org/explore"><em>Explore It!</em></a> now.</p>',
    );
    expect(markdownToHtml('[Spike](https://en.wikipedia.org/wiki/Spike_(software_development))')).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Spike_(software_development)">Spike</a></p>',
    );
    expect(markdownToHtml('[Skills](/skills/) and [mail](mailto:ladder@example.org)')).toBe(
      '<p><a href="/skills/">Skills</a> and <a href="mailto:ladder@example.org">mail</a></p>',
    );
  });

  it('escapes ampersands inside link URLs', () => {
    expect(markdownToHtml('[q](https://example.org/?a=1&b=2)')).toBe('<p><a href="https://example.org/?a=1&amp;b=2">q</a></p>');
  });

  it('renders links to "#", to nothing or to other schemes as plain text, never as a link', () => {
    expect(markdownToHtml('Read the [Leadership Roles](#) doc')).toBe('<p>Read the Leadership Roles doc</p>');
    expect(markdownToHtml('An [empty]() link')).toBe('<p>An empty link</p>');
    expect(markdownToHtml('[click](javascript:alert(1))')).toBe('<p>click</p>');
    expect(markdownToHtml('[elsewhere](//evil.example)')).toBe('<p>elsewhere</p>');
    expect(markdownToHtml('[*styled*](#)')).toBe('<p><em>styled</em></p>');
  });

  it('escapes HTML so that untrusted markup shows as text', () => {
    expect(markdownToHtml('<script>alert("x")</script> & <b>bold</b>')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>',
    );
  });

  it('cannot break out of an href attribute', () => {
    const html = markdownToHtml('[x](https://example.org/"onmouseover="alert(1))');
    expect(html).not.toContain('"onmouseover');
    expect(html).toContain('&quot;onmouseover=&quot;');
  });

  it('ignores NUL characters rather than treating them as markup', () => {
    expect(markdownToHtml('a\u00000\u0000b')).toBe('<p>a0b</p>');
  });

  it('returns nothing for blank text', () => {
    expect(markdownToHtml('  \n\n ')).toBe('');
  });
});

describe('firstSentence', () => {
  it('returns the first sentence of the first paragraph as plain text', () => {
    expect(firstSentence('You write tests *before* you write code. Then you run them.\n\nYou refactor in small steps.')).toBe(
      'You write tests before you write code.',
    );
  });

  it('returns the whole first paragraph when it has no sentence ending', () => {
    expect(firstSentence('Writing code your team can keep\n\nMore.')).toBe('Writing code your team can keep');
  });

  it('does not end a sentence at an abbreviation or a version number followed by lower case', () => {
    expect(firstSentence('You use tools, e.g. linters, from v1.2 onwards. More here.')).toBe(
      'You use tools, e.g. linters, from v1.2 onwards.',
    );
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(firstSentence('You say "done." Then you stop.')).toBe('You say "done."');
    expect(firstSentence('You ask questions (politely!) and listen.')).toBe('You ask questions (politely!) and listen.');
  });

  it('strips links, emphasis, inline code, tags, escapes and block markers', () => {
    expect(firstSentence('## **Read** [the *guide*](https://example.org) and run `npm test` <Aside>now</Aside>\\!')).toBe(
      'Read the guide and run npm test now!',
    );
    expect(firstSentence('- _Facilitate_ **bold *and* italic** ***both*** in snake_case_names.')).toBe(
      'Facilitate bold and italic both in snake_case_names.',
    );
  });

  it('collapses line breaks and runs of spaces', () => {
    expect(firstSentence('You improve the names\nand   shapes of methods.')).toBe('You improve the names and shapes of methods.');
  });

  it('returns an empty string for an empty body', () => {
    expect(firstSentence('')).toBe('');
  });
});
