import { describe, expect, it } from 'vitest';
import {
  firstSentence,
  firstSentenceOfText,
  parseProse,
  plainTextOf,
  proseProblems,
  proseToHtml,
} from '../../src/lib/markdown/prose.ts';
import { isAllowedUrl } from '../../src/lib/markdown/url.ts';

const problems = (markdown: string) => proseProblems(parseProse(markdown));

describe('rendering prose', () => {
  it('wraps paragraphs and renders emphasis and links as CommonMark does', () => {
    expect(proseToHtml('*A small ladder.*\n\nThese **are not** [all](https://example.org/?a=1&b=2).')).toBe(
      '<p><em>A small ladder.</em></p>\n<p>These <strong>are not</strong> <a href="https://example.org/?a=1&#x26;b=2">all</a>.</p>',
    );
  });

  it('publishes <, >, { and } in ordinary prose as text', () => {
    expect(proseToHtml('p99 < 100ms, p50 > 5ms and a {placeholder}')).toBe(
      '<p>p99 &#x3C; 100ms, p50 > 5ms and a {placeholder}</p>',
    );
  });

  it('publishes ESM and expressions as text: content is never run', () => {
    const html = proseToHtml("export const x = require('fs').writeFileSync('x', 'y')\n\n{process.env.HOME}");
    expect(html).toBe("<p>export const x = require('fs').writeFileSync('x', 'y')</p>\n<p>{process.env.HOME}</p>");
  });

  it('links autolinks and bare web addresses', () => {
    expect(proseToHtml('<https://example.org/a> and www.example.com')).toBe(
      '<p><a href="https://example.org/a">https://example.org/a</a> and <a href="http://www.example.com">www.example.com</a></p>',
    );
  });

  it('renders a fenced code block with a language class and no inline style', () => {
    const html = proseToHtml('```ts\nconst a = 1 < 2;\n```');
    expect(html).toBe('<pre tabindex="0"><code class="language-ts">const a = 1 &#x3C; 2;\n</code></pre>');
    expect(html).not.toContain('style');
  });

  it('renders GFM tables, task lists and strikethrough', () => {
    expect(proseToHtml('| a | b |\n| :- | -: |\n| 1 | 2 |')).toMatch(
      /^<table tabindex="0">[\s\S]*<td align="right">2<\/td>/,
    );
    expect(proseToHtml('- [x] done')).toBe('<ul>\n<li><input type="checkbox" checked disabled> done</li>\n</ul>');
    expect(proseToHtml('~~old~~')).toBe('<p><del>old</del></p>');
  });

  it('renders footnotes with matching ids and a visually hidden label', () => {
    const html = proseToHtml('Note[^1].\n\n[^1]: A footnote.');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('aria-describedby="footnote-label"');
    expect(html).toContain('<h2 class="visually-hidden" id="footnote-label">Footnotes</h2>');
  });

  it('drops raw HTML, images and unsafe links even when asked to render them (the second line of defence)', () => {
    const html = proseToHtml(
      [
        '<script>alert(1)</script>',
        '<iframe src="https://evil.example/"></iframe>',
        'a <img src=x onerror="alert(1)"> b',
        '<style>body { display: none }</style>',
        '<form action="https://evil.example/"><button>Go</button></form>',
        '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
        '[js](javascript:alert(1)) [data](data:text/html,x) [file](file:///etc/passwd) ![pixel](https://evil.example/p.png)',
      ].join('\n\n'),
    );
    for (const forbidden of [
      '<script',
      'alert',
      '<iframe',
      'onerror',
      '<style',
      'display',
      '<form',
      '<button',
      '<meta',
      'javascript:',
      'data:',
      'file:',
      '<img',
    ]) {
      expect(html).not.toContain(forbidden);
    }
    expect(html).toContain('<a>js</a>');
  });

  it('drops HTML comments: they are notes for editors', () => {
    expect(proseToHtml('Shown.\n\n<!-- hidden -->')).toBe('<p>Shown.</p>');
    expect(problems('Shown.\n\n<!-- hidden -->')).toEqual([]);
  });
});

