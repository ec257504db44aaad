import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Every hosting service and CI template installs with `npm ci`, which refuses a lock that doesn't match
// package.json. The dry run resolves the whole tree from the lock in a folder of its own, touching nothing here.
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function npmCiDryRun(lock: string): { status: number | null; output: string } {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-npm-ci-'));
  folders.push(folder);
  copyFileSync('package.json', join(folder, 'package.json'));
  writeFileSync(join(folder, 'package-lock.json'), lock);
  const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: folder,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm ci with the committed lock', () => {
  it('installs the whole tree, nothing missing from the lock', () => {
    const run = npmCiDryRun(readFileSync('package-lock.json', 'utf8'));
    expect(run.output).not.toContain('Missing');
    expect(run.status, run.output).toBe(0);
  }, 120_000);

  it('would refuse a lock that lacks a dependency, naming it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    delete lock.packages['node_modules/yaml'];
    const run = npmCiDryRun(JSON.stringify(lock));
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/Missing: yaml@/);
  }, 120_000);
});
