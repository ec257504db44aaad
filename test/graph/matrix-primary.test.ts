import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LadderGraph } from '../../src/lib/graph/graph.ts';
import { startTagsOf } from '../../src/lib/html/read-html.ts';
import { buildSite, contentFolder, type BuildResult } from '../helpers/build-site.ts';

// The matrix fixture ladder as a site's primary ladder (what importing a matrix into content/ gives): its cells get
// the primary ladder's link sections, graph, local graph and packet button, with Builds on derived from the rows.
describe('a competency matrix as the primary ladder', () => {
  let build: BuildResult;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
  const section = (html: string, id: string) =>
    new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  const hrefs = (html: string) => startTagsOf(html).flatMap((tag) => (tag.name === 'a' ? [tag.attributes.href] : []));
  beforeAll(() => {
    build = buildSite(contentFolder('test/fixtures/matrix-ladder/ladders/acme'), { RUNGS_SITE: '' });
  }, 120_000);

  it('builds, every internal link resolving', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/pages, every internal link and fragment resolves/);
  });

  it("shows each cell building on the row's cell below, and built on by the one above", () => {
    const html = page('skills/tooling-at-engineer-ii');
    expect(hrefs(section(html, 'builds-on'))).toContain('/skills/tooling-at-engineer-i/');
    expect(hrefs(section(html, 'referenced-by'))).toContain('/skills/tooling-at-senior-engineer/');
    const localGraph = /<section class="local-graph"[\s\S]*?<\/section>/.exec(html)![0];
    expect(hrefs(localGraph)).toEqual(
      expect.arrayContaining(['/skills/tooling-at-engineer-i/', '/skills/tooling-at-senior-engineer/']),
    );
    expect(html).toContain('data-packet-tool');
  });

  it('draws the derived links in the graph: every cell but the lowest of its row builds on one', () => {
    const graph = JSON.parse(readFileSync(join(build.outDir, 'graph.json'), 'utf8')) as LadderGraph;
    const buildsOn = graph.edges.filter((edge) => edge.kind === 'buildsOn');
    expect(buildsOn).toHaveLength(19 - 5);
    expect(buildsOn).toContainEqual({
      from: 'mentoring-at-senior-engineer',
      to: { skill: 'mentoring-at-engineer-ii' },
      kind: 'buildsOn',
    });
  });

  it('publishes the competency pages under the primary ladder’s own scope', () => {
    expect(page('competencies/tooling')).toContain('<h1>Tooling</h1>');
    expect(hrefs(page('competencies'))).toContain('/competencies/mentoring/');
    expect(page('competencies/tools')).toContain('content="0; url=/competencies/tooling/"');
  });
});
