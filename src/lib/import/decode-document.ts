import { ImportError } from './import-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A document's text from its bytes. Only bytes that are not UTF-8 are refused, at the line of the first bad byte: a
 * U+FFFD the author wrote (valid UTF-8, "\xEF\xBF\xBD") is text like any other. A byte-order mark is dropped.
 */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // A newline byte is never part of a multi-byte UTF-8 sequence, so each line decodes (or fails) on its own.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        utf8.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        throw new ImportError(file, line, 'is not valid UTF-8: save the document as UTF-8 and import it again');
      }
      if (end === -1) throw new ImportError(file, undefined, 'is not valid UTF-8: save the document as UTF-8');
      start = end + 1;
    }
  }
}