describe('what prose may not contain', () => {
  it('refuses raw HTML, naming the line and the tag once', () => {
    expect(problems('Fine.\n\nYou <span onmouseover="x()">hover</span>.\n\n<script>x()</script>')).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^has raw HTML \(<span…\), which content may not contain: .*backslash/),
      },
      { line: 5, message: expect.stringMatching(/^has raw HTML \(<script…\)/) },
    ]);
  });

  it('refuses images and links other than web, mail, site-relative and fragments, naming the URL', () => {
    expect(problems('![p](https://evil.example/p.png)')).toEqual([
      { line: 1, message: expect.stringMatching(/^has an image/) },
    ]);
    expect(problems('A\n[x](javascript:alert(1))')).toEqual([
      { line: 2, message: expect.stringContaining('"javascript:alert(1)" was given') },
    ]);
    expect(problems('[x][y]\n\n[y]: vbscript:msgbox')).toEqual([
      { line: 3, message: expect.stringContaining('"vbscript:msgbox" was given') },
    ]);
  });

  it('accepts ordinary prose', () => {
    expect(
      problems(
        'p99 < 100ms, {placeholder}, <https://example.org/>, [a](/skills/x/), [b](#see-also), [c](mailto:a@example.org)\n\n```\n<div>\n```\n\n`<b>`',
      ),
    ).toEqual([]);
  });
});

describe('the one rule for URLs', () => {
  it('allows https, http, mailto, site-relative paths and fragments', () => {
    for (const url of [
      'https://example.org/a',
      'http://example.org',
      'HTTPS://EXAMPLE.ORG',
      'mailto:ladder@example.org',
      '/skills/x/',
      '#see-also',
    ]) {
      expect(isAllowedUrl(url), url).toBe(true);
    }
  });

  it('refuses everything else, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      '//evil.example',
      '/\\evil.example',
      'https:evil',
      'relative/path',
      '#',
      '',
      'ftp://example.org',
    ]) {
      expect(isAllowedUrl(url), url).toBe(false);
    }
  });
});

describe('firstSentence', () => {
  it('returns the first sentence of the first paragraph as plain text', () => {
    expect(firstSentence('You write tests *before* you write code. Then you run them.\n\nYou refactor.')).toBe(
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
    expect(firstSentence('You partner well with up to Sr. Staff ICs to lead. More here.')).toBe(
      'You partner well with up to Sr. Staff ICs to lead.',
    );
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(firstSentence('You say "done." Then you stop.')).toBe('You say "done."');
    expect(firstSentence('You ask questions (politely!) and listen.')).toBe(
      'You ask questions (politely!) and listen.',
    );
  });

  it('strips links, emphasis, inline code, tags, escapes and block markers', () => {
    expect(
      firstSentence('## **Read** [the *guide*](https://example.org) and run `npm test` <Aside>now</Aside>\\!'),
    ).toBe('Read the guide and run npm test now!');
    expect(firstSentence('- _Facilitate_ **bold *and* italic** ***both*** in snake_case_names.')).toBe(
      'Facilitate bold and italic both in snake_case_names.',
    );
  });

  it('collapses line breaks and runs of spaces, and keeps < and { as text', () => {
    expect(firstSentence('You keep p99 < 100ms\nand   a {placeholder}.')).toBe(
      'You keep p99 < 100ms and a {placeholder}.',
    );
  });

  it('returns an empty string for an empty body', () => {
    expect(firstSentence('')).toBe('');
  });

  it('reads the abbreviations the importer knew as such, whatever follows them', () => {
    expect(firstSentence('You use tools, e.g. Prettier, i.e. formatters. More here.')).toBe(
      'You use tools, e.g. Prettier, i.e. formatters.',
    );
    expect(firstSentence('You budget approx. Two days, incl. Review. More here.')).toBe(
      'You budget approx. Two days, incl. Review.',
    );
  });
});

describe('firstSentenceOfText', () => {
  it('ends a sentence at "etc." and "ie.", except in a title, where the one list reads them as abbreviations', () => {
    const text = 'You partner with PMs, etc. You lead (ie. RFCs) well.';
    expect(firstSentenceOfText(text)).toBe('You partner with PMs, etc.');
    expect(firstSentenceOfText(text, { forTitle: true })).toBe(text);
    expect(firstSentenceOfText('You write RFCs (ie. Designs). More.', { forTitle: true })).toBe(
      'You write RFCs (ie. Designs).',
    );
  });
});

describe('plainTextOf', () => {
  it('keeps blocks apart: paragraphs, list items and table cells', () => {
    expect(plainTextOf(parseProse('One.\n\nTwo.\n\n- three\n- four\n\n| a | b |\n| - | - |\n| c | d |'))).toBe(
      'One. Two. three four a b c d',
    );
  });

  it('runs inline content together, reads a line break as a space and leaves code blocks, HTML and images out', () => {
    expect(
      plainTextOf(parseProse('**Bold**ly `code`d  \nnext <b>tag</b> ![alt](x.png)\n\n```\nconst x = 1;\n```')),
    ).toBe('Boldly coded next tag');
  });

  it('reads a list of nodes as separate runs', () => {
    const [paragraph] = parseProse('**Engineering** **strategy**').children;
    expect(
      paragraph.type === 'paragraph' && plainTextOf(paragraph.children.filter((node) => node.type === 'strong')),
    ).toBe('Engineering strategy');
  });
});
