import { linkGroupNames } from '../graph/graph.ts';

/** A link section's anchor: its name in kebab case ("builds-on", "related-from"). */
export const linkSectionAnchor = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

/**
 * The ids a skill page gives its own parts: readers cite #see-also, #excluded and #referenced-by, so they never change.
 * The page, its components and the content check (a body heading may not take one) all read them from here.
 */
export const sectionIds = {
  main: 'main',
  skillTitle: 'skill-title',
  citationLabel: 'citation-label',
  /** Builds on and Related together, as the ladder's document called them. */
  seeAlso: 'see-also',
  related: linkSectionAnchor(linkGroupNames.related.out),
  excluded: linkSectionAnchor(linkGroupNames.excluded.out),
  /** What links to the skill, kind by kind. */
  referencedBy: 'referenced-by',
  similarInOtherLadders: 'similar-in-other-ladders',
  localGraph: 'local-graph',
  localGraphTitle: 'local-graph-title',
  localGraphDescription: 'local-graph-desc',
  furtherReading: 'further-reading',
  /** A competency's cell: how the competency grows, the cells below and above this one. */
  competency: 'how-it-grows',
  history: 'history',
} as const;

/** Every id a skill page gives its own parts, each link section's anchor among them. */
export const skillPageSectionIds: string[] = [
  ...new Set([
    ...Object.values(sectionIds),
    ...Object.values(linkGroupNames).flatMap(({ out, in: incoming }) => [out, incoming].map(linkSectionAnchor)),
  ]),
];
