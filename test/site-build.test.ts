import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, contentFolder, type BuildResult } from './helpers/build-site.ts';

describe('building the fixture ladder', () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
  beforeAll(() => {
    build = buildSite(contentFolder('test/fixtures/ladder'), { RUNGS_SITE: '' });
  }, 120_000);

  it('succeeds, warning about the name that is not yet in the ladder', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain('basic-facilitation.md: seeAlso[1].unresolved "Intermediate facilitation" is not yet in the ladder');
    expect(build.output).toMatch(/pages, every internal link and fragment resolves/);
  });

  it('says once that RUNGS_SITE is unset, and gives no page a canonical link it would have to guess', () => {
    expect(build.output.match(/RUNGS_SITE is unset/g)).toHaveLength(1);
    expect(page('skills/basic-facilitation')).not.toContain('rel="canonical"');
  });

  it('generates the ladder, every level, skill set and skill, the A–Z list and the about page', () => {
    for (const path of ['', 'about', 'skills', 'levels/software-engineers', 'levels/specialties', 'skill-sets/basic-implementation', 'skills/spike-solutions']) {
      expect(page(path)).toContain('<main');
    }
  });

  it('renders a skill with its links, backlinks, unresolved names and further reading', () => {
    const html = page('skills/basic-facilitation');
    expect(html).toContain('href="/skills/active-participation/"');
    expect(html).toContain('href="/levels/software-engineers/"');
    expect(html).toContain('href="/skill-sets/basic-leadership/"');
    expect(html).toMatch(/Intermediate facilitation[\s\S]{0,200}not yet in the ladder/);
    expect(html).toContain('Leadership Roles');
    expect(page('skills/method-and-variable-refactoring')).toContain('href="/skills/basic-test-driven-development/"');
  });
});

describe('building content with problems', () => {
  it('fails and reports every problem with its file and field', () => {
    const invalid = ['dangling-reference', 'duplicate-title', 'unknown-level'].map((rule) => `test/fixtures/invalid/${rule}`);
    const build = buildSite(contentFolder('test/fixtures/ladder', ...invalid));
    expect(build.ok).toBe(false);
    expect(build.output).toContain('has 4 problem(s)');
    expect(build.output).toMatch(/skill-sets\/basic-implementation\.yaml: level "software-engineer" is not a level\. Did you mean "software-engineers"\?/);
    expect(build.output).toMatch(/skills\/spike-solutions\.md: seeAlso\[0\]\.skill "basic-facilitaton" is not a skill\. Did you mean "basic-facilitation"\?/);
    expect(build.output).toMatch(/skills\/spikes\.md: title "spike solutions" is also the title of the skill in .*spike-solutions\.md/);
  }, 120_000);

  it('fails on a missing frontmatter field, naming the file and field', () => {
    const build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/invalid-schema/missing-field'));
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/skills → spike-solutions data does not match collection schema[\s\S]*title[\s\S]*Required[\s\S]*skills\/spike-solutions\.md/);
  }, 120_000);

  it('fails on invalid YAML, naming the file and line', () => {
    const build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/invalid-schema/invalid-yaml'));
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/levels\/software-engineers\.yaml failed to parse: missed comma between flow collection entries[\s\S]*levels\/software-engineers\.yaml:5/);
  }, 120_000);

  it('fails on a frontmatter field of the wrong type, naming the file and field', () => {
    const build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/invalid-schema/wrong-type'));
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/skills → spike-solutions data does not match collection schema[\s\S]*order: Expected type `"number"`, received `"string"`[\s\S]*skills\/spike-solutions\.md/);
  }, 120_000);
});
