import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, contentFolder } from '../helpers/build-site.ts';

const folder = contentFolder('test/fixtures/ladder');
const cleanUp: string[] = [folder];
afterAll(() => cleanUp.forEach((path) => rmSync(path, { recursive: true, force: true })));

/** `npm run new -- …` on the fixture ladder's copy, or another folder. */
function runNew(args: string[], content = folder) {
  const result = spawnSync(process.execPath, ['scripts/new-content.ts', ...args, '--content', content], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  it('writes a skill at the end of its skill set, in the skill set’s level, marked to be written', () => {
    const run = runNew(['skill', 'Advanced facilitation', '--skill-set', 'basic-leadership']);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('skills/advanced-facilitation.md');
    expect(readFileSync(join(folder, 'skills', 'advanced-facilitation.md'), 'utf8')).toBe(
      [
        '---',
        'title: Advanced facilitation',
        'level: software-engineers',
        'skillSet: basic-leadership',
        'order: 2',
        'placeholder: true',
        '---',
        '',
        'Describe Advanced facilitation here: what someone with this skill does, and how it shows. Then delete `placeholder: true` above.',
        '',
      ].join('\n'),
    );
  });

  it('writes a skill set at the end of its level, with the level’s tag', () => {
    const run = runNew(['skill-set', 'Team Health', '--level', 'software-engineers']);
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(folder, 'skill-sets', 'team-health.yaml'), 'utf8')).toBe(
      'title: Team Health\nlevel: software-engineers\norder: 3\ntag: SE\n',
    );
  });

  it('refuses to overwrite a file, leaving it as it was', () => {
    const before = readFileSync(join(folder, 'skills', 'basic-facilitation.md'), 'utf8');
    const run = runNew(['skill', 'Basic facilitation', '--skill-set', 'basic-leadership']);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'skills/basic-facilitation.md already exists: edit that file, or choose another title.',
    );
    expect(readFileSync(join(folder, 'skills', 'basic-facilitation.md'), 'utf8')).toBe(before);
  });

  it('refuses an id that is another skill’s old id, whose URL already leads there', () => {
    const run = runNew(['skill', 'Self motivation', '--skill-set', 'baseline-expectations']);
    expect(run.status).toBe(1);
    expect(run.output).toContain('"self-motivation" is an old id (alias) of skills/self-starter.md');
    expect(existsSync(join(folder, 'skills', 'self-motivation.md'))).toBe(false);
  });

  it('names an unknown skill set or level, with the nearest one', () => {
    expect(runNew(['skill', 'X', '--skill-set', 'basic-leadershp']).output).toContain(
      'There is no skill set "basic-leadershp": did you mean --skill-set basic-leadership?',
    );
    expect(runNew(['skill-set', 'X', '--level', 'zzz']).output).toContain(
      'There is no level "zzz". Known: all-engineers, associate-manager, software-engineers, specialties.',
    );
    expect(runNew(['skill', 'X']).output).toContain('Usage: npm run new -- skill "<title>" --skill-set <id>');
  });

  it('refuses to work from a ladder it can read only in part, naming the file it can’t read', () => {
    const broken = contentFolder('test/fixtures/ladder');
    cleanUp.push(broken);
    writeFileSync(join(broken, 'skills', 'half-written.md'), '---\ntitle: [Half written\n---\n\nText.\n');
    const run = runNew(['skill', 'Another skill', '--skill-set', 'basic-leadership'], broken);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`1 file(s) of ${broken} can't be read`);
    expect(run.output).toMatch(/skills\/half-written\.md:2: /);
    expect(existsSync(join(broken, 'skills', 'another-skill.md'))).toBe(false);
  });

  it('leaves a ladder that builds, with the new pages in it', () => {
    const build = buildSite(folder);
    cleanUp.push(dirname(build.outDir));
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(join(build.outDir, 'skills', 'advanced-facilitation', 'index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'skill-sets', 'team-health', 'index.html'))).toBe(true);
  }, 180_000);
});
