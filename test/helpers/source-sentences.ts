import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { splitFrontmatter } from '../../src/lib/content/content-layout.ts';
import { parseMarkdown } from '../../src/lib/import/markdown/parse-markdown.ts';

/** A node's words, inline HTML (a `<br>` in a table cell) read as a space. */
const words = (node: Nodes | Nodes[]): string =>
  Array.isArray(node)
    ? node.map(words).join('')
    : node.type === 'html'
      ? ' '
      : 'value' in node
        ? node.value
        : 'children' in node
          ? words(node.children as Nodes[])
          : '';

/** The sentences a reader finds in a document: its text without Markdown or HTML markup, front matter or table corners. */
export function sourceSentences(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = splitFrontmatter(text)?.body ?? text;
  const tree = parseMarkdown(source);
  const texts: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html')
      texts.push(
        ...node.value
          .replace(/<\/?(?:td|th|tr|li|ul|p|div|table)\b[^>]*>/g, '\n')
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .split('\n'),
      );
    else if (node.type === 'table') {
      node.children.forEach((row, r) => row.children.forEach((cell, c) => (r > 0 || c > 0) && texts.push(words(cell))));
    } else if (node.type === 'paragraph' && node.children[0]?.type === 'strong') {
      // A bold lead is the skill's title; the rest of the paragraph, its description.
      texts.push(words(node.children[0]), words(node.children.slice(1)).replace(/^[\s:;,.–—-]+/, ''));
    } else if (node.type === 'paragraph' || node.type === 'heading') texts.push(words(node));
    else if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  // An HTML table's corner cell labels its axes ("Level/Skill"); it is no sentence of the ladder.
  return texts
    .flatMap((text) =>
      text
        .replace(/\s+/g, ' ')
        .trim()
        .split(/(?<=[.!?])\s+/),
    )
    .filter((sentence) => sentence !== '' && sentence !== 'Level/Skill');
}
