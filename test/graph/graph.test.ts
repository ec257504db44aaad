import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  buildsOn,
  describeTargets,
  edgesByEnd,
  linkGroupNames,
  skillLinks,
  targetKey,
  type GraphEdge,
  type LadderGraph,
} from '../../src/lib/graph/graph.ts';
import { localGraphs } from '../../src/lib/graph/local.ts';
import { orderLayers } from '../../src/lib/graph/order.ts';
import {
  countCrossings,
  layoutOverview,
  layerOrder,
  listLimit,
  skillSetLinks,
  type Overview,
  type OverviewGroup,
} from '../../src/lib/graph/overview.ts';
import { fitLabel, wrapLabel } from '../../src/lib/graph/text.ts';
import { buildLadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { validateLadder } from '../../src/lib/content/validate-ladder.ts';
import { readContent } from '../helpers/read-content.ts';

const fixture = readContent('test/fixtures/ladder', 'test/fixtures/graph');
const fixtureLadder = buildLadderIndex(fixture);
const fixtureGraph = buildGraph(fixtureLadder);
const real = readContent('content');
const realLadder = buildLadderIndex(real);
const realGraph = buildGraph(realLadder);
const realOverview = await layoutOverview(realGraph, orderLayers);

const edge = (from: string, to: GraphEdge['to'], kind: GraphEdge['kind']): GraphEdge => ({ from, to, kind });
type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

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
    expect(node('one-on-ones')).toMatchObject({
      level: 'associate-manager',
      track: 'management',
      skillSet: 'manager-baseline',
      degree: 3,
      url: '/skills/one-on-ones/',
    });
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
    expect(
      links('pair-programming').map((l) => `${linkGroupNames[l.kind][l.direction]} ${targetKey(l.other)}`),
    ).toEqual([
      'Builds on skill:basic-test-driven-development',
      'Builds on skillSet:basic-implementation',
      'Related skill:raise-implementation',
      'Excluded skill:spike-solutions',
    ]);
  });

  it('describes skills, skill sets and levels as targets', () => {
    const describe = describeTargets(fixtureGraph);
    expect(describe({ skill: 'spike-solutions' })).toMatchObject({
      title: 'Spike solutions',
      url: '/skills/spike-solutions/',
      place: 'Software Engineers · Basic Implementation',
    });
    expect(describe({ skillSet: 'basic-leadership' })).toMatchObject({
      key: 'skillSet:basic-leadership',
      url: '/skill-sets/basic-leadership/',
      place: 'Skill set · Software Engineers',
    });
    expect(describe({ level: 'specialties' })).toMatchObject({
      key: 'level:specialties',
      url: '/levels/specialties/',
      place: 'Level',
    });
  });
});

describe('the graph of the published ladder', () => {
  const seeAlsoTargets = real.skills.flatMap((s) =>
    s.data.seeAlso.flatMap((t) => ('unresolved' in t ? [] : [{ from: s.id, to: t }])),
  );
  const excludedTargets = real.skills.flatMap((s) =>
    (s.data.excluded?.skills ?? []).map((id) => ({ from: s.id, to: { skill: id } })),
  );
  const raised = real.skills.filter((s) => s.data.raises);

  it('has a node for every skill and an edge for every resolved See also, Excluded skill and raise', () => {
    expect(realGraph.nodes).toHaveLength(real.skills.length);
    expect(new Set(realGraph.nodes.map((n) => n.id))).toEqual(new Set(real.skills.map((s) => s.id)));
    const key = (e: { from: string; to: GraphEdge['to'] }) => `${e.from}→${targetKey(e.to)}`;
    expect(
      realGraph.edges
        .filter((e) => e.kind === 'buildsOn' || e.kind === 'related')
        .map(key)
        .sort(),
    ).toEqual(seeAlsoTargets.map(key).sort());
    expect(
      realGraph.edges
        .filter((e) => e.kind === 'excluded')
        .map(key)
        .sort(),
    ).toEqual(excludedTargets.map(key).sort());
    expect(
      realGraph.edges
        .filter((e) => e.kind === 'raises')
        .map((e) => e.from)
        .sort(),
    ).toEqual(raised.map((s) => s.id).sort());
    expect(realGraph.edges).toHaveLength(seeAlsoTargets.length + excludedTargets.length + raised.length);
  });

  it('types a See also as "builds on" exactly when it points down its track or at the baseline', () => {
    const levelOf = (target: GraphEdge['to']) =>
      realLadder.level(
        'skill' in target
          ? realLadder.skill(target.skill).data.level
          : 'skillSet' in target
            ? realLadder.skillSet(target.skillSet).data.level
            : target.level,
      );
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
    const ends = realGraph.edges
      .flatMap((e) => [`skill:${e.from}`, targetKey(e.to)])
      .filter((key) => key.startsWith('skill:'));
    expect(realGraph.nodes.reduce((sum, n) => sum + n.degree, 0)).toBe(ends.length);
    expect(realGraph.nodes.flatMap((n) => n.unresolved ?? [])).toEqual([
      'Incremental design',
      'Incremental codebase architecture',
    ]);
  });
});

