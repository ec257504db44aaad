import { describe, expect, it } from 'vitest';
import { buildGraph, buildsOn, describeTargets, edgesByEnd, linkGroupNames, skillLinks, targetKey, type GraphEdge, type LadderGraph } from '../src/lib/graph.ts';
import { edgeAnchors, layoutGraph, type Box, type GraphLayout } from '../src/lib/graph-layout.ts';
import { localGraphs } from '../src/lib/graph-local.ts';
import { fitLabel, wrapLabel } from '../src/lib/graph-text.ts';
import { buildLadderIndex } from '../src/lib/ladder-index.ts';
import { validateLadder } from '../src/lib/validate-ladder.ts';
import { readContent } from './helpers/read-content.ts';

const fixture = readContent('test/fixtures/ladder', 'test/fixtures/graph');
const fixtureLadder = buildLadderIndex(fixture);
const fixtureGraph = buildGraph(fixtureLadder);
const real = readContent('content');
const realLadder = buildLadderIndex(real);
const realGraph = buildGraph(realLadder);
const realLayout = layoutGraph(realGraph);

const edge = (from: string, to: GraphEdge['to'], kind: GraphEdge['kind']): GraphEdge => ({ from, to, kind });
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.1 && inner.y >= outer.y - 0.1 && inner.x + inner.width <= outer.x + outer.width + 0.1 && inner.y + inner.height <= outer.y + outer.height + 0.1;

describe('typing the edges of the fixture ladder', () => {
  it('is built from valid content', () => {
    expect(validateLadder(fixture).errors).toEqual([]);
  });

  it('types every See also, Excluded and raises, skill by skill in ladder order', () => {
    expect(fixtureGraph.edges).toEqual([
      edge('active-participation', { skill: 'basic-facilitation' }, 'related'),
      edge('basic-facilitation', { skill: 'active-participation' }, 'buildsOn'),
      edge('basic-test-driven-development', { skill: 'spike-solutions' }, 'related'),
      edge('basic-test-driven-development', { skill: 'method-and-variable-refactoring' }, 'excluded'),
      edge('method-and-variable-refactoring', { skillSet: 'basic-leadership' }, 'related'),
      edge('pair-programming', { skill: 'basic-test-driven-development' }, 'buildsOn'),
      edge('pair-programming', { skillSet: 'basic-implementation' }, 'buildsOn'),
      edge('pair-programming', { skill: 'raise-implementation' }, 'related'),
      edge('pair-programming', { skill: 'spike-solutions' }, 'excluded'),
      edge('raise-implementation', { skillSet: 'basic-implementation' }, 'raises'),
      edge('raise-specialties', { level: 'specialties' }, 'raises'),
      edge('api-design', { skill: 'active-participation' }, 'buildsOn'),
      edge('api-design', { skill: 'spike-solutions' }, 'related'),
      edge('one-on-ones', { skill: 'active-participation' }, 'buildsOn'),
      edge('one-on-ones', { skill: 'basic-facilitation' }, 'related'),
      edge('one-on-ones', { skillSet: 'basic-leadership' }, 'related'),
    ]);
  });

  it('builds on a lower rung of the same track or on the baseline, and on nothing else', () => {
    const level = fixtureLadder.level;
    expect(buildsOn(level('senior-engineers'), level('software-engineers'))).toBe(true);
    expect(buildsOn(level('software-engineers'), level('all-engineers'))).toBe(true);
    expect(buildsOn(level('associate-manager'), level('all-engineers'))).toBe(true);
    expect(buildsOn(level('specialties'), level('all-engineers'))).toBe(true);
    expect(buildsOn(level('software-engineers'), level('senior-engineers'))).toBe(false);
    expect(buildsOn(level('software-engineers'), level('software-engineers'))).toBe(false);
    expect(buildsOn(level('all-engineers'), level('all-engineers'))).toBe(false);
    expect(buildsOn(level('associate-manager'), level('software-engineers'))).toBe(false);
    expect(buildsOn(level('specialties'), level('software-engineers'))).toBe(false);
  });

  it('keeps See also names not yet in the ladder on their node instead of drawing them', () => {
    const facilitation = fixtureGraph.nodes.find((n) => n.id === 'basic-facilitation')!;
    expect(facilitation.unresolved).toEqual(['Intermediate facilitation']);
    expect(fixtureGraph.edges.filter((e) => e.from === 'basic-facilitation')).toHaveLength(1);
  });

  it('gives each node its level, track, skill set and degree, in ladder order', () => {
    expect(fixtureGraph.nodes.map((n) => n.id)).toEqual([
      'active-participation',
      'basic-facilitation',
      'basic-test-driven-development',
      'spike-solutions',
      'method-and-variable-refactoring',
      'pair-programming',
      'raise-implementation',
      'raise-specialties',
      'api-design',
      'self-starter',
      'one-on-ones',
    ]);
    const node = (id: string) => fixtureGraph.nodes.find((n) => n.id === id)!;
    expect(node('one-on-ones')).toMatchObject({ level: 'associate-manager', track: 'management', skillSet: 'manager-baseline', degree: 3, url: '/skills/one-on-ones/' });
    expect(node('active-participation').degree).toBe(4);
    expect(node('spike-solutions').degree).toBe(3);
    expect(node('self-starter')).toMatchObject({ degree: 0, aliases: ['self-motivation'] });
  });

  it('colours levels by track and rung, with the baseline and levels beside the rungs apart', () => {
    expect(Object.fromEntries(fixtureGraph.levels.map((l) => [l.id, l.tone]))).toEqual({
      'all-engineers': 'tone-baseline',
      'software-engineers': 'tone-engineering-1',
      'senior-engineers': 'tone-engineering-2',
      specialties: 'tone-beside',
      'associate-manager': 'tone-management-1',
    });
  });
});

