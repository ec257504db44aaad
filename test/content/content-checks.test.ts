import { describe, expect, it } from 'vitest';
import { buildSite, contentFolder } from '../helpers/build-site.ts';

// The content rules of validate-ladder.ts and the rename warning, as an author meets them: in `astro build`'s output.

describe('building content with a repeated order or an alias equal to an id', () => {
  it('fails, naming each file and line and how to fix it', () => {
    // The build reads files in path order, so the later of two files is the one reported, naming the earlier.
    const build = buildSite(
      contentFolder(
        'test/fixtures/ladder',
        'test/fixtures/invalid/repeated-order',
        'test/fixtures/invalid/alias-equals-id',
      ),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /\/skills\/spike-solutions\.md:5: order "2" is also the order of \S+\/skills\/pair-debugging\.md in the skill set "basic-implementation", .*such as 4 \(the next free one\)\./,
    );
    expect(build.output).toMatch(
      /\/skill-sets\/code-review\.yaml:3: order "1" is also the order of \S+\/skill-sets\/basic-leadership\.yaml in the level "software-engineers"/,
    );
    expect(build.output).toMatch(
      /\/skills\/spike-solutions\.md:6: aliases\[1\] "spike-solutions" is this skill's own id \(its file name\): remove it from aliases/,
    );
    expect(build.output).toMatch(/\/levels\/specialties\.yaml:5: aliases\[0\] "specialties" is this level's own id/);
    expect(build.output).toContain("The ladder's content has 7 problem(s), listed above");
  }, 120_000);
});

describe('building a ladder whose skill was renamed without an alias', () => {
  it('builds, and warns with the alias that keeps the old URL leading to the skill', () => {
    const build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/rename-without-alias'));
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(
      /warning: \S+\/skills\/pair-programming\.md: this skill looks like "pairing" of release 2025-spring renamed \(91% of its words are the same\): add "aliases: \[pairing\]" to its front matter so \/skills\/pairing\/ leads here instead of to a removed page\./,
    );
  }, 120_000);
});
