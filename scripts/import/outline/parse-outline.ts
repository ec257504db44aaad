/** A node of a document's outline: a heading, a list item or a paragraph, with what is nested under it. */
export interface OutlineNode {
  kind: 'heading' | 'item' | 'paragraph';
  /** The node's own Markdown text (a list item's lines joined, a heading's text without #). */
  text: string;
  line: number;
  /** Heading depth (1–6), or the item's nesting depth (1 for a top-level item). */
  depth: number;
  /** A list item's marker was a number ("1.", "2)"). */
  ordered?: boolean;
  children: OutlineNode[];
}

interface Line {
  number: number;
  indent: number;
  text: string;
}

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const itemPattern = /^([-*+]|\d+[.)])\s+(.*)$/;
const rulePattern = /^([-*_])(\s*\1){2,}\s*$/;

function indentOf(raw: string): number {
  return raw.replace(/\t/g, '    ').length - raw.replace(/\t/g, '    ').trimStart().length;
}

/**
 * Reads Markdown into a tree: headings contain what follows them until a heading as deep or shallower;
 * list items nest by indentation, and an item's continuation lines join its text; a paragraph's lines join.
 * Horizontal rules only separate.
 */
export function parseOutline(text: string): OutlineNode[] {
  const lines: Line[] = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((raw, i) => ({ number: i + 1, indent: indentOf(raw), text: raw.trim() }));
  const root: OutlineNode = { kind: 'heading', text: '', line: 0, depth: 0, children: [] };
  const headings: OutlineNode[] = [root];
  let items: { node: OutlineNode; indent: number }[] = [];
  let paragraph: OutlineNode | undefined;

  const container = () => headings[headings.length - 1];
  for (const line of lines) {
    if (line.text === '') {
      paragraph = undefined;
      continue;
    }
    if (rulePattern.test(line.text)) {
      paragraph = undefined;
      items = [];
      continue;
    }
    const heading = headingPattern.exec(line.text);
    if (heading && line.indent < 4) {
      const node: OutlineNode = { kind: 'heading', text: heading[2], line: line.number, depth: heading[1].length, children: [] };
      while (container().depth >= node.depth) headings.pop();
      container().children.push(node);
      headings.push(node);
      items = [];
      paragraph = undefined;
      continue;
    }
    // A list marker with nothing after it is an empty item: nothing to keep.
    if (/^([-*+]|\d+[.)])$/.test(line.text)) continue;
    const item = itemPattern.exec(line.text);
    if (item) {
      while (items.length > 0 && items[items.length - 1].indent >= line.indent) items.pop();
      const parent = items.length > 0 ? items[items.length - 1].node : container();
      const node: OutlineNode = { kind: 'item', text: item[2].trim(), line: line.number, depth: items.length + 1, ...(/\d/.test(item[1]) ? { ordered: true } : {}), children: [] };
      parent.children.push(node);
      items.push({ node, indent: line.indent });
      paragraph = undefined;
      continue;
    }
    // Text indented under an item continues it; anything else is (part of) a paragraph.
    const open = items.findLast((entry) => entry.indent < line.indent);
    if (open && !paragraph) {
      items = items.slice(0, items.indexOf(open) + 1);
      open.node.text = `${open.node.text} ${line.text}`.trim();
      continue;
    }
    if (paragraph) {
      paragraph.text = `${paragraph.text}\n${line.text}`;
      continue;
    }
    items = [];
    paragraph = { kind: 'paragraph', text: line.text, line: line.number, depth: 0, children: [] };
    container().children.push(paragraph);
  }
  return root.children;
}