describe("a skill's links from its own point of view", () => {
  const byEnd = edgesByEnd(fixtureGraph.edges);
  const links = (id: string) => skillLinks(id, byEnd.get(`skill:${id}`) ?? []);

  it('lists outgoing links first, then incoming, each by kind', () => {
    expect(links('spike-solutions')).toEqual([
      { kind: 'related', direction: 'in', other: { skill: 'basic-test-driven-development' } },
      { kind: 'related', direction: 'in', other: { skill: 'api-design' } },
      { kind: 'excluded', direction: 'in', other: { skill: 'pair-programming' } },
    ]);
    expect(links('pair-programming').map((l) => `${linkGroupNames[l.kind][l.direction]} ${targetKey(l.other)}`)).toEqual([
      'Builds on skill:basic-test-driven-development',
      'Builds on skillSet:basic-implementation',
      'Related skill:raise-implementation',
      'Excluded skill:spike-solutions',
    ]);
  });

  it('describes skills, skill sets and levels as targets', () => {
    const describe = describeTargets(fixtureGraph);
    expect(describe({ skill: 'spike-solutions' })).toMatchObject({ title: 'Spike solutions', url: '/skills/spike-solutions/', place: 'Software Engineers · Basic Implementation' });
    expect(describe({ skillSet: 'basic-leadership' })).toMatchObject({ key: 'skillSet:basic-leadership', url: '/skill-sets/basic-leadership/', place: 'Skill set · Software Engineers' });
    expect(describe({ level: 'specialties' })).toMatchObject({ key: 'level:specialties', url: '/levels/specialties/', place: 'Level' });
  });
});

