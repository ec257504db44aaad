import { describe, expect, it } from 'vitest';
import { addHeadingAnchors } from '../../src/lib/navigation/heading-anchors.ts';

const anchor = (id: string) =>
  `<a class="heading-anchor" href="#${id}" aria-label="Link to this section" data-pagefind-ignore>#</a>`;

describe('links to every heading', () => {
  it('links a heading to its own id', () => {
    expect(addHeadingAnchors('<h2 id="see-also">See also</h2>')).toBe(
      `<h2 id="see-also">See also${anchor('see-also')}</h2>`,
    );
  });

  it('gives a heading without an id one from its text, never one the page already uses', () => {
    const html = addHeadingAnchors(
      '<p id="skills"></p><h2>Skills</h2><h3 class="x">Tom &amp; Jerry’s <em>Skills</em></h3><h3>Skills</h3>',
    );
    expect(html).toBe(
      `<p id="skills"></p><h2 id="skills-2">Skills${anchor('skills-2')}</h2>` +
        `<h3 class="x" id="tom-and-jerrys-skills">Tom &amp; Jerry’s <em>Skills</em>${anchor('tom-and-jerrys-skills')}</h3>` +
        `<h3 id="skills-3">Skills${anchor('skills-3')}</h3>`,
    );
  });

  it('keeps a link inside a heading and adds the anchor beside it', () => {
    expect(addHeadingAnchors('<h2 id="skill-set-a"><a href="/skill-sets/a/">A</a></h2>')).toBe(
      `<h2 id="skill-set-a"><a href="/skill-sets/a/">A</a>${anchor('skill-set-a')}</h2>`,
    );
  });

  it('leaves the page title, hidden headings, opted-out headings and anchored headings alone', () => {
    const html = `<h1>Title</h1><h2 id="b" class="visually-hidden">B</h2><h2 data-no-anchor>C</h2><h2 id="d">D${anchor('d')}</h2>`;
    expect(addHeadingAnchors(html)).toBe(html);
  });

  it('gives a heading with no words a generic id', () => {
    expect(addHeadingAnchors('<h4>—</h4>')).toBe(`<h4 id="section">—${anchor('section')}</h4>`);
  });

  it('reads a heading with a ">" in an attribute and markup written as text, changing nothing else', () => {
    const html =
      '<p title="<h2>not a heading</h2>">x</p><h2 title="1 > 0">Using &lt;script&gt; tags</h2><!-- <h3>old</h3> -->';
    expect(addHeadingAnchors(html)).toBe(
      '<p title="<h2>not a heading</h2>">x</p>' +
        `<h2 title="1 > 0" id="using-script-tags">Using &lt;script&gt; tags${anchor('using-script-tags')}</h2><!-- <h3>old</h3> -->`,
    );
  });
});
