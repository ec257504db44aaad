import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { shownPath } from '../content/content-files.ts';
import { isPageComponent, idAttributesOf, type PageComponentUse } from './page-components.ts';

/** One mdast plugin as Sätteri defines it (its entries may also be factories and lists of plugins). */
type MdastPlugin = Exclude<
  NonNullable<SatteriProcessorOptions['mdastPlugins']>[number],
  ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false
>;
type JsxElement =
  | Parameters<NonNullable<MdastPlugin['mdxJsxFlowElement']>>[0]
  | Parameters<NonNullable<MdastPlugin['mdxJsxTextElement']>>[0];

/** The frontmatter key under which the plugin hands a page's component uses to its route (`remarkPluginFrontmatter`). */
export const componentUsesKey = 'pageComponentUses';

/** The prop every project component of a page is given: the ladder the page is about, which its route passes to it. */
const ladderProp = {
  type: 'mdxJsxAttribute',
  name: 'ladder',
  value: { type: 'mdxJsxAttributeValueExpression', value: 'props.ladder' },
} as const;

/** An error in an MDX page, at its file, line and column, as Astro prints it (the message alone, no stack trace). */
function pageError(file: string, node: JsxElement, message: string): Error {
  const error = new Error(`${file}:${node.position!.start.line}:${node.position!.start.column}: ${message}`);
  error.stack = error.message;
  return error;
}

/**
 * The MDX compiler's pass over each authored page (Astro 7's Markdown processor, Sätteri, runs mdast plugins as
 * unified runs remark plugins). For each of the project's components it checks that the attributes naming the ladder's
 * ids are written as quoted ids, records where each is used, so the route checks every id against the ladder and
 * names the line of a wrong one, and hands the component the page's ladder, so authors write `<SkillLink id="…" />`.
 */
export const pageComponentsPlugin: MdastPlugin = {
  name: 'rungs:page-components',
  options: { position: true },
  before(_root, context) {
    frontmatterOf(context.data)[componentUsesKey] = [];
  },
  mdxJsxFlowElement: (node, context) => checkAndConnect(node, context),
  mdxJsxTextElement: (node, context) => checkAndConnect(node, context),
};

type Context = Parameters<NonNullable<MdastPlugin['mdxJsxFlowElement']>>[1];

function frontmatterOf(data: Context['data']): Record<string, unknown> {
  return (data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
}

function checkAndConnect(node: JsxElement, context: Context): void {
  if (!node.name || !isPageComponent(node.name)) return;
  const file = context.fileURL ? shownPath(fileURLToPath(context.fileURL)) : 'an MDX page';
  const ids: Record<string, string> = {};
  for (const [name, kind] of Object.entries(idAttributesOf[node.name])) {
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if (typeof attribute?.value !== 'string') {
      throw pageError(
        file,
        node,
        `<${node.name}> needs ${name}="<${kind}-id>", the id of a ${kind} in quotes (an id the build can check)`,
      );
    }
    ids[name] = attribute.value;
  }
  const { line, column } = node.position!.start;
  (frontmatterOf(context.data)[componentUsesKey] as PageComponentUse[]).push({
    component: node.name,
    ids,
    line,
    column,
  });
  context.replaceNode(node, {
    type: node.type,
    name: node.name,
    attributes: [...node.attributes, ladderProp],
    children: node.children,
  });
}
