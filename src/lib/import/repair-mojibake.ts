/** The characters Windows-1252 gives bytes 0x80–0x9F; the other bytes map to the same code point. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252Byte(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  const high = windows1252High.indexOf(char);
  if (high >= 0) return 0x80 + high;
  return code >= 0xa0 && code <= 0xff ? code : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Undoes UTF-8 text that was once read as Windows-1252 ("itâ€™s" → "it’s"): each run of characters that
 * Windows-1252 can encode is turned back into bytes, and kept decoded only if those bytes are valid UTF-8 with
 * multi-byte characters. Genuine Latin-1 text ("café") is not valid UTF-8 that way and stays as it is.
 */
export function repairMojibake(text: string): { text: string; repairedLines: number[] } {
  const repairedLines = new Set<number>();
  const lines = text.split('\n').map((line, index) => {
    const repaired = line.replace(/[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2,}/g, (run) => {
      const bytes = [...run].map(windows1252Byte);
      if (bytes.some((b) => b === undefined)) return run;
      try {
        const decoded = utf8.decode(new Uint8Array(bytes as number[]));
        if (decoded === run) return run;
        repairedLines.add(index + 1);
        return decoded;
      } catch {
        return run;
      }
    });
    return repaired;
  });
  return { text: lines.join('\n'), repairedLines: [...repairedLines] };
}
