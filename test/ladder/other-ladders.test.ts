import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, contentFolder, type BuildResult } from '../helpers/build-site.ts';

// The fixture ladder as primary, and beside it a ladder of two rungs: every ladder gets the same pages.
describe('building a ladder beside the primary one', () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
  const main = (path: string) => /<main[\s\S]*<\/main>/.exec(page(path))![0];
  beforeAll(() => {
    build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/other-ladder'), { RUNGS_SITE: '' });
  }, 120_000);

  it('succeeds with every internal link resolving', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/pages, every internal link and fragment resolves/);
  });

  it('gives it a home, levels, skill sets, skills, A–Z and comparisons under /ladders/<id>/', () => {
    const home = main('ladders/platform');
    expect(home).toContain('<h1>Platform engineering ladder</h1>');
    expect(home).toContain('href="/ladders/platform/levels/senior-platform-engineer/"');
    expect(home).toContain('href="/ladders/platform/skill-sets/build-tooling/"');
    expect(main('ladders/platform/skill-sets/build-tooling')).toMatch(
      /href="\/ladders\/platform\/skills\/pipeline-upkeep\/"[\s\S]*href="\/ladders\/platform\/skills\/cache-tuning\/"/,
    );
    expect(main('ladders/platform/skills')).toContain('href="/ladders/platform/skills/paved-roads/"');
    expect(main('ladders/platform/compare')).toContain(
      'href="/ladders/platform/compare/platform-engineer/senior-platform-engineer/"',
    );
    const comparison = main('ladders/platform/compare/platform-engineer/senior-platform-engineer');
    expect(comparison).toContain('From Platform engineer to Senior platform engineer');
    expect(comparison).toContain('href="/ladders/platform/skills/paved-roads/"');
  });

  it('renders its level with the primary ladder’s template: what is new, the rubric, the rung below', () => {
    const level = main('ladders/platform/levels/senior-platform-engineer');
    expect(level).toContain('What’s new at this level');
    expect(level).toContain('href="/ladders/platform/compare/platform-engineer/senior-platform-engineer/"');
    expect(level).toContain('class="rubric-skill" href="/ladders/platform/skills/paved-roads/"');
    expect(level).toContain('Also required at this level');
    expect(level).toContain('data-path="/ladders/platform/levels/senior-platform-engineer/"');
  });

  it('shows its skills in its own navigation, and says where the packet and graph are', () => {
    const html = page('ladders/platform/skills/paved-roads');
    expect(html).toMatch(/<nav class="ladder-nav"[\s\S]*href="\/ladders\/platform\/levels\/platform-engineer\/"/);
    expect(html).not.toMatch(/<nav class="ladder-nav"[\s\S]*href="\/levels\/software-engineers\/"[\s\S]*<\/nav>/);
    expect(html).toContain('<title>Paved roads · Senior platform engineer · Platform engineering ladder</title>');
    expect(html).toContain('Packets and the skill graph hold the skills of');
    expect(html).not.toContain('data-packet-tool');
    expect(html).toContain('data-context="Senior platform engineer · Platform strategy · Platform engineering ladder"');
  });

  it('sends its items’ former URLs and its aliases on to the skill pages', () => {
    expect(page('ladders/platform/paved-roads')).toContain('content="0; url=/ladders/platform/skills/paved-roads/"');
    expect(page('ladders/platform/skills/build-pipelines')).toContain(
      'content="0; url=/ladders/platform/skills/pipeline-upkeep/"',
    );
    const redirects = readFileSync(join(build.outDir, '_redirects'), 'utf8');
    expect(redirects).toMatch(/^\/ladders\/platform\/cache-tuning\/ \/ladders\/platform\/skills\/cache-tuning\/ 301$/m);
  });
});
