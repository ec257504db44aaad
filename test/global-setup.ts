import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The published ladder (content/), built once for every test file that reads or browses it. */
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const build = buildSite('content');
  if (!build.ok) throw new Error(`Building the site from content/ failed:\n${build.output}`);
  project.provide('siteDir', build.outDir);
  return () => rmSync(dirname(build.outDir), { recursive: true, force: true });
}
