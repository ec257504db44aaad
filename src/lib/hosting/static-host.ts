import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { parseRedirectsFile } from './redirects-file.ts';
import { pathWithoutBase } from '../links/urls.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
};

export interface StaticHostOptions {
  /** The path the site is served under, as built with RUNGS_BASE ("/career/"); "/" by default. */
  base?: string;
  /** Answer the paths in the build's `_redirects` with real 301s, as Netlify and Cloudflare Pages do. */
  redirects?: boolean;
  /** A fixed port; a free one by default. */
  port?: number;
}

export interface StaticSite {
  /** The server's origin, e.g. http://127.0.0.1:4321 (the site itself is at this plus the base). */
  url: string;
  close(): Promise<void>;
}

/** The file a static host serves for a path: the file itself, or a folder's index.html. */
function fileFor(path: string): string | undefined {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function readIfPresent(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * Serves a built site on a loopback port the way a static host would: under its base path, with the headers of the
 * build's `_headers` file, its 404 page, and (optionally) the 301s of its `_redirects` file.
 */
export async function serveStatic(
  root: string,
  { base = '/', redirects = false, port = 0 }: StaticHostOptions = {},
): Promise<StaticSite> {
  const headerRules = parseHeadersFile(readIfPresent(join(root, '_headers')));
  const redirectRules = redirects ? parseRedirectsFile(readIfPresent(join(root, '_redirects'))) : new Map();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const sitePath = pathWithoutBase(url.pathname, base);
    for (const [name, value] of headersFor(headerRules, sitePath ?? url.pathname)) response.setHeader(name, value);
    const redirect = redirectRules.get(url.pathname);
    if (redirect) {
      response.writeHead(301, { location: redirect.to + url.search });
      response.end();
      return;
    }
    const file = sitePath === undefined ? undefined : fileFor(join(root, normalize(decodeURIComponent(sitePath))));
    const served = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, { 'content-type': types[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
