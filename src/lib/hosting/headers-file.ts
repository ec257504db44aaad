/** One block of a `_headers` file: a path pattern ("/*" or an exact path) and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads the `_headers` format of Netlify and Cloudflare Pages: a path on its own line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && separator > 0) rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** The headers the rules give a path: "/*" matches everything, "/a/*" everything under /a/, anything else exactly. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules
    .filter(({ pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern))
    .flatMap((rule) => rule.headers);
}