describe('the overview: levels as layers, skill sets as groups', () => {
  const groupOf = new Map(realOverview.groups.map((g) => [g.id, g]));
  const layerOf = (overview: Overview) => new Map(overview.layers.map((l, i) => [l.level, i]));

  it('is deterministic: the same content gives the same drawing, to the byte', async () => {
    expect(JSON.stringify(await layoutOverview(realGraph, orderLayers))).toBe(JSON.stringify(realOverview));
  });

  it('stacks levels from the highest rung down to the baseline, levels beside the rungs on top, leaving out a level without skill sets', () => {
    expect(layerOrder(realGraph.levels).map((l) => l.id)).toEqual([
      'specialties',
      'principal-engineers',
      'staff-engineers',
      'technical-leads',
      'senior-manager',
      'senior-software-engineers',
      'manager',
      'software-engineers',
      'associate-manager',
      'all-engineers',
    ]);
    expect(realOverview.layers.map((l) => l.level)).toEqual(
      layerOrder(realGraph.levels)
        .map((l) => l.id)
        .filter((id) => id !== 'specialties'),
    );
    for (const [i, layer] of realOverview.layers.entries())
      if (i > 0) expect(layer.y).toBeGreaterThan(realOverview.layers[i - 1].y + realOverview.layers[i - 1].height);
  });

  it('puts every skill set in its level’s layer and every skill in its skill set, on up to three lines each, none overlapping', () => {
    const layers = new Map(realOverview.layers.map((l) => [l.level, l]));
    for (const group of realOverview.groups) {
      const layer = layers.get(group.level)!;
      expect(group.y).toBeGreaterThan(layer.y);
      expect(group.y + group.height).toBeLessThanOrEqual(layer.y + layer.height);
      expect(group.skills.map((s) => s.id)).toEqual(
        realGraph.nodes.filter((n) => n.skillSet === group.id).map((n) => n.id),
      );
      for (const [i, skill] of group.skills.entries()) {
        expect(skill.lines.length).toBeLessThanOrEqual(3);
        expect(skill.y - 12).toBeGreaterThan(group.y);
        expect(skill.y + (skill.lines.length - 1) * 16).toBeLessThan(group.y + group.height);
        if (i > 0)
          expect(skill.y).toBeGreaterThanOrEqual(group.skills[i - 1].y + 16 * group.skills[i - 1].lines.length);
      }
    }
    for (const [i, a] of realOverview.groups.entries())
      for (const b of realOverview.groups.slice(i + 1)) expect(apart(a, b), `${a.id} / ${b.id}`).toBe(true);
    expect(
      realOverview.groups.flatMap((g) => g.skills.flatMap((s) => s.lines)).filter((line) => line.endsWith('…')),
    ).toEqual([]);
  });

  it('draws each Builds on and Raises between two skill sets once, downwards, counting the links between skills it stands for', () => {
    const links = skillSetLinks(realGraph, ['buildsOn', 'raises'] as const);
    expect(realOverview.edges.map((e) => `${e.from} ${e.kind} ${e.to} ${e.count}`)).toEqual(
      links.map((e) => `${e.from} ${e.kind} ${e.to} ${e.count}`),
    );
    const skillSetOf = new Map(realGraph.nodes.map((n) => [n.id, n.skillSet]));
    const between = realGraph.edges.filter(
      (e) =>
        (e.kind === 'buildsOn' || e.kind === 'raises') &&
        !('level' in e.to) &&
        skillSetOf.get(e.from) !== ('skill' in e.to ? skillSetOf.get(e.to.skill) : e.to.skillSet),
    );
    expect(realOverview.edges.reduce((sum, e) => sum + e.count, 0)).toBe(between.length);
    const layer = layerOf(realOverview);
    for (const edge of realOverview.edges) {
      expect(layer.get(groupOf.get(edge.from)!.level)!).toBeLessThan(layer.get(groupOf.get(edge.to)!.level)!);
      expect(edge.points[0].y).toBe(groupOf.get(edge.from)!.y + groupOf.get(edge.from)!.height);
      expect(edge.points.at(-1)!.y).toBe(groupOf.get(edge.to)!.y);
      for (const [i, point] of edge.points.entries())
        if (i > 0) expect(point.y).toBeGreaterThanOrEqual(edge.points[i - 1].y);
    }
  });

  it('runs links between groups, never through one', () => {
    const through: string[] = [];
    for (const edge of realOverview.edges) {
      for (const [i, b] of edge.points.entries()) {
        if (i === 0) continue;
        const a = edge.points[i - 1];
        for (const group of realOverview.groups) {
          // Sampled along the segment, ends excluded: a link may start and end at a group's edge.
          for (let t = 0.05; t < 1; t += 0.05) {
            const [x, y] = [a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)];
            if (
              x > group.x + 0.5 &&
              x < group.x + group.width - 0.5 &&
              y > group.y + 0.5 &&
              y < group.y + group.height - 0.5
            )
              through.push(`${edge.from} → ${edge.to} through ${group.id}`);
          }
        }
      }
    }
    expect([...new Set(through)]).toEqual([]);
  });

  it('keeps crossings few: fewer than in ladder order, unordered', async () => {
    const crossings = countCrossings(realOverview.edges.map((e) => e.points));
    const unordered = await layoutOverview(realGraph, (input) => ({
      x: new Map(input.layers.flatMap((layer) => layer.map((g, i) => [g.id, i * 1000] as const))),
      bends: input.edges.map((e) => {
        const layers = new Map(input.layers.flatMap((layer, k) => layer.map((g) => [g.id, k] as const)));
        return Array.from({ length: layers.get(e.to)! - layers.get(e.from)! - 1 }, () => 0);
      }),
    }));
    expect(crossings).toBeLessThan(countCrossings(unordered.edges.map((e) => e.points)) / 2);
  });

  it('counts a crossing once per pair of lines, and not where lines share an end', () => {
    const cross = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ],
      [
        { x: 0, y: 10 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 0 },
        { x: 0, y: 10 },
      ],
    ];
    expect(countCrossings(cross)).toBe(1);
  });

  it('lays out a ladder with one level, no links and an empty skill set, giving that one a group too', async () => {
    const single: LadderGraph = {
      levels: [
        {
          id: 'only',
          title: 'Only',
          track: 'engineering',
          rank: 1,
          baseline: false,
          url: '/levels/only/',
          tone: 'tone-engineering-1',
        },
      ],
      skillSets: [
        { id: 'set', title: 'Set', level: 'only', url: '/skill-sets/set/' },
        { id: 'empty', title: 'Empty', level: 'only', url: '/skill-sets/empty/' },
      ],
      nodes: [
        { id: 'a', title: 'A', url: '/skills/a/', level: 'only', track: 'engineering', skillSet: 'set', degree: 0 },
      ],
      edges: [],
    };
    const overview = await layoutOverview(single, orderLayers);
    const [set, empty] = overview.groups;
    expect(set.skills.map((s) => s.id)).toEqual(['a']);
    expect(empty).toMatchObject({ id: 'empty', skillCount: 0, skills: [] });
    expect(empty.height).toBeGreaterThan(0);
    expect(apart(set, empty)).toBe(true);
  });

  it(`above ${listLimit} skills, shows skill sets with their counts, in rows, and leaves links to focus`, async () => {
    const many: LadderGraph = {
      levels: [
        {
          id: 'only',
          title: 'Only',
          track: 'engineering',
          rank: 1,
          baseline: false,
          url: '/levels/only/',
          tone: 'tone-engineering-1',
        },
      ],
      skillSets: Array.from({ length: 40 }, (_, i) => ({
        id: `set-${i}`,
        title: `Set ${i}`,
        level: 'only',
        url: `/skill-sets/set-${i}/`,
      })),
      nodes: Array.from({ length: listLimit + 1 }, (_, i) => ({
        id: `s${i}`,
        title: `S ${i}`,
        url: `/skills/s${i}/`,
        level: 'only',
        track: 'engineering' as const,
        skillSet: `set-${i % 40}`,
        degree: 1,
      })),
      edges: [],
    };
    const overview = await layoutOverview(many, () => {
      throw new Error('no ordering needed without links');
    });
    expect(overview.listsSkills).toBe(false);
    expect(overview.groups.every((g: OverviewGroup) => g.skills.length === 0 && g.skillCount > 0)).toBe(true);
    expect(overview.width).toBeLessThanOrEqual(1100);
    expect(new Set(overview.groups.map((g) => g.y)).size).toBeGreaterThan(1);
    for (const [i, a] of overview.groups.entries())
      for (const b of overview.groups.slice(i + 1)) expect(apart(a, b)).toBe(true);
  });
});

