import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

interface HeaderRule {
  path: RegExp;
  headers: [string, string][];
}

/** The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern, then its indented `Name: value` lines. */
function headerRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) throw new Error(`${file} does not exist, so no headers can be applied.`);
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (!name || rules.length === 0) throw new Error(`${file}: cannot read the line "${line}".`);
      rules.at(-1)!.headers.push([name, value]);
    }
  }
  return rules;
}

/**
 * Serves a built site on a loopback port the way a static host would, including its 404 page; with `headers`, it
 * applies the site's `_headers` file as real HTTP headers, as Netlify or Cloudflare Pages would.
 */
export async function serveStatic(root: string, { headers = false } = {}): Promise<StaticSite> {
  const rules = headers ? headerRules(root) : [];
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    for (const rule of rules.filter((r) => r.path.test(path))) {
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    response.writeHead(found ? 200 : 404, { 'content-type': types[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
