/** A run of excerpt text, and whether the search matched it. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is HTML: escaped page text with <mark> around matches. Rendering it as segments of
 * plain text (set with textContent) means a title or body containing markup can only ever show as text.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    segments.push({ text: decodeEntities(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return endAtSentence(startAtWord(segments.filter((segment) => segment.text !== '')));
}

/** The window also stops mid-sentence: "…" says the sentence goes on. */
function endAtSentence(segments: ExcerptSegment[]): ExcerptSegment[] {
  const last = segments.at(-1);
  if (!last || /[.!?…:)"”’]\s*$/u.test(last.text)) return segments;
  return [...segments, { text: '…', marked: false }];
}

/**
 * Pagefind cuts its window of words wherever the match falls, so an excerpt can open on a comma, a closing bracket
 * or mid-sentence. It starts at the first word instead, and "…" says the sentence began before it.
 */
function startAtWord(segments: ExcerptSegment[]): ExcerptSegment[] {
  const [first, ...rest] = segments;
  if (!first || first.marked) return segments;
  const text = first.text.replace(/^[\s,.;:!?)\]}…–—-]+/u, '');
  const continued = /^\p{Ll}/u.test(text) || (text === '' && rest.length > 0 && /^\p{Ll}/u.test(rest[0].text));
  const opened = continued ? `… ${text}` : text;
  return opened === '' ? rest : [{ text: opened, marked: false }, ...rest];
}

/**
 * "Skill · Software Engineers · Basic Leadership": where a result sits. Where several ladders are searched, a result
 * of a ladder other than the primary one names its ladder; searching one ladder, every result is of that ladder.
 */
export function resultPlace(meta: Record<string, string | undefined>, severalLadders = true): string {
  return [
    meta.kind,
    severalLadders ? meta.otherLadder : undefined,
    meta.level,
    meta.kind === 'Skill' ? meta.skillSet : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}
