import { resolve } from 'node:path';
import { defaultContentFolder } from './content-layout.ts';

/** Where the ladder's content lives: `content/` unless RUNGS_CONTENT_DIR points a build at another (fixtures, benchmarks). */
export function contentDirectory(): string {
  return resolve(process.env.RUNGS_CONTENT_DIR ?? defaultContentFolder);
}
