import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, contentFolder } from './helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The published ladder (content/) as `npm start` builds it (no RUNGS_SITE, served at the root). */
    siteDir: string;
    /** The published ladder as deployed to a known address under a sub-path, with one skill renamed. */
    deployedSiteDir: string;
    /** What that build printed. */
    deployedBuildOutput: string;
    /** The fixture ladder with a competency matrix beside it (test/fixtures/matrix-ladder), for the pages only a matrix has. */
    matrixSiteDir: string;
  }
}

/** Where the deployed build is published, as on GitHub Pages (https://org.github.io/career/). */
export const deployed = { site: 'https://org.example.io', base: '/career/' };

/** The ladder with one renamed skill ("Spike solutions" was once "spikes"), so the build has an alias redirect. */
function ladderWithAlias(): string {
  const folder = contentFolder('content');
  const file = join(folder, 'skills', 'spike-solutions.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\naliases: [spikes]\n'));
  return folder;
}

/** Both builds are shared by every test file that reads or browses them: one build each per test run. */
export default function setup(project: TestProject) {
  const local = buildSite('content', { RUNGS_SITE: '' });
  if (!local.ok) throw new Error(`Building the site from content/ failed:\n${local.output}`);
  const published = buildSite(ladderWithAlias(), { RUNGS_SITE: deployed.site, RUNGS_BASE: deployed.base });
  if (!published.ok)
    throw new Error(`Building the site for ${deployed.site}${deployed.base} failed:\n${published.output}`);
  const matrix = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/matrix-ladder'), { RUNGS_SITE: '' });
  if (!matrix.ok) throw new Error(`Building the matrix fixture site failed:\n${matrix.output}`);
  project.provide('siteDir', local.outDir);
  project.provide('matrixSiteDir', matrix.outDir);
  project.provide('deployedSiteDir', published.outDir);
  project.provide('deployedBuildOutput', published.output);
  return () => {
    for (const build of [local, published, matrix]) rmSync(dirname(build.outDir), { recursive: true, force: true });
  };
}