describe('the local graph of a skill', () => {
  const byEnd = edgesByEnd(fixtureGraph.edges);
  const localGraph = localGraphs(fixtureGraph);
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
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([
      'skill:method-and-variable-refactoring',
      'skill:pair-programming',
      'skill:spike-solutions',
    ]);
    expect(graph.centre).toMatchObject({
      key: 'skill:basic-test-driven-development',
      title: 'Basic test-driven development',
    });
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
    expect(at('skillSet:basic-implementation')).toMatchObject({
      kind: 'skillSet',
      url: '/skill-sets/basic-implementation/',
      relation: 'this skill builds on it',
    });
    const up = local('basic-test-driven-development');
    expect(up.nodes.find((n) => n.key === 'skill:pair-programming')!.y).toBeLessThan(up.centre.y);
    expect(up.bands[0]).toMatchObject({ band: 'higher', label: 'Higher rungs' });
  });

  it('draws one line between a pair of skills that name each other, with an arrowhead at each end', () => {
    const graph = local('active-participation');
    const toFacilitation = graph.edges.filter(
      (e) => e.from === 'skill:basic-facilitation' || e.to === 'skill:basic-facilitation',
    );
    expect(toFacilitation).toHaveLength(1);
    expect(toFacilitation[0]).toMatchObject({
      from: 'skill:active-participation',
      to: 'skill:basic-facilitation',
      twoWay: true,
    });
    expect(graph.edges.filter((e) => e.to !== 'skill:basic-facilitation').every((e) => !e.twoWay)).toBe(true);
  });

  it('stops every line short of both its circles', () => {
    for (const node of fixtureGraph.nodes) {
      const graph = local(node.id);
      const at = new Map([graph.centre, ...graph.nodes].map((n) => [n.key, n]));
      for (const edge of graph.edges) {
        const numbers = edge.d.match(/-?[\d.]+/g)!.map(Number);
        const [start, end] = [
          { x: numbers[0], y: numbers[1] },
          { x: numbers.at(-2)!, y: numbers.at(-1)! },
        ];
        const [from, to] = [at.get(edge.from)!, at.get(edge.to)!];
        expect(Math.hypot(start.x - from.x, start.y - from.y)).toBeGreaterThan(from.r);
        expect(Math.hypot(end.x - to.x, end.y - to.y)).toBeGreaterThan(to.r);
      }
    }
  });

  it('describes its links in words, for assistive technology', () => {
    expect(local('one-on-ones').description).toBe(
      'Builds on: Active participation. Related: Basic facilitation, Basic Leadership.',
    );
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
    expect(wrapLabel('Mental model of your team’s codebase', 100, 12, 3)).toEqual([
      'Mental model',
      'of your team’s',
      'codebase',
    ]);
    expect(wrapLabel('Key Idea: Minimize work in progress and more words', 100, 12, 2)).toEqual([
      'Key Idea:',
      'Minimize work…',
    ]);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 60, 12, 2)).toEqual(['Superca…']);
  });
});
