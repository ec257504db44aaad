import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { GraphLayout } from '../src/lib/graph-layout.ts';
import type { PlacedReference } from '../src/lib/graph-references.ts';
import { describeTargets, targetKey } from '../src/lib/graph.ts';
import { readContent } from './helpers/read-content.ts';

const siteDir = inject('siteDir');
const graph: GraphLayout = JSON.parse(readFileSync(join(siteDir, 'graph.json'), 'utf8'));
const content = readContent('content');
const describe_ = describeTargets(graph);
const page = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
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
    edges: [...(svg?.[0].matchAll(/<path[^>]*data-kind="[^"]*"[^>]*>/g) ?? [])].map(([tag]) => `${attribute(tag, 'data-from')} ${attribute(tag, 'data-kind')} ${attribute(tag, 'data-to')}`),
    links: [...(svg?.[0].matchAll(/<a[^>]*class="local-graph-node[^"]*"[^>]*>/g) ?? [])].map(([tag]) => ({ key: attribute(tag, 'data-node'), href: attribute(tag, 'href') })),
    graphLink: /href="(\/graph\/\?focus=[^"]+)"/.exec(section)?.[1],
  };
}

describe('the graph published with the ladder', () => {
  it('is at /graph.json in the documented shape, with every skill placed', () => {
    expect(Object.keys(graph)).toEqual(['width', 'height', 'levels', 'skillSets', 'nodes', 'edges', 'references']);
    expect(graph.nodes).toHaveLength(content.skills.length);
    expect(graph.levels).toHaveLength(content.levels.length);
    expect(graph.skillSets).toHaveLength(content.skillSets.length);
    for (const node of graph.nodes) expect(Object.keys(node)).toEqual(expect.arrayContaining(['id', 'title', 'url', 'level', 'track', 'skillSet', 'degree', 'x', 'y', 'r']));
    expect(graph.edges[0]).toEqual({ from: expect.any(String), to: expect.any(Object), kind: expect.stringMatching(/^(buildsOn|related|excluded|raises)$/) });
  });

  it('adds the other ladders as a separate layer, each item placed and linked to similar main-ladder skills', () => {
    const { references } = graph as GraphLayout & { references: PlacedReference[] };
    const skills = new Set(graph.nodes.map((n) => n.id));
    expect(references.length).toBeGreaterThanOrEqual(4);
    for (const reference of references) {
      expect(Object.keys(reference)).toEqual(['id', 'title', 'url', 'box', 'skillSets', 'nodes', 'edges']);
      expect(reference.box.x).toBeGreaterThan(graph.width);
      for (const node of reference.nodes) expect(page(node.url.slice(1))).toContain(`<h1`);
      for (const edge of reference.edges) {
        expect(edge).toEqual({ from: expect.any(String), to: { skill: expect.any(String) }, kind: 'similar', score: expect.any(Number) });
        expect(skills.has(edge.to.skill)).toBe(true);
      }
    }
    expect(references.flatMap((r) => r.edges).length).toBeGreaterThan(0);
  });

  it('is linked from the site header on every page', () => {
    expect(page('skills/basic-test-driven-development')).toMatch(/<a href="\/graph\/"[^>]*>Graph<\/a>/);
    expect(page('graph')).toMatch(/<a href="\/graph\/" aria-current="page">Graph<\/a>/);
  });
});

describe("each skill page's local graph", () => {
  it('draws exactly the links of its skill, in both directions, each from the skill that names it', () => {
    for (const skill of content.skills) {
      const local = localGraphOf(skill.id);
      const expected = graph.edges
        .filter((e) => e.from === skill.id || targetKey(e.to) === `skill:${skill.id}`)
        .map((e) => `skill:${e.from} ${e.kind} ${targetKey(e.to)}`);
      expect(local.edges.sort(), skill.id).toEqual(expected.sort());
      if (expected.length > 0) expect(local.skill, skill.id).toBe(skill.id);
    }
  });

  it('links each neighbour to its page, and the skill to its place in the full graph', () => {
    for (const skill of content.skills) {
      const local = localGraphOf(skill.id);
      const neighbours = new Set(
        graph.edges.flatMap((e) => (e.from === skill.id ? [targetKey(e.to)] : targetKey(e.to) === `skill:${skill.id}` ? [`skill:${e.from}`] : [])),
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
    expect(local.svg).toMatch(/<desc id="local-graph-desc">[^<]*Excluded: Method and variable refactoring, Spike solutions\.[^<]*<\/desc>/);
    expect(local.svg).toContain('aria-label="Spike solutions: excluded from this skill"');
  });

  it('says so, and links to the full graph, when a skill has no links', () => {
    const lonely = content.skills.find((s) => !graph.edges.some((e) => e.from === s.id || targetKey(e.to) === `skill:${s.id}`))!;
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
