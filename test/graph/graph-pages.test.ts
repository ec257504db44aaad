import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { OtherLadderLinks } from '../../src/lib/graph/other-ladders.ts';
import type { Overview } from '../../src/lib/graph/overview.ts';
import { describeTargets, edgeKindNames, targetKey, type LadderGraph } from '../../src/lib/graph/graph.ts';
import { readContent } from '../helpers/read-content.ts';

const siteDir = inject('siteDir');
const graph: LadderGraph & { overview: Overview; references: OtherLadderLinks[] } = JSON.parse(
  readFileSync(join(siteDir, 'graph.json'), 'utf8'),
);
const content = readContent('content');
const describe_ = describeTargets(graph);
const page = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const attribute = (tag: string, name: string) => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');

/** The local graph section of a built skill page: its drawn edges and the neighbours it links to. */
function localGraphOf(id: string) {
  const html = page(`skills/${id}`);
  const section = /<section class="local-graph"[\s\S]*?<\/section>/.exec(html)?.[0];
  if (!section) throw new Error(`No local graph on /skills/${id}/`);
  const svg = /<svg[^>]*data-local-graph="([^"]+)"[\s\S]*?<\/svg>/.exec(section);
  return {
    section,
    svg: svg?.[0],
    skill: svg?.[1],
    // A line is a path, or, for a two-way link of two kinds, a group of two parallel strokes.
    edges: [
      ...(svg?.[0].matchAll(/<path[^>]*data-kind="[^"]*"[^>]*>|<g class="local-graph-mixed"[^>]*>[\s\S]*?<\/g>/g) ??
        []),
    ].map(([tag]) => ({
      from: attribute(tag, 'data-from'),
      to: attribute(tag, 'data-to'),
      kind: attribute(tag, 'data-kind'),
      backKind: attribute(tag, 'data-back-kind'),
      strokes: tag.match(/<path/g)!.length,
      twoWay: /\sdata-two-way/.test(tag),
      arrowheads: tag.match(/\smarker-(start|end)=/g)?.length ?? 0,
    })),
    links: [...(svg?.[0].matchAll(/<a[^>]*class="local-graph-node[^"]*"[^>]*>/g) ?? [])].map(([tag]) => ({
      key: attribute(tag, 'data-node'),
      href: attribute(tag, 'href'),
    })),
    graphLink: /href="(\/graph\/\?focus=[^"]+)"/.exec(section)?.[1],
  };
}

describe('the graph published with the ladder', () => {
  it('is at /graph.json in the documented shape: the typed graph, its overview and the other ladders', () => {
    expect(Object.keys(graph)).toEqual(['levels', 'skillSets', 'nodes', 'edges', 'overview', 'references']);
    expect(graph.nodes).toHaveLength(content.skills.length);
    expect(graph.levels).toHaveLength(content.levels.length);
    expect(graph.skillSets).toHaveLength(content.skillSets.length);
    for (const node of graph.nodes)
      expect(Object.keys(node)).toEqual(
        expect.arrayContaining(['id', 'title', 'url', 'level', 'track', 'skillSet', 'degree']),
      );
    expect(graph.edges[0]).toEqual({
      from: expect.any(String),
      to: expect.any(Object),
      kind: expect.stringMatching(/^(buildsOn|related|excluded|raises)$/),
    });
    expect(Object.keys(graph.overview)).toEqual(['width', 'height', 'listsSkills', 'layers', 'groups', 'edges']);
    expect(graph.overview.groups.flatMap((g) => g.skills.map((s) => s.id)).sort()).toEqual(
      graph.nodes.map((n) => n.id).sort(),
    );
  });

  it('lists the other ladders, each item at its page with the primary-ladder skills most like it', () => {
    const skills = new Set(graph.nodes.map((n) => n.id));
    expect(graph.references.length).toBeGreaterThanOrEqual(4);
    for (const reference of graph.references) {
      expect(Object.keys(reference)).toEqual(['id', 'title', 'url', 'areas']);
      for (const item of reference.areas.flatMap((a) => a.items)) {
        expect(page(item.url.slice(1))).toContain(`<h1`);
        for (const id of item.similar) expect(skills.has(id)).toBe(true);
      }
    }
    expect(
      graph.references.flatMap((r) => r.areas.flatMap((a) => a.items.flatMap((i) => i.similar))).length,
    ).toBeGreaterThan(0);
  });

  it('keeps the graph page within its weight at this size: the drawing and list, not every link twice', () => {
    expect(page('graph').length).toBeLessThan(260_000);
  });

  it('is linked from the site header on every page', () => {
    expect(page('skills/basic-test-driven-development')).toMatch(/<a href="\/graph\/"[^>]*>Graph<\/a>/);
    expect(page('graph')).toMatch(/<a href="\/graph\/" aria-current="page">Graph<\/a>/);
  });
});