describe('the graph of the published ladder', () => {
  const seeAlsoTargets = real.skills.flatMap((s) => s.data.seeAlso.flatMap((t) => ('unresolved' in t ? [] : [{ from: s.id, to: t }])));
  const excludedTargets = real.skills.flatMap((s) => (s.data.excluded?.skills ?? []).map((id) => ({ from: s.id, to: { skill: id } })));
  const raised = real.skills.filter((s) => s.data.raises);

  it('has a node for every skill and an edge for every resolved See also, Excluded skill and raise', () => {
    expect(realGraph.nodes).toHaveLength(real.skills.length);
    expect(new Set(realGraph.nodes.map((n) => n.id))).toEqual(new Set(real.skills.map((s) => s.id)));
    const key = (e: { from: string; to: GraphEdge['to'] }) => `${e.from}→${targetKey(e.to)}`;
    expect(realGraph.edges.filter((e) => e.kind === 'buildsOn' || e.kind === 'related').map(key).sort()).toEqual(seeAlsoTargets.map(key).sort());
    expect(realGraph.edges.filter((e) => e.kind === 'excluded').map(key).sort()).toEqual(excludedTargets.map(key).sort());
    expect(realGraph.edges.filter((e) => e.kind === 'raises').map((e) => e.from).sort()).toEqual(raised.map((s) => s.id).sort());
    expect(realGraph.edges).toHaveLength(seeAlsoTargets.length + excludedTargets.length + raised.length);
  });

  it('types a See also as "builds on" exactly when it points down its track or at the baseline', () => {
    const levelOf = (target: GraphEdge['to']) =>
      realLadder.level('skill' in target ? realLadder.skill(target.skill).data.level : 'skillSet' in target ? realLadder.skillSet(target.skillSet).data.level : target.level);
    for (const e of realGraph.edges.filter((e) => e.kind === 'buildsOn' || e.kind === 'related')) {
      const from = realLadder.level(realLadder.skill(e.from).data.level).data;
      const to = levelOf(e.to).data;
      const down = to.baseline ? !from.baseline : from.track === to.track && to.rank! < from.rank!;
      expect(e.kind, `${e.from} → ${targetKey(e.to)}`).toBe(down ? 'buildsOn' : 'related');
    }
    expect(realGraph.edges.some((e) => e.kind === 'buildsOn')).toBe(true);
  });

  it('raises skill sets from Principal "A Higher Bar", and Specialties as a level', () => {
    const raises = realGraph.edges.filter((e) => e.kind === 'raises');
    expect(raises.every((e) => realLadder.skill(e.from).data.skillSet === 'a-higher-bar')).toBe(true);
    expect(raises.filter((e) => 'level' in e.to)).toEqual([edge('specialties', { level: 'specialties' }, 'raises')]);
    expect(raises).toContainEqual(edge('design-leadership', { skillSet: 'design-leadership' }, 'raises'));
  });

  it('counts degree over both ends and keeps the two names not yet in the ladder', () => {
    const ends = realGraph.edges.flatMap((e) => [`skill:${e.from}`, targetKey(e.to)]).filter((key) => key.startsWith('skill:'));
    expect(realGraph.nodes.reduce((sum, n) => sum + n.degree, 0)).toBe(ends.length);
    expect(realGraph.nodes.flatMap((n) => n.unresolved ?? [])).toEqual(['Incremental design', 'Incremental codebase architecture']);
  });
});

