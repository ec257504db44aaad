import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { pageComponentProblems, type PageComponentUse } from '../../src/lib/pages/page-components.ts';
import { pageFileProblem } from '../../src/lib/content/content-layout.ts';
import { componentUsesKey, pageComponentsPlugin } from '../../src/lib/pages/page-plugin.ts';
import { buildSite, contentFolder, type BuildResult } from '../helpers/build-site.ts';
import { readContent } from '../helpers/read-content.ts';

describe('the layout of pages/', () => {
  it('publishes the About page and guides named by slugs, and says where anything else should go', () => {
    expect(pageFileProblem('about.mdx')).toBeUndefined();
    expect(pageFileProblem('guides/how-promotions-use-this-ladder.mdx')).toBeUndefined();
    expect(pageFileProblem('about.md')?.message).toBe(
      'is not read: a page is an .mdx file; rename it to pages/about.mdx',
    );
    expect(pageFileProblem('guides/Our Guide.md')?.message).toBe(
      'is not read: a page is an .mdx file; rename it to pages/guides/our-guide.mdx',
    );
  });
});

describe('checking the ids a page gives the project components', () => {
  const ladder = buildLadderIndex(readContent('test/fixtures/ladder'));
  const use = (component: PageComponentUse['component'], ids: Record<string, string>, line = 3): PageComponentUse => ({
    component,
    ids,
    line,
    column: 5,
  });

  it('accepts ids of the ladder and two rungs to compare', () => {
    const uses = [
      use('SkillLink', { id: 'basic-facilitation' }),
      use('LevelSummary', { id: 'specialties' }),
      use('Comparison', { from: 'all-engineers', to: 'associate-manager' }),
      use('LadderIntroduction', {}),
    ];
    expect(pageComponentProblems(uses, ladder)).toEqual([]);
  });

  it('reports every unknown id at its line, with the nearest id or where ids come from', () => {
    const uses = [
      use('SkillLink', { id: 'basic-facilitaton' }, 7),
      use('LevelSummary', { id: 'chief-wizard' }, 9),
      use('Comparison', { from: 'all-engineers', to: 'software-engineer' }, 11),
    ];
    expect(pageComponentProblems(uses, ladder)).toEqual([
      {
        line: 7,
        column: 5,
        message:
          '<SkillLink id="basic-facilitaton">: id "basic-facilitaton" names no skill of the ladder; did you mean "basic-facilitation"?',
      },
      {
        line: 9,
        column: 5,
        message:
          '<LevelSummary id="chief-wizard">: id "chief-wizard" names no level of the ladder; use the id of a level, its file name under levels/',
      },
      {
        line: 11,
        column: 5,
        message:
          '<Comparison from="all-engineers" to="software-engineer">: to "software-engineer" names no level of the ladder; did you mean "software-engineers"?',
      },
    ]);
  });

  it('refuses to compare a level beside the rungs', () => {
    expect(
      pageComponentProblems([use('Comparison', { from: 'software-engineers', to: 'specialties' })], ladder),
    ).toEqual([
      {
        line: 3,
        column: 5,
        message:
          '<Comparison from="software-engineers" to="specialties">: these levels can\'t be compared: name two different rungs (levels with a rank), as the Compare page lists them',
      },
    ]);
  });
});

describe('compiling a page with the page plugin', () => {
  const compile = async (source: string) => {
    const renderer = await satteri({ mdastPlugins: [pageComponentsPlugin] }).createMdxRenderer!(
      { syntaxHighlight: false },
      { optimize: false },
    );
    return renderer.process(source, join(process.cwd(), 'content/pages/guides/example.mdx'), {});
  };

  it("records each component with its ids and position, and hands it the page's ladder", async () => {
    const { code } = await compile(
      '# A guide\n\nStart with <SkillLink id="basic-sql" />.\n\n<Comparison from="a" to="b" />\n',
    );
    const frontmatter = JSON.parse(/^export const frontmatter = (.*);$/m.exec(code)![1]);
    expect(frontmatter[componentUsesKey]).toEqual([
      { component: 'SkillLink', ids: { id: 'basic-sql' }, line: 3, column: 12 },
      { component: 'Comparison', ids: { from: 'a', to: 'b' }, line: 5, column: 1 },
    ]);
    expect(code.match(/ladder: props\.ladder/g)).toHaveLength(2);
  });

  it('refuses an id the build could not check, at its file and line', async () => {
    await expect(compile('# A guide\n\n<LevelSummary id={level} />\n')).rejects.toThrow(
      'content/pages/guides/example.mdx:3:1: <LevelSummary> needs id="<level-id>", the id of a level in quotes (an id the build can check)',
    );
  });
});

