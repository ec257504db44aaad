// Build time and peak memory for synthetic ladders of growing size: npm run bench:scaling [-- 250 1000 5000]
// With --releases: a 1,000-skill ladder with one release, then with five (frozen pages of each under /releases/<id>/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticLadder, writeSyntheticReleases } from './synthetic-ladder.ts';

const withReleases = process.argv.includes('--releases');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [250, 1000, 5000];
/** Each case: skills, and releases of the ladder (none for the plain scaling cases). */
const cases = withReleases
  ? [
      { skills: 1000, releases: 1 },
      { skills: 1000, releases: 5 },
    ]
  : counts.map((skills) => ({ skills, releases: 0 }));

console.log('Build scaling (astro build incl. validation, search index and link check; GNU time)');
console.log('skills   releases   pages   wall      peak memory   per skill');
// Inside the project: Astro puts the prerender files of an output folder outside it into the project's .astro/.
const builds = join(process.cwd(), 'node_modules', '.rungs-builds');
mkdirSync(builds, { recursive: true });
for (const { skills, releases } of cases) {
  const work = mkdtempSync(join(builds, `scale-${skills}-`));
  const content = join(work, 'content');
  writeSyntheticLadder(content, skills);
  if (releases > 0) writeSyntheticReleases(content, releases);
  const build = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npx', 'astro', 'build', '--outDir', join(work, 'dist')], {
    encoding: 'utf8',
    // Astro warns once per MDX file; a large ladder's build log runs past spawnSync's default 1 MB.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, RUNGS_CONTENT_DIR: content, RUNGS_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
  });
  if (build.status !== 0) {
    const output = `${build.stdout}\n${build.stderr}`.split('\n');
    console.error(
      output
        .filter((line) => /error|failed/i.test(line))
        .slice(0, 20)
        .join('\n'),
    );
    throw new Error(`The build of ${skills} skills failed`);
  }
  const [wall, peakKb] = build.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const pages = /(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? '?';
  console.log(
    `${String(skills).padEnd(8)} ${String(releases).padEnd(10)} ${pages.padEnd(7)} ${`${wall.toFixed(1)} s`.padEnd(9)} ${`${Math.round(peakKb / 1024)} MB`.padEnd(13)} ${((wall * 1000) / skills).toFixed(1)} ms`,
  );
  rmSync(work, { recursive: true, force: true });
}
