import { Parser } from 'htmlparser2';

/** An element's start tag as a browser's tokenizer reads it. */
export interface StartTag {
  /** Lowercase, as HTML compares names. */
  name: string;
  /** Values as the browser reads them (entities decoded), by lowercase name. */
  attributes: Record<string, string>;
  /** Each attribute as written ('style="color: red"', 'onclick=go()'), for messages. */
  written: Record<string, string>;
  /** The tag as written ("<script type=module>"). */
  source: string;
  /** Where the tag begins ("<") and the offset just after its ">". */
  start: number;
  end: number;
}

/** What a reader of a page's HTML is told, in document order. */
export interface HtmlReader {
  startTag?(tag: StartTag): void;
  /** An end tag, with where it is written; `at` is undefined when the parser implied it (an unclosed <p>, a void <br>). */
  endTag?(name: string, at?: { start: number; end: number }): void;
  /** Text, entities decoded; a script's or a style's content too. Text in attributes and comments is not text here. */
  text?(text: string): void;
}

/**
 * Reads HTML with a streaming HTML parser (htmlparser2), which tokenizes as a browser does: a "<script>" inside an
 * attribute's value, a comment or a <textarea> is text, never a tag, and every tag keeps its place in the source.
 */
export function readHtml(html: string, reader: HtmlReader): void {
  let written: Record<string, string> = {};
  const parser: Parser = new Parser(
    {
      onopentagname: () => {
        written = {};
      },
      onattribute: (name, value, quote) => {
        written[name] = quote === undefined ? name : `${name}=${quote ?? ''}${value}${quote ?? ''}`;
      },
      onopentag: (name, attributes, implied) => {
        // A stray "</p>" implies an empty <p> that nobody wrote: there is no tag to read.
        if (implied) return;
        const [start, end] = [parser.startIndex, parser.endIndex + 1];
        reader.startTag?.({ name, attributes, written, source: html.slice(start, end), start, end });
      },
      onclosetag: (name, implied) => {
        reader.endTag?.(name, implied ? undefined : { start: parser.startIndex, end: parser.endIndex + 1 });
      },
      ontext: (text) => reader.text?.(text),
    },
    { decodeEntities: true },
  );
  parser.end(html);
}

/** Every start tag of a page, in document order: all that the checks of inline code, links and redirects read. */
export function startTagsOf(html: string): StartTag[] {
  const tags: StartTag[] = [];
  readHtml(html, { startTag: (tag) => tags.push(tag) });
  return tags;
}

export function hasClass(tag: StartTag, name: string): boolean {
  return (tag.attributes.class ?? '').split(/\s+/).includes(name);
}
