import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export type HtmlElement = DefaultTreeAdapterTypes.Element;
type HtmlNode = DefaultTreeAdapterTypes.Node;

/** Parsed HTML with its source, so a check can quote or rewrite exactly what was written. */
export interface HtmlTree {
  source: string;
  root: DefaultTreeAdapterTypes.ParentNode;
}

/**
 * A whole page, parsed as a browser does (parse5, the HTML standard's algorithm), with each element's place in the
 * source: text inside an attribute or a comment is text, never a tag.
 */
export function parseHtmlPage(source: string): HtmlTree {
  return { source, root: parse(source, { sourceCodeLocationInfo: true }) };
}

/** A piece of a page's body (a rendered slot), parsed the same way. */
export function parseHtmlFragment(source: string): HtmlTree {
  return { source, root: parseFragment(source, { sourceCodeLocationInfo: true }) };
}

/** A node's children; a <template>'s are in its content, which parse5 keeps apart as the standard says. */
function childrenOf(node: HtmlNode): HtmlNode[] {
  if ('content' in node) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under a node (a template's content included), in document order. */
export function* elementsUnder(node: HtmlNode): Generator<HtmlElement> {
  for (const child of childrenOf(node)) {
    if (defaultTreeAdapter.isElementNode(child)) yield child;
    yield* elementsUnder(child);
  }
}

/** An attribute's value as the browser reads it (entities decoded), or undefined when the element has none. */
export function attributeOf(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return (attributeOf(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** The text a reader sees in an element, entities decoded, leaving out the elements `skip` says to. */
export function textOf(node: HtmlNode, skip: (element: HtmlElement) => boolean = () => false): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (defaultTreeAdapter.isElementNode(node) && skip(node)) return '';
  return childrenOf(node)
    .map((child) => textOf(child, skip))
    .join('');
}

/** The source of an element's start tag ("<script type=module>"), as written. */
export function startTagSource(tree: HtmlTree, element: HtmlElement): string {
  const tag = element.sourceCodeLocation?.startTag;
  return tag ? tree.source.slice(tag.startOffset, tag.endOffset) : `<${element.tagName}>`;
}

/** The source of one attribute ('style="color: red"'), as written. */
export function attributeSource(tree: HtmlTree, element: HtmlElement, name: string): string {
  const place = element.sourceCodeLocation?.attrs?.[name];
  return place ? tree.source.slice(place.startOffset, place.endOffset) : `${name}="${attributeOf(element, name)}"`;
}
