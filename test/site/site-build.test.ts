import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { skillPageSectionIds } from '../../src/lib/ladder/section-ids.ts';
import { buildSite, contentFolder, type BuildResult } from '../helpers/build-site.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

describe('building the fixture ladder, with everyday prose', () => {
  let build: BuildResult;
  let content: string;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
  beforeAll(() => {
    content = contentFolder('test/fixtures/ladder', 'test/fixtures/prose');
    build = buildSite(content, { RUNGS_SITE: '' });
  }, 120_000);

  it('succeeds, warning about the name that is not yet in the ladder', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain(
      'basic-facilitation.md:8: seeAlso[1].unresolved "Intermediate facilitation" is not yet in the ladder',
    );
    expect(build.output).toMatch(/pages, every internal link and fragment resolves/);
  });

  it('says once that RUNGS_SITE is unset, and gives no page a canonical link it would have to guess', () => {
    expect(build.output.match(/RUNGS_SITE is unset/g)).toHaveLength(1);
    expect(page('skills/basic-facilitation')).not.toContain('rel="canonical"');
  });

  it('generates the ladder, every level, skill set and skill, the A–Z list and the about page', () => {
    for (const path of [
      '',
      'about',
      'skills',
      'levels/software-engineers',
      'levels/specialties',
      'skill-sets/basic-implementation',
      'skills/spike-solutions',
    ]) {
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

  it('publishes ordinary prose faithfully: comparisons, braces, autolinks, code, tables and two books', () => {
    const html = page('skills/everyday-prose');
    const description = /<div class="skill-description">([\s\S]*?)<\/div>/.exec(html)![1];
    expect(description).toContain('You keep p99 &#x3C; 100ms and p50 > 5ms, write a {placeholder} where a name goes');
    expect(description).toContain('<a href="https://example.org/slo-guide">https://example.org/slo-guide</a>');
    expect(description).toContain(
      '<pre tabindex="0"><code class="language-ts">const budget = { p99: 100 }; // ms, &#x3C; 100\n</code></pre>',
    );
    expect(description).toMatch(/<table tabindex="0">[\s\S]*<td>p99<\/td>\s*<td>100 ms<\/td>[\s\S]*<\/table>/);
    expect(description).not.toContain('working group');
    expect(html).not.toMatch(/\sstyle=/);
    const furtherReading = /<h2 id="further-reading">[\s\S]*?<\/ul>/.exec(html)![0];
    expect(furtherReading.match(/<li>/g)).toHaveLength(2);
    expect(furtherReading).toContain('<cite>Liftoff, 2nd ed.</cite>');
    expect(furtherReading).toContain(
      '<cite><a href="https://www.jamesshore.com/v2/books/aoad2">The Art of Agile Development, 2nd ed.</a></cite>',
    );
  });

  it('cannot run code or read the environment: ESM and expressions in a body are published as text and write nothing', () => {
    const html = page('skills/everyday-prose');
    expect(html).toContain(
      "<p>import fs from 'node:fs'\nexport const written = require('fs').writeFileSync('rungs-pwned.txt', 'owned')</p>",
    );
    expect(html).toContain('The build runs on {process.env.HOME} and &#x3C;%= secret %> never leaks.');
    expect(html).not.toContain(`on ${process.env.HOME} and`);
    for (const folder of [process.cwd(), content, build.outDir, join(build.outDir, '..')]) {
      expect(readdirSync(folder)).not.toContain('rungs-pwned.txt');
    }
    expect(existsSync(join(process.cwd(), 'src', 'rungs-pwned.txt'))).toBe(false);
  });

  it('gives no body heading an id of a section the skill page adds itself', () => {
    const article = /<article[\s\S]*<\/article>/.exec(page('skills/basic-facilitation'))![0];
    const html = article.replace(/<div class="skill-description">[\s\S]*?<\/div>/, '');
    const ids = [...html.matchAll(/<(?:h[1-6]|section|div)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('see-also');
    for (const id of ids) expect(skillPageSectionIds, id).toContain(id);
  });
});

describe('building content with problems', () => {
  it('fails and reports every problem of every file in one run, with file, line and field', () => {
    const overlays = [
      'test/fixtures/ladder',
      ...['dangling-reference', 'duplicate-title', 'unknown-level'].map((rule) => `test/fixtures/invalid/${rule}`),
      'test/fixtures/hostile',
    ];
    const build = buildSite(contentFolder(...overlays));
    expect(build.ok).toBe(false);
    const { errors } = readLadderFolders(...overlays);
    expect(errors.length).toBeGreaterThan(45);
    expect(build.output).toContain(
      `The ladder's content has ${errors.length} problem(s), listed above: fix them and build again.`,
    );
    expect(build.output).toMatch(
      /skill-sets\/basic-implementation\.yaml:2: level "software-engineer" is not a level\. Did you mean "software-engineers"\?/,
    );
    expect(build.output).toMatch(
      /skills\/spike-solutions\.md:7: seeAlso\[0\]\.skill "basic-facilitaton" is not a skill\. Did you mean "basic-facilitation"\?/,
    );
    expect(build.output).toMatch(
      /skills\/spikes\.md:2: title "spike solutions" is also the title of the skill in .*double-space-title\.md/,
    );
    expect(build.output).toMatch(
      /levels\/broken-level\.yaml:4: YAML is not valid: a bracket or quote opened on this line is not closed/,
    );
    expect(build.output).toMatch(/skills\/missing-title\.md: title is required\./);
    expect(build.output).toMatch(/skills\/wrong-type\.md:5: order must be a number, not string "two"\./);
    expect(build.output).toMatch(
      /skills\/both-targets\.md:8: seeAlso\[1\] must give exactly one of skill, skillSet or unresolved\./,
    );
    expect(build.output).toMatch(/skills\/raw-script\.md:9: body has raw HTML \(<script…\)/);
    expect(build.output).toMatch(
      /skills\/extra-skill\.mdx: is not read: a skill is a \.md file; rename it to skills\/extra-skill\.md\./,
    );
    expect(build.output).toMatch(/ladders\/outside\/ladder\.yaml:5: updated "2024-02-30" must be a real date/);
  }, 120_000);
});
