import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  output: string;
  outDir: string;
}

/** A content folder made of a base fixture with overlays copied over it, as an author's edits would be. */
export function contentFolder(...folders: string[]): string {
  const target = mkdtempSync(join(tmpdir(), 'rungs-content-'));
  for (const folder of folders) cpSync(folder, target, { recursive: true });
  return target;
}

// Astro writes prerender files beside an output folder inside the project, but into the project's own .astro/
// for one outside it, where concurrent builds would overwrite each other: so builds stay inside the project.
const buildsFolder = join(process.cwd(), 'node_modules', '.rungs-builds');

/**
 * Runs the real `astro build` on a content folder, into a temporary output folder with its own cache; `env` adds
 * settings such as RUNGS_BASE or RUNGS_SITE.
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  // Vitest puts its own import.meta.env into process.env (BASE_URL=/ among them), and Astro would read it back as
  // the site's: the build gets the environment a reader's shell would give it.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...shell } = process.env;
  mkdirSync(buildsFolder, { recursive: true });
  const work = mkdtempSync(join(buildsFolder, 'build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    // A large ladder's build log (a line per page, and per problem) runs past spawnSync's default 1 MB.
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...shell,
      RUNGS_CONTENT_DIR: contentDir,
      RUNGS_CACHE_DIR: join(work, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir };
}
