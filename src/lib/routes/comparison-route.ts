import { citationSources, comparisonTitle, type CitationSource } from '../citation/citation.ts';
import {
  compareLevels,
  comparisonPairs,
  comparisonSummary,
  countRequirements,
  type LevelComparison,
  type LevelRequirement,
} from '../compare/compare.ts';
import { competencyChanges } from '../ladder/competency-rows.ts';
import type { Skill } from '../ladder/ladder.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { planUrls } from '../links/urls.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface ComparisonPageProps {
  ladder: PublishedLadder;
  comparison: LevelComparison;
}

/** One part of a comparison (added, not required, required at both), counted and with its levels named. */
export interface ComparisonPart {
  requirements: LevelRequirement[];
  skillSets: number;
  skills: number;
  /** The titles of the levels whose skill sets it holds: "Software Engineers and All Engineers". */
  levelTitles: string;
}

/** A competency's cell at one of the two levels: its skill page, and its whole expectation (Markdown). */
export interface ComparedCell {
  title: string;
  href: string;
  body: string;
}

/** What one competency expects at each of the two levels; a side is absent where its cell is empty. */
export interface ComparedCompetency {
  title: string;
  href: string;
  /** The section's anchor. */
  id: string;
  from?: ComparedCell;
  to?: ComparedCell;
}

/** Everything a comparison of two levels shows. */
export interface ComparisonRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  comparison: LevelComparison;
  title: string;
  summary: string;
  citation: CitationSource;
  added: ComparisonPart;
  dropped: ComparisonPart;
  shared: ComparisonPart;
  /** The same comparison the other way round. */
  reverse: { href: string; title: string };
  /** The growth plan between the two levels; a past release has none, plans being made against today's ladder. */
  plan?: { href: string; to: string };
  /** On a matrix ladder: what changes per competency, from the one level's cell to the other's. */
  competencies?: ComparedCompetency[];
}

export function comparisonPaths({ ladders }: SiteIndex) {
  return renderedLadders(ladders).flatMap((ladder) =>
    comparisonPairs(ladder.index).map(([from, to]) => ({
      params: { ladder: ladderRouteParam(ladder), from: from.id, to: to.id },
      props: { ladder, comparison: compareLevels(ladder.index, from, to) } satisfies ComparisonPageProps,
    })),
  );
}

const levelList = new Intl.ListFormat('en', { type: 'conjunction' });

function part(requirements: LevelRequirement[]): ComparisonPart {
  return {
    requirements,
    ...countRequirements(requirements),
    levelTitles: levelList.format(requirements.map((r) => r.level.data.title)),
  };
}

export function comparisonRoute(
  site: SiteIndex,
  { ladder, comparison }: ComparisonPageProps,
  pathname: string,
): ComparisonRoute {
  const { from, to } = comparison;
  const title = comparisonTitle(comparison);
  const summary = comparisonSummary(comparison);
  const cell = (skill: Skill | undefined) =>
    skill && { title: skill.data.title, href: ladder.urls.skill(skill.id), body: skill.body };
  const competencies = competencyChanges(ladder.index.competencies, from, to).map(
    ({ row: { competency }, from: atFrom, to: atTo }): ComparedCompetency => ({
      title: competency.data.title,
      href: ladder.urls.competency(competency.id),
      id: `competency-${competency.id}`,
      ...(atFrom ? { from: cell(atFrom) } : {}),
      ...(atTo ? { to: cell(atTo) } : {}),
    }),
  );
  const frame = pageFrame(site, ladder, pathname, {
    title,
    description: summary,
    breadcrumbs: [ladderCrumb(ladder), { label: 'Compare levels', href: ladder.urls.comparisons() }, { label: title }],
  });
  return {
    frame,
    ladder,
    comparison,
    title,
    summary,
    citation: citationSources.comparison(ladder, comparison),
    added: part(comparison.added),
    dropped: part(comparison.dropped),
    shared: part(comparison.shared),
    reverse: { href: ladder.urls.compare(to.id, from.id), title: comparisonTitle({ from: to, to: from }) },
    ...(ladder.release ? {} : { plan: { href: planUrls(ladder.urls.scope).plan(from.id, to.id), to: to.data.title } }),
    ...(competencies.length > 0 ? { competencies } : {}),
  };
}