describe("each skill page's local graph", () => {
  it('draws one line per neighbour, from the skill that names the link, with an arrowhead at each end when each names the other', () => {
    for (const skill of content.skills) {
      const local = localGraphOf(skill.id);
      const self = `skill:${skill.id}`;
      const named = new Set(graph.edges.filter((e) => e.from === skill.id).map((e) => targetKey(e.to)));
      const namedBy = new Set(graph.edges.filter((e) => targetKey(e.to) === self).map((e) => `skill:${e.from}`));
      const neighbours = new Set([...named, ...namedBy]);
      const ends = local.edges.map((e) => (e.from === self ? e.to : e.from));
      expect(ends.sort(), skill.id).toEqual([...neighbours].sort());
      for (const edge of local.edges) {
        const other = edge.from === self ? edge.to : edge.from;
        const twoWay = named.has(other) && namedBy.has(other);
        expect(edge.twoWay, `${skill.id} – ${other}`).toBe(twoWay);
        expect(edge.arrowheads).toBe(twoWay ? 2 : 1);
        if (!twoWay) expect(edge.from).toBe(named.has(other) ? self : other);
      }
      if (neighbours.size > 0) expect(local.skill, skill.id).toBe(skill.id);
    }
  });

  it('draws a two-way link of two kinds as two strokes, one per kind, and says both in its description', () => {
    let mixed = 0;
    for (const skill of content.skills) {
      const local = localGraphOf(skill.id);
      const self = `skill:${skill.id}`;
      for (const edge of local.edges.filter((e) => e.twoWay)) {
        const other = edge.from === self ? edge.to : edge.from;
        const kinds = (from: string, to: string) =>
          new Set(graph.edges.filter((e) => `skill:${e.from}` === from && targetKey(e.to) === to).map((e) => e.kind));
        const [out, back] = [kinds(self, other), kinds(other, self)];
        const differ = ![...back].some((kind) => out.has(kind));
        expect(edge.strokes, `${skill.id} – ${other}`).toBe(differ ? 2 : 1);
        if (!differ) continue;
        mixed++;
        expect(out.has(edge.kind as never) && back.has(edge.backKind as never)).toBe(true);
        const description = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(local.svg!)![1];
        expect(description).toMatch(/two links of two kinds/);
        expect(/<figcaption>[\s\S]*<\/figcaption>/.exec(local.section)![0]).toContain('two parallel lines');
      }
    }
    expect(mixed).toBeGreaterThan(0);
  });

  it('explains its colours by level and its lines in the words of the link sections', () => {
    const local = localGraphOf('interpersonal-feedback');
    const key = /<figcaption>[\s\S]*<\/figcaption>/.exec(local.section)![0];
    for (const kind of new Set(local.edges.map((e) => e.kind)))
      expect(key).toContain(edgeKindNames[kind as keyof typeof edgeKindNames]);
    expect(key).toMatch(/class="graph-swatch tone-engineering-\d"[^>]*><\/span>Software Engineers/);
  });

  it('links each neighbour to its page, and the skill to its place in the full graph', () => {
    for (const skill of content.skills) {
      const local = localGraphOf(skill.id);
      const neighbours = new Set(
        graph.edges.flatMap((e) =>
          e.from === skill.id ? [targetKey(e.to)] : targetKey(e.to) === `skill:${skill.id}` ? [`skill:${e.from}`] : [],
        ),
      );
      expect(local.links.map((l) => l.key).sort(), skill.id).toEqual([...neighbours].sort());
      for (const link of local.links) {
        const [kind, id] = [link.key.slice(0, link.key.indexOf(':')), link.key.slice(link.key.indexOf(':') + 1)];
        expect(link.href).toBe(describe_({ [kind]: id } as Parameters<typeof describe_>[0]).url);
      }
      expect(local.graphLink, skill.id).toBe(`/graph/?focus=${skill.id}`);
    }
  });

  it('names itself and describes its links in words for assistive technology', () => {
    const local = localGraphOf('basic-test-driven-development');
    expect(local.svg).toMatch(/role="group" aria-labelledby="local-graph-title" aria-describedby="local-graph-desc"/);
    expect(local.svg).toContain('<title id="local-graph-title">Links of Basic test-driven development</title>');
    expect(local.svg).toMatch(
      /<desc id="local-graph-desc">[^<]*Excluded: Method and variable refactoring, Spike solutions\.[^<]*<\/desc>/,
    );
    expect(local.svg).toContain('aria-label="Spike solutions: excluded from this skill"');
  });

  it('says so, and links to the full graph, when a skill has no links', () => {
    const lonely = content.skills.find(
      (s) => !graph.edges.some((e) => e.from === s.id || targetKey(e.to) === `skill:${s.id}`),
    )!;
    const local = localGraphOf(lonely.id);
    expect(local.svg).toBeUndefined();
    expect(local.section).toContain('This skill has no links to other skills yet.');
    expect(local.graphLink).toBe(`/graph/?focus=${lonely.id}`);
  });

  it('costs the skill page no script of its own', () => {
    const html = page('skills/basic-test-driven-development');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.filter((src) => /graph/i.test(src))).toEqual([]);
    expect(localGraphOf('basic-test-driven-development').section).not.toMatch(/<script|style="/);
  });
});