describe("building maintainers' pages that use every component", () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
  const content = (html: string) => /<div class="page-content">([\s\S]*)<\/main>/.exec(html)![1];
  beforeAll(() => {
    build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/pages'));
  }, 120_000);

  it('builds, every link resolving', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/pages, every internal link and fragment resolves/);
  });

  it("publishes the About page from pages/about.mdx, around the ladder's introduction and disclaimer", () => {
    const html = page('about');
    expect(html).toContain('<meta name="description" content="What this fixture ladder is for.">');
    const body = content(html);
    expect(body).toMatch(
      /<h1>Fixture Career Skills<\/h1>[\s\S]*<p>Written by the maintainers, around the ladder’s own text:<\/p>\s*<p><em>A small ladder for tests\.<\/em><\/p>/,
    );
    expect(body).toMatch(/<aside class="callout" aria-labelledby="disclaimer"><h2 id="disclaimer">Disclaimer/);
    expect(body).toContain('<h2 id="download">Download the ladder');
  });

  it('renders a skill link, a level summary and a comparison in a guide', () => {
    const html = page('guides/using-the-ladder');
    expect(html).toContain('<title>Using the ladder · Fixture Career Skills</title>');
    const body = content(html);
    expect(body).toContain(
      'Facilitation starts with <a href="/skills/basic-facilitation/">Basic facilitation</a>, or <a href="/skills/spike-solutions/">a spike</a>.',
    );
    const summary = /<div class="level-summary"[\s\S]*?<\/div>/.exec(body)![0];
    expect(summary).toMatch(/<a href="\/levels\/software-engineers\/">Software Engineers<\/a> · \d+ skills/);
    expect(summary).toContain("They're required at the Software Engineer level and above.");
    expect(summary).toMatch(
      /<a href="\/skill-sets\/basic-leadership\/">Basic Leadership<\/a>[\s\S]*<a href="\/skill-sets\/basic-implementation\/">Basic Implementation<\/a>/,
    );
    const comparison = /<div class="comparison"[\s\S]*?<\/div>/.exec(body)![0];
    expect(comparison).toMatch(/Software Engineers requires 2 more skill sets \(\d+ skills\) than All Engineers/);
    expect(comparison).toContain('<a href="/skill-sets/basic-leadership/">Basic Leadership</a>');
    expect(comparison).toContain(
      '<a href="/compare/all-engineers/software-engineers/">The full comparison of All Engineers and Software Engineers</a>',
    );
    expect(body).toContain('See the <a href="/packet/">packet builder</a>.');
  });

  it("links each guide from the footer of the ladder's pages", () => {
    expect(page('skills/basic-facilitation')).toMatch(
      /<footer[\s\S]*<a href="\/about\/">About this ladder<\/a>\s*· <a href="\/guides\/using-the-ladder\/">Using the ladder<\/a>/,
    );
  });
});

describe('building a page whose components name ids the ladder does not have', () => {
  it('fails, naming the file and line of each wrong id', () => {
    const build = buildSite(contentFolder('test/fixtures/ladder', 'test/fixtures/pages-unknown-id'));
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /\/pages\/guides\/wrong-ids\.mdx:7:26: <SkillLink id="basic-facilitaton">: id "basic-facilitaton" names no skill of the ladder; did you mean "basic-facilitation"\?/,
    );
    expect(build.output).toMatch(
      /\/pages\/guides\/wrong-ids\.mdx:11:1: <Comparison from="all-engineers" to="senior-engineers">: to "senior-engineers" names no level of the ladder; did you mean "all-engineers"\?/,
    );
  }, 120_000);
});
