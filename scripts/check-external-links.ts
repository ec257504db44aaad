// Checks the external links of the built site; not part of the build, since it depends on other people's servers.
// npm run build && npm run check:external
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const siteDir = process.argv[2] ?? 'dist';
const pagesByLink = new Map<string, Set<string>>();
for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const page = `/${relative(siteDir, file)}`.replace(/index\.html$/, '');
  for (const [, href] of readFileSync(file, 'utf8').matchAll(/\shref="(https?:\/\/[^"]+)"/g)) {
    const link = href.replace(/&amp;/g, '&');
    if (new URL(link).hostname === new URL(process.env.RUNGS_SITE ?? 'https://rungs.example.org').hostname) continue;
    pagesByLink.set(link, (pagesByLink.get(link) ?? new Set()).add(page));
  }
}

async function status(link: string): Promise<string> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(link, { method, redirect: 'follow', signal: AbortSignal.timeout(10_000) });
      if (response.ok) return 'ok';
      if (method === 'GET' || response.status !== 405) return `HTTP ${response.status}`;
    } catch (error) {
      if (method === 'GET')
        return (error as Error).cause
          ? String((error as Error & { cause: Error }).cause.message ?? (error as Error).cause)
          : (error as Error).message;
    }
  }
  return 'unreachable';
}

const links = [...pagesByLink.keys()].sort();
console.log(`${links.length} external link(s) on ${siteDir}/`);
let broken = 0;
for (let i = 0; i < links.length; i += 4) {
  const batch = links.slice(i, i + 4);
  const results = await Promise.all(batch.map(status));
  batch.forEach((link, j) => {
    if (results[j] === 'ok') return;
    broken++;
    console.log(`  ${results[j]}: ${link}\n    on ${[...pagesByLink.get(link)!].slice(0, 5).join(', ')}`);
  });
}
console.log(
  broken === 0
    ? 'Every external link answered.'
    : `${broken} external link(s) did not answer: fix them or drop the URL from the content.`,
);
process.exitCode = broken === 0 ? 0 : 1;
