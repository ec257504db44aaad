import {
  edgeKinds,
  linkGroupNames,
  skillLinks,
  targetKey,
  type Direction,
  type EdgeKind,
  type EdgeTarget,
  type GraphEdge,
} from '../graph/graph.ts';
import type { Skill } from './ladder.ts';
import { linkSectionAnchor } from './section-ids.ts';

/** One entry of a skill page's link section: what it points at, and whether that skill links back. */
export interface LinkEntry {
  target: EdgeTarget;
  /** The kind of the link back when the other skill also links to this one: the pair is shown once, as two-way. */
  twoWay?: EdgeKind;
}

/** One section of a skill page's links, headed with the graph's words: "Builds on", "Related", …, "Built on by". */
export interface LinkSection {
  kind: EdgeKind;
  direction: Direction;
  name: string;
  /** The section's anchor: the name in kebab case ("builds-on", "related-from"). */
  id: string;
  entries: LinkEntry[];
}

/**
 * A skill's links as the sections of its page: what it points at, kind by kind, then what points at it. Each other
 * skill appears once: a skill this one links to that also links back is listed under the outgoing kind as two-way,
 * not again among the backlinks. Sections without entries are left out.
 */
export function linkSections(skillId: string, edges: GraphEdge[]): LinkSection[] {
  const links = skillLinks(skillId, edges);
  const linkBack = new Map<string, EdgeKind>();
  for (const link of links)
    if (link.direction === 'in' && !linkBack.has(targetKey(link.other))) linkBack.set(targetKey(link.other), link.kind);

  const shown = new Set<string>();
  const sections: LinkSection[] = [];
  for (const direction of ['out', 'in'] as const) {
    for (const kind of edgeKinds) {
      const entries: LinkEntry[] = [];
      for (const link of links) {
        const key = targetKey(link.other);
        if (link.kind !== kind || link.direction !== direction || shown.has(key)) continue;
        shown.add(key);
        const back = direction === 'out' ? linkBack.get(key) : undefined;
        entries.push(back ? { target: link.other, twoWay: back } : { target: link.other });
      }
      const name = linkGroupNames[kind][direction];
      if (entries.length > 0) sections.push({ kind, direction, name, id: linkSectionAnchor(name), entries });
    }
  }
  return sections;
}

/**
 * A skill page's link sections as the page shows them: See also (Builds on, then Related with the names not yet in the
 * ladder), Excluded (with its note), Raises, and Referenced by (the backlinks, kind by kind). Absent parts are left out.
 */
export interface SkillPageLinks {
  buildsOn?: LinkSection;
  related?: { entries: LinkEntry[]; unresolved: string[] };
  excluded?: { entries: LinkEntry[]; note?: string };
  raises?: LinkSection;
  backlinks: LinkSection[];
}

/** A skill's links grouped as its page shows them, from the edges from and to it. */
export function skillPageLinks(skill: Skill, edges: GraphEdge[]): SkillPageLinks {
  const sections = linkSections(skill.id, edges);
  const outgoing = (kind: EdgeKind) => sections.find((section) => section.direction === 'out' && section.kind === kind);
  const related = outgoing('related');
  const unresolved = skill.data.seeAlso.flatMap((target) => ('unresolved' in target ? [target.unresolved] : []));
  const excluded = outgoing('excluded');
  const note = skill.data.excluded?.note;
  return {
    buildsOn: outgoing('buildsOn'),
    related: related || unresolved.length > 0 ? { entries: related?.entries ?? [], unresolved } : undefined,
    excluded: excluded || note ? { entries: excluded?.entries ?? [], ...(note ? { note } : {}) } : undefined,
    raises: outgoing('raises'),
    backlinks: sections.filter((section) => section.direction === 'in'),
  };
}

/** What a two-way entry says about the link back, in the graph's words: "it builds on this skill". */
export const linkBackPhrases: Record<EdgeKind, string> = {
  buildsOn: 'it builds on this skill',
  related: 'it lists this skill as related',
  excluded: 'it excludes this skill',
  raises: 'it raises this skill’s bar',
};
