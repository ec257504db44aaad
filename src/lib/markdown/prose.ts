// The ladder's prose (skill bodies, level and skill-set intros, the introduction and disclaimer, Excluded notes) is
// Markdown, CommonMark with GitHub's extensions, and nothing executable: one chain parses, checks and renders all of
// it. Raw HTML is refused at build time (see proseProblems), so "<", ">", "{" and "}" in ordinary prose are text.
import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Nodes, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { slugify } from '../content/slug.ts';
import { proseSanitizeSchema } from './sanitize-schema.ts';
import { isAllowedUrl, urlProblem } from './url.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Code blocks and tables scroll sideways inside themselves on a phone, so keyboard readers must be able to focus them. */
function focusableScrollers() {
  const visit = (node: HastRoot | RootContent) => {
    if (node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'table'))
      (node as Element).properties.tabIndex = 0;
    if ('children' in node) node.children.forEach(visit);
  };
  return (tree: HastRoot) => visit(tree);
}

// Raw HTML never reaches the output: remark-rehype drops it, and the sanitiser keeps only the allow-list.
const renderer = unified()
  .use(remarkRehype, { footnoteLabelProperties: { className: ['visually-hidden'] } })
  .use(rehypeSanitize, proseSanitizeSchema)
  .use(focusableScrollers)
  .use(rehypeStringify);

/** The Markdown syntax tree of a piece of prose, with source positions for error messages. */
export function parseProse(markdown: string): Root {
  return parser.parse(markdown);
}

// A text that did not change between releases is rendered on each release's frozen page: once per build is enough.
const rendered = new Map<string, string>();

/** Safe HTML for a piece of the ladder's prose. */
export function proseToHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = renderer.stringify(renderer.runSync(parseProse(markdown)) as HastRoot);
    rendered.set(markdown, html);
  }
  return html;
}

/** Something in a piece of prose the site won't publish; `line` counts from the prose's own first line (1). */
export interface ProseProblem {
  line: number;
  message: string;
}

const comment = /^<!--[\s\S]*-->$/;

function children(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

/**
 * What the build refuses in prose: raw HTML other than comments (which are editors' notes and never published),
 * images (the site's CSP serves none from elsewhere, and content has no folder for them), and links that are not
 * https:, http:, mailto:, site-relative or #fragments.
 */
export function proseProblems(tree: Root): ProseProblem[] {
  const problems: ProseProblem[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const html = node.type === 'html' ? node.value.trim() : '';
    // A closing tag on the line of its opening tag would only repeat the problem.
    const closing = html.startsWith('</') && problems.some((p) => p.line === line);
    if (node.type === 'html' && !comment.test(html) && !closing) {
      const tag = node.value.trim().split(/\s|>/)[0].slice(0, 40);
      problems.push({
        line,
        message: `has raw HTML (${tag}…), which content may not contain: write it in Markdown, or put a backslash before "<" ("\\<") or the text in \`backticks\` to show it as text`,
      });
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({
        line,
        message: 'has an image, which the site does not publish: link to it instead, [description](https://…)',
      });
    }
    if ((node.type === 'link' || node.type === 'definition') && !isAllowedUrl(node.url)) {
      problems.push({ line, message: `has a link that ${urlProblem(node.url)}` });
    }
  });
  return problems;
}

// Inline content runs on within its block; blocks (paragraphs, list items, table cells, headings) read apart.
const phrasing = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'html',
  'footnoteReference',
]);

/**
 * The text a reader sees, with every marker, tag and escape gone, blocks apart by a space and whitespace collapsed;
 * a list of nodes reads as separate runs. The site and the importer both read text with it.
 */
export function plainTextOf(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return node.map(plainTextOf).join(' ').replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    if (n.type === 'break' || !phrasing.has(n.type)) parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The headings of a piece of prose with the id the page gives each (see heading-anchors.ts) and their line. */
export function headingsOf(tree: Root): { text: string; id: string; line: number }[] {
  const headings: { text: string; id: string; line: number }[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading') {
      const text = plainTextOf(node);
      headings.push({ text, id: slugify(text), line: node.position?.start.line ?? 1 });
    }
  });
  return headings;
}

/**
 * Words whose full stop ends no sentence: "Sr. ICs", "Dr. Smith", "e.g. Linters". "etc." and "ie." end no sentence in a
 * title, which must not stop at "…, etc"; in a summary "etc. You" usually does end one, so there they may.
 */
const abbreviations: readonly { word: string; titlesOnly?: true }[] = [
  ...['Sr', 'Jr', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Prof', 'vs', 'No', 'e.g', 'i.e', 'eg', 'approx', 'incl'].map(
    (word) => ({
      word,
    }),
  ),
  { word: 'etc', titlesOnly: true },
  { word: 'ie', titlesOnly: true },
];

// A sentence ends at . ! or ? (and any closing quote or bracket) before a capital letter or the end of the text,
// so "e.g. the" and "v1.2" don't end it, and neither does an abbreviation.
const sentencePattern = (words: readonly string[]) =>
  new RegExp(
    String.raw`^.*?(?<!\b(?:${words.map((word) => word.replace('.', '\\.')).join('|')}))[.!?]['"’”)\]]*(?=\s+[\p{Lu}\d"'“‘(]|$)`,
    'u',
  );
const sentence = sentencePattern(abbreviations.filter((a) => !a.titlesOnly).map((a) => a.word));
const titleSentence = sentencePattern(abbreviations.map((a) => a.word));

/** The first sentence of plain text (see plainTextOf), or all of it; for a title, "etc." and "ie." end none either. */
export function firstSentenceOfText(text: string, options: { forTitle?: boolean } = {}): string {
  return text.match(options.forTitle ? titleSentence : sentence)?.[0] ?? text;
}

// Summaries of the same skill appear on many pages (lists, comparisons, exports): each text is parsed once per build.
const firstSentences = new Map<string, string>();

/** The first sentence of a piece of prose as plain text, for summaries and meta descriptions. */
export function firstSentence(markdown: string): string {
  let found = firstSentences.get(markdown);
  if (found === undefined) {
    found = firstSentenceOfText(
      parseProse(markdown)
        .children.map((block) => plainTextOf(block))
        .find((text) => text.length > 0) ?? '',
    );
    firstSentences.set(markdown, found);
  }
  return found;
}
