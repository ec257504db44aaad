// Writes a synthetic ladder's content folder for benchmarks: npm run generate:synthetic -- [skills] [--out <dir>]
// Build it with: RUNGS_CONTENT_DIR=<dir> npx astro build --outDir <another dir>
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticLadder } from './synthetic-ladder.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const skills = Number(positionals[0] ?? 5000);
if (!Number.isInteger(skills) || skills < 1) throw new Error(`Expected a number of skills, got "${positionals[0]}"`);
const directory = values.out ?? join(mkdtempSync(join(tmpdir(), `rungs-synthetic-${skills}-`)), 'content');
writeSyntheticLadder(directory, skills);
console.log(directory);