describe('the build-time layout', () => {
  const boxOf = (layout: GraphLayout) => ({
    level: new Map(layout.levels.map((l) => [l.id, l.box])),
    skillSet: new Map(layout.skillSets.map((s) => [s.id, s.box])),
  });

  it('is deterministic: the same content gives the same positions, to the byte', () => {
    expect(JSON.stringify(layoutGraph(realGraph))).toBe(JSON.stringify(realLayout));
  });

  it('places every skill inside its skill set, and every skill set inside its level', () => {
    const { level, skillSet } = boxOf(realLayout);
    for (const node of realLayout.nodes) expect(inside({ x: node.x - node.r, y: node.y - node.r, width: 2 * node.r, height: 2 * node.r }, skillSet.get(node.skillSet)!), node.id).toBe(true);
    for (const s of realLayout.skillSets) expect(inside(s.box, level.get(s.level)!), s.id).toBe(true);
  });

  it('keeps skills from overlapping', () => {
    const overlapping: string[] = [];
    for (const [i, a] of realLayout.nodes.entries()) {
      for (const b of realLayout.nodes.slice(i + 1)) if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlapping.push(`${a.id} / ${b.id}`);
    }
    expect(overlapping).toEqual([]);
  });

  it('layers levels: higher rungs above lower ones in each track, equal ranks side by side, the baseline under everything', () => {
    const { level } = boxOf(realLayout);
    const ranked = realLayout.levels.filter((l) => l.rank !== undefined && !l.baseline);
    for (const a of ranked) {
      for (const b of ranked) {
        if (a.rank! > b.rank!) expect(level.get(a.id)!.y + level.get(a.id)!.height, `${a.id} above ${b.id}`).toBeLessThanOrEqual(level.get(b.id)!.y);
        if (a.rank === b.rank) expect(level.get(a.id)!.y).toBe(level.get(b.id)!.y);
      }
    }
    const baseline = level.get('all-engineers')!;
    expect(baseline).toMatchObject({ x: 0, width: realLayout.width });
    expect(baseline.y + baseline.height).toBe(realLayout.height);
    const boxes = [...level.values()];
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(inside(a, b) || inside(b, a) || a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  });

  it('puts the management track beside the engineering rungs and Specialties beside them too', () => {
    const { level } = boxOf(realLayout);
    expect(level.get('specialties')!.x).toBeGreaterThan(level.get('principal-engineers')!.x + level.get('principal-engineers')!.width - 1);
    expect(level.get('associate-manager')!.x).toBeGreaterThan(level.get('specialties')!.x);
  });

  it('ends edges at skills, or at the label of the skill set or level they point to', () => {
    const anchor = edgeAnchors(realLayout);
    const node = realLayout.nodes.find((n) => n.id === 'sociable-unit-tests')!;
    expect(anchor({ skill: node.id })).toEqual({ x: node.x, y: node.y });
    const box = realLayout.skillSets.find((s) => s.id === 'design-leadership')!.box;
    const point = anchor({ skillSet: 'design-leadership' });
    expect(point.x).toBeCloseTo(box.x + box.width / 2, 0);
    expect(point.y).toBeGreaterThan(box.y);
    expect(point.y).toBeLessThan(box.y + 20);
  });

  it('lays out a ladder with one level, no links and an empty skill set, giving that one a box too', () => {
    const single: LadderGraph = {
      levels: [{ id: 'only', title: 'Only', track: 'engineering', rank: 1, baseline: false, url: '/levels/only/', tone: 'tone-engineering-1' }],
      skillSets: [
        { id: 'set', title: 'Set', level: 'only', url: '/skill-sets/set/' },
        { id: 'empty', title: 'Empty', level: 'only', url: '/skill-sets/empty/' },
      ],
      nodes: [{ id: 'a', title: 'A', url: '/skills/a/', level: 'only', track: 'engineering', skillSet: 'set', degree: 0 }],
      edges: [],
    };
    const layout = layoutGraph(single);
    expect(inside({ x: layout.nodes[0].x, y: layout.nodes[0].y, width: 0, height: 0 }, layout.skillSets[0].box)).toBe(true);
    const [set, empty] = layout.skillSets.map((s) => s.box);
    expect(empty.width * empty.height).toBeGreaterThan(0);
    expect(inside(empty, layout.levels[0].box)).toBe(true);
    expect(set.x + set.width <= empty.x || empty.x + empty.width <= set.x || set.y + set.height <= empty.y || empty.y + empty.height <= set.y).toBe(true);
  });
});

describe('the local graph of a skill', () => {
  const layout = layoutGraph(fixtureGraph);
  const byEnd = edgesByEnd(layout.edges);
  const localGraph = localGraphs(layout);
  const local = (id: string) => localGraph(id, byEnd.get(`skill:${id}`) ?? []);

  it('draws one edge per link, from the skill that names it, and one node per neighbour', () => {
    const graph = local('basic-test-driven-development');
    expect(graph.edges.map((e) => `${e.from} ${e.kind} ${e.to}`).sort()).toEqual(
      [
        'skill:basic-test-driven-development related skill:spike-solutions',
        'skill:basic-test-driven-development excluded skill:method-and-variable-refactoring',
        'skill:pair-programming buildsOn skill:basic-test-driven-development',
      ].sort(),
    );
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(['skill:method-and-variable-refactoring', 'skill:pair-programming', 'skill:spike-solutions']);
    expect(graph.centre).toMatchObject({ key: 'skill:basic-test-driven-development', title: 'Basic test-driven development' });
    expect(graph.centre.url).toBeUndefined();
  });

  it('puts higher levels above the skill and lower ones below, naming the level of each', () => {
    const graph = local('pair-programming');
    const at = (key: string) => graph.nodes.find((n) => n.key === key)!;
    expect(graph.bands.map((b) => b.band)).toEqual(['same', 'lower']);
    expect(at('skill:basic-test-driven-development').y).toBeGreaterThan(graph.centre.y);
    expect(at('skill:basic-test-driven-development')).toMatchObject({
      levelLines: ['Software Engineers'],
      name: 'Basic test-driven development, Software Engineers: this skill builds on it',
    });
    expect(at('skill:raise-implementation').y).toBe(graph.centre.y);
    expect(at('skillSet:basic-implementation')).toMatchObject({ kind: 'skillSet', url: '/skill-sets/basic-implementation/', relation: 'this skill builds on it' });
    const up = local('basic-test-driven-development');
    expect(up.nodes.find((n) => n.key === 'skill:pair-programming')!.y).toBeLessThan(up.centre.y);
    expect(up.bands[0]).toMatchObject({ band: 'higher', label: 'Higher rungs' });
  });

  it('bends the two edges between a pair of skills that name each other apart', () => {
    const graph = local('active-participation');
    const toFacilitation = graph.edges.filter((e) => e.from === 'skill:basic-facilitation' || e.to === 'skill:basic-facilitation');
    expect(toFacilitation).toHaveLength(2);
    expect(toFacilitation.every((e) => e.d.includes('Q'))).toBe(true);
    expect(toFacilitation[0].d).not.toBe(toFacilitation[1].d);
  });

  it('describes its links in words, for assistive technology', () => {
    expect(local('one-on-ones').description).toBe('Builds on: Active participation. Related: Basic facilitation, Basic Leadership.');
    expect(local('self-starter')).toMatchObject({ nodes: [], edges: [], description: '' });
  });

  it('keeps every node and label inside the drawing', () => {
    for (const node of fixtureGraph.nodes) {
      const graph = local(node.id);
      for (const n of [graph.centre, ...graph.nodes]) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(0);
        expect(n.x + n.r).toBeLessThanOrEqual(graph.width);
        expect(Math.min(n.labelY - 12, n.y - n.r)).toBeGreaterThanOrEqual(0);
        expect(n.labelY + 14 * (n.lines.length + n.levelLines.length - 1)).toBeLessThanOrEqual(graph.height);
      }
    }
  });
});

describe('labels drawn in SVG', () => {
  it('cut a label that does not fit, with an ellipsis', () => {
    expect(fitLabel('Basic Implementation', 200, 10)).toBe('Basic Implementation');
    expect(fitLabel('Advanced Product Management', 60, 10)).toBe('Advanced…');
  });

  it('wrap at spaces into at most the lines allowed', () => {
    expect(wrapLabel('Mental model of your team’s codebase', 100, 12, 3)).toEqual(['Mental model', 'of your team’s', 'codebase']);
    expect(wrapLabel('Key Idea: Minimize work in progress and more words', 100, 12, 2)).toEqual(['Key Idea:', 'Minimize work…']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 60, 12, 2)).toEqual(['Superca…']);
  });
});
