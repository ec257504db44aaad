// A cell of a ladder's table often holds several expectations: one a line (a spreadsheet's Alt+Enter, an HTML <br>),
// a list, or a run of short phrases separated by ";". Each becomes an expectation of its own; prose stays whole.

const bullet = /^\s*(?:[-*+•·▪◦‣–]|\d{1,2}[.)])\s+/;
/** A sentence ends inside the text: ". " followed by a capital or a digit. */
const sentenceInside = /[.!?]\s+[A-Z0-9]/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A line that continues the one before (a wrapped line): it starts in lowercase after a line that does not end a sentence. */
function continues(previous: string, line: string): boolean {
  return /^[a-z(]/.test(line) && !/[.!?:;]$/.test(previous) && !bullet.test(line);
}

/** Only a list that is clearly one: three or more short phrases, none a sentence of its own. */
function semicolonList(text: string): string[] | undefined {
  const parts = text.split(';').map((part) => part.trim());
  if (parts.at(-1) === '') parts.pop();
  if (parts.length < 3 || parts.some((part) => part === '' || words(part) > 12 || sentenceInside.test(part)))
    return undefined;
  return parts;
}

/** A cell's text as its expectations, each Markdown prose: one per line or list item, or one per item of a clear "a; b; c" list. */
export function cellExpectations(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && continues(previous, line)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  const items = joined.map((line) => line.replace(bullet, '').trim()).filter((line) => line !== '');
  if (items.length === 1) return semicolonList(items[0]) ?? items;
  return items;
}
