// `npm run preview`: serves dist/ as a static host would, with the build's `_headers` and `_redirects`, under the base
// path it was built for (RUNGS_BASE). The browser tests use the same server, so what is tested is what is deployed.
import { existsSync } from 'node:fs';
import { sitePathUnder } from '../src/lib/links/urls.ts';
import { serveStatic } from '../src/lib/hosting/static-host.ts';

const root = 'dist';
const base = process.env.RUNGS_BASE ?? '/';
const port = Number(process.env.PORT ?? 4321);

if (!existsSync(`${root}/index.html`)) {
  console.error(
    `Nothing to preview: ${root}/index.html is missing. Run \`npm run build\` first (with the same RUNGS_BASE).`,
  );
  process.exit(1);
}
const site = await serveStatic(root, { base, redirects: true, port });
console.log(
  `Serving ${root}/ with its _headers and _redirects at ${site.url}${sitePathUnder(base, '/')} (Ctrl+C stops)`,
);
