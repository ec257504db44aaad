import type { Options } from 'rehype-sanitize';

/**
 * Everything prose may become in HTML: what CommonMark and GitHub's extensions (tables, task lists, strikethrough,
 * footnotes, autolinks) produce from Markdown, and nothing else. No style, no event handlers, no forms, frames,
 * scripts, meta or images; links only to web, mail, site-relative or in-page addresses. The build already refuses
 * raw HTML and other links, so this is the second line of defence.
 */
export const proseSanitizeSchema: Options = {
  strip: ['script', 'style'],
  // The only ids are footnotes' (remark-rehype prefixes them with "user-content-", as their links expect).
  clobber: [],
  protocols: { href: ['http', 'https', 'mailto'] },
  tagNames: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
    'sup',
    'section',
  ],
  attributes: {
    a: ['href', 'id', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref'],
    code: [['className', /^language-[\w+-]+$/]],
    ol: ['start'],
    li: ['id'],
    th: ['align'],
    td: ['align'],
    h2: ['id', ['className', 'visually-hidden']],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    section: ['dataFootnotes', ['className', 'footnotes']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
};
