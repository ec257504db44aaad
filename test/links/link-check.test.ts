import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pageLinks } from '../../src/lib/links/link-check.ts';

const page = (path: string, html: string) => ({ path, ...pageLinks(html) });
const pages = [
  page('/', '<a href="/skills/basic-sql/">SQL</a><a href="/skills/basic-sql/#excluded">x</a><link href="/styles.css">'),
  page(
    '/skills/basic-sql/',
    '<h2 id="excluded">Excluded</h2><a href="../../">home</a><a href="https://example.org/">out</a>',
  ),
];

describe('finding broken links in the built site', () => {
  it('accepts links to pages, fragments, assets, relative paths and external sites', () => {
    expect(findBrokenLinks(pages, new Set(['/styles.css']))).toEqual([]);
  });

  it('names the page and the link for a missing page, a missing fragment, a missing asset and a placeholder', () => {
    const broken = findBrokenLinks(
      [
        ...pages,
        page(
          '/about/',
          '<a href="/skills/nope/">a</a><a href="/skills/basic-sql/#see-also">b</a><img src="/logo.png"><a href="#">c</a>',
        ),
      ],
      new Set(['/styles.css']),
    );
    expect(broken).toEqual([
      { page: '/about/', link: '/skills/nope/', problem: 'leads to no page or file' },
      {
        page: '/about/',
        link: '/skills/basic-sql/#see-also',
        problem: 'has no element with id "see-also" on /skills/basic-sql/',
      },
      { page: '/about/', link: '#', problem: 'is a placeholder: link somewhere real or render plain text' },
      { page: '/about/', link: '/logo.png', problem: 'leads to no page or file' },
    ]);
  });

  it('reads only real attributes: a link written in text or in another attribute is not a link', () => {
    const quoted = page(
      '/quoted/',
      '<meta name="description" content=\'<a href="/skills/nope/">\'><p>&lt;a href="/nope/"&gt;</p><a href="#top">top</a><a name="top"></a>',
    );
    expect(findBrokenLinks([...pages, quoted], new Set(['/styles.css']))).toEqual([]);
    expect(quoted.links).toEqual(['#top']);
    expect([...quoted.fragments]).toEqual(['top']);
  });
});
