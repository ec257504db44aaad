/** Labels drawn in SVG can't wrap themselves; these estimate widths from an average glyph of 0.56 em. */
const glyph = 0.56;

/** About how wide a label is drawn. */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * glyph;

/** The label cut to fit `width` at `fontSize`, ending in an ellipsis when cut. */
export function fitLabel(text: string, width: number, fontSize: number): string {
  const room = Math.floor(width / (fontSize * glyph));
  if (text.length <= room) return text;
  return room <= 1 ? '' : `${text.slice(0, room - 1).trimEnd()}…`;
}

/** The label broken at spaces into at most `maxLines` lines of `width`, the last one cut if it must be. */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const room = Math.max(1, Math.floor(width / (fontSize * glyph)));
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (candidate.length <= room || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitLabel(`${line} ${words.slice(i).join(' ')}`, width, fontSize));
      return lines;
    }
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(fitLabel(line, width, fontSize));
  return lines;
}
