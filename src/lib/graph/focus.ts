import { describeTargets, edgeKinds, linkGroupNames, targetKey, type EdgeTarget, type LadderGraph } from './graph.ts';

/** One entry of a focus tree: a skill (or the skill set or level a higher bar raises), with what it leads to in turn. */
export interface FocusEntry {
  key: string;
  /** Set for a skill: focusing it moves the tree there. */
  skill?: string;
  title: string;
  url: string;
  /** "Level · Skill set" for a skill, "Skill set · Level" or "Level" otherwise. */
  place: string;
  tone: string;
  kind: 'buildsOn' | 'raises';
  /** Already in the tree higher up: shown once more, without its branch. */
  repeat?: true;
  children: FocusEntry[];
}

/** A skill's path: everything it builds on, down to the baseline, and everything building on it, as two tidy trees. */
export interface FocusPath {
  skill: string;
  title: string;
  url: string;
  place: string;
  tone: string;
  buildsOn: FocusEntry[];
  builtOnBy: FocusEntry[];
  /** Its Related and Excluded links, both ways, headed with the words of the skill pages' link sections. */
  others: { name: string; kind: string; entries: Omit<FocusEntry, 'children' | 'kind'>[] }[];
  /** How many skills each tree names (each once). */
  counts: { buildsOn: number; builtOnBy: number };
}

/** Lookups over one graph, built once, answering `path(skillId)`. */
export function focusPaths(graph: LadderGraph): (skillId: string) => FocusPath {
  const describe = describeTargets(graph);
  const down = new Map<string, { to: EdgeTarget; kind: 'buildsOn' | 'raises' }[]>();
  const up = new Map<string, { from: string; kind: 'buildsOn' | 'raises' }[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'buildsOn' && edge.kind !== 'raises') continue;
    down.set(edge.from, [...(down.get(edge.from) ?? []), { to: edge.to, kind: edge.kind }]);
    if ('skill' in edge.to)
      up.set(edge.to.skill, [...(up.get(edge.to.skill) ?? []), { from: edge.from, kind: edge.kind }]);
  }
  const entry = (target: EdgeTarget, kind: 'buildsOn' | 'raises', seen: Set<string>): FocusEntry => {
    const described = describe(target);
    const skill = 'skill' in target ? target.skill : undefined;
    const base = {
      key: described.key,
      ...(skill ? { skill } : {}),
      title: described.title,
      url: described.url,
      place: described.place,
      tone: described.level.tone,
      kind,
    };
    if (seen.has(described.key)) return { ...base, repeat: true, children: [] };
    seen.add(described.key);
    return { ...base, children: [] };
  };
  // Breadth first, so a skill reached by a short path and a long one sits on the short one.
  const tree = (
    root: string,
    step: (skill: string) => { target: EdgeTarget; kind: 'buildsOn' | 'raises' }[],
  ): FocusEntry[] => {
    const seen = new Set([targetKey({ skill: root })]);
    const entries: FocusEntry[] = [];
    const queue: FocusEntry[] = [];
    const visit = (skill: string, into: FocusEntry[]) => {
      for (const { target, kind } of step(skill)) {
        const made = entry(target, kind, seen);
        into.push(made);
        if (!made.repeat && made.skill) queue.push(made);
      }
    };
    visit(root, entries);
    while (queue.length > 0) {
      const parent = queue.shift()!;
      visit(parent.skill!, parent.children);
    }
    return entries;
  };
  const count = (entries: FocusEntry[]): number =>
    entries.reduce((n, e) => n + (e.repeat ? 0 : 1) + count(e.children), 0);

  return (skillId) => {
    const self = describe({ skill: skillId });
    const buildsOn = tree(skillId, (skill) => (down.get(skill) ?? []).map(({ to, kind }) => ({ target: to, kind })));
    const builtOnBy = tree(skillId, (skill) =>
      (up.get(skill) ?? []).map(({ from, kind }) => ({ target: { skill: from }, kind })),
    );
    const others: FocusPath['others'] = [];
    for (const kind of edgeKinds.filter((k) => k === 'related' || k === 'excluded')) {
      for (const direction of ['out', 'in'] as const) {
        const targets = graph.edges
          .filter(
            (edge) =>
              edge.kind === kind &&
              (direction === 'out' ? edge.from === skillId : 'skill' in edge.to && edge.to.skill === skillId),
          )
          .map((edge) => (direction === 'out' ? edge.to : { skill: edge.from }));
        if (targets.length === 0) continue;
        others.push({
          name: linkGroupNames[kind][direction],
          kind,
          entries: targets.map((target) => {
            const d = describe(target);
            return {
              key: d.key,
              ...('skill' in target ? { skill: target.skill } : {}),
              title: d.title,
              url: d.url,
              place: d.place,
              tone: d.level.tone,
            };
          }),
        });
      }
    }
    return {
      skill: skillId,
      title: self.title,
      url: self.url,
      place: self.place,
      tone: self.level.tone,
      buildsOn,
      builtOnBy,
      others,
      counts: { buildsOn: count(buildsOn), builtOnBy: count(builtOnBy) },
    };
  };
}

/** The skill a reader means: an id or old id exactly, else a title exactly, else the first title containing the text (ignoring case). */
export function findSkill(graph: LadderGraph, text: string): string | undefined {
  const query = text.trim().toLowerCase();
  if (!query) return undefined;
  const exact = graph.nodes.find(
    (node) => node.id === query || node.aliases?.includes(query) || node.title.toLowerCase() === query,
  );
  return (exact ?? graph.nodes.find((node) => node.title.toLowerCase().includes(query)))?.id;
}
