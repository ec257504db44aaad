import { citationSources, type CitationSource } from '../citation/citation.ts';
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import type { EdgeTarget, TargetDescription } from '../graph/graph.ts';
import type { LocalGraph } from '../graph/local.ts';
import type { Level, Skill, SkillSet } from '../ladder/ladder.ts';
import { skillPageLinks, type SkillPageLinks } from '../ladder/link-sections.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders, publishedLadders, type RemovedSkill, type SiteLadders } from '../ladder/site-ladders.ts';
import { ladderUrls, releaseScope } from '../links/urls.ts';
import { firstSentence } from '../markdown/prose.ts';
import { historyOf, type Change, type ChangedKind, type LogEntry } from '../releases/changes.ts';
import { releaseHoldsSkill, type ReleaseInfo } from '../releases/snapshot.ts';
import { searchFacets } from '../search/facets.ts';
import type { Sentence } from '../text/sentence.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

/** What a skill page is built from: its ladder and skill, and on a removed skill's URL, what removed it. */
export interface SkillPageProps {
  ladder: PublishedLadder;
  skill: Skill;
  removed?: RemovedSkill;
}

/** A skill of another ladder whose words are close to this one's. */
export interface SimilarSkill {
  title: string;
  href: string;
  ladderTitle: string;
}

/** A skill's history across the primary ladder's releases. */
export interface SkillHistory {
  /** The first release: a skill no release changed is unchanged since it. */
  first: ReleaseInfo;
  /** Each release (or the unreleased edits, without one) that changed the skill, newest first, with its changes. */
  entries: { release?: ReleaseInfo; changes: Change[] }[];
  /** Each release that holds the skill, at its frozen page: the link a packet can cite to keep its words. */
  frozen: { title: string; href: string }[];
  /** The current page of a level, skill set or skill a change names, while it has one. */
  hrefOf: (what: ChangedKind, id: string) => string | undefined;
}

/** A link to a competency's cell at another level: the cell's skill page, and its level. */
export interface NeighbourCell {
  title: string;
  href: string;
  level: string;
}

/** Where a competency's cell stands in its row: the competency's page, and the cells below and above it. */
export interface CellOfCompetency {
  title: string;
  href: string;
  previous?: NeighbourCell;
  next?: NeighbourCell;
}

/** Everything a skill page shows. Sections a ladder has no data for (another ladder has no graph or history) are absent. */
export interface SkillRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  skill: Skill;
  level: Level;
  skillSet: SkillSet;
  citation: CitationSource;
  /** The latest release, when it changed this skill. */
  changedIn?: ReleaseInfo;
  /** What the skill's facts list says: its level and skill set, and another ladder's skill its ladder too. */
  facts: { term: string; text: string; href: string }[];
  /** Beside the page's tools: another ladder's skill says which ladder packets and the graph hold. */
  toolNote?: Sentence;
  /** Readers can add it to their packet: a skill of the primary ladder as it is. */
  packable: boolean;
  links?: { sections: SkillPageLinks; describe: (target: EdgeTarget) => TargetDescription };
  similar: SimilarSkill[];
  localGraph?: LocalGraph;
  history?: SkillHistory;
  /** The skill's content file, for its edit link and last-updated date; frozen pages have none. */
  file?: string;
  /** Its edit link and last-updated date, shown below it. */
  source?: ContentSource;
  previous?: Skill;
  next?: Skill;
  /** On a matrix ladder, the competency the skill is a cell of. */
  competency?: CellOfCompetency;
}

/** One skill page's address and what it is built from, as getStaticPaths gives them. */
export interface SkillPath {
  params: { ladder: string | undefined; id: string };
  props: SkillPageProps;
}

/** Every skill page: each rendered ladder's skills, and the primary ladder's removed skills at their old URLs. */
export function skillPaths({ ladders }: SiteIndex): SkillPath[] {
  const pages = renderedLadders(ladders).flatMap((ladder) =>
    ladder.index.content.skills.map((skill) => ({
      params: { ladder: ladderRouteParam(ladder), id: skill.id },
      props: { ladder, skill },
    })),
  );
  // A removed skill's URL keeps showing its last released text, marked as removed.
  const removed = ladders.removedSkills.map((r) => ({
    params: { ladder: ladderRouteParam(ladders.primary), id: r.skill.id },
    props: { ladder: r.lastIn, skill: r.skill, removed: r },
  }));
  return [...pages, ...removed];
}

export function skillRoute(site: SiteIndex, { ladder, skill, removed }: SkillPageProps, pathname: string): SkillRoute {
  const { index, urls } = ladder;
  const level = index.level(skill.data.level);
  const skillSet = index.skillSet(skill.data.skillSet);
  const { title, placeholder } = skill.data;
  const { primary } = site.ladders;
  // The packet, the graph and the release history hold the primary ladder's skills as they are.
  const current = ladder.primary;
  // Another organisation's ladder, published beside the primary one (a past release is the primary ladder's own).
  const beside = !ladder.primary && !ladder.release;
  const frame = pageFrame(
    site,
    ladder,
    pathname,
    {
      title: `${title} · ${level.data.title}`,
      description: `${title}, a skill in ${skillSet.data.title} (${level.data.title}). ${placeholder ? 'To be written.' : firstSentence(skill.body)}`,
      breadcrumbs: [
        ladderCrumb(ladder),
        { label: level.data.title, href: urls.level(level.id) },
        { label: skillSet.data.title, href: urls.skillSet(skillSet.id) },
        { label: title },
      ],
      unfurl: [
        { label: 'Level', value: level.data.title },
        { label: 'Skill set', value: skillSet.data.title },
      ],
      search: searchFacets.skill(ladder, skill),
    },
    removed,
  );
  const history = current ? skillHistory(site.ladders, skill.id) : undefined;
  const competency = cellOfCompetency(ladder, skill);
  const changedIn = current ? changedInLatest(site.ladders.changeLog, skill.id) : undefined;
  return {
    frame,
    ladder,
    skill,
    level,
    skillSet,
    citation: citationSources.skill(ladder, skill),
    ...(changedIn ? { changedIn } : {}),
    facts: [
      { term: 'Level', text: level.data.title, href: urls.level(level.id) },
      { term: 'Skill set', text: skillSet.data.title, href: urls.skillSet(skillSet.id) },
      ...(competency ? [{ term: 'Competency', text: competency.title, href: competency.href }] : []),
      ...(beside ? [{ term: 'Ladder', text: ladder.title, href: urls.home() }] : []),
    ],
    ...(beside
      ? {
          toolNote: [
            'Packets and the skill graph hold the skills of ',
            { text: primary.title, href: primary.urls.home() },
            '; this ladder is published beside it for reference.',
          ],
        }
      : {}),
    packable: current,
    ...(current
      ? { links: { sections: skillPageLinks(skill, site.graph.edgesOf(skill.id)), describe: site.graph.describe } }
      : {}),
    similar: similarSkills(site.ladders, ladder, skill),
    ...(current ? { localGraph: site.graph.localGraphOf(skill.id) } : {}),
    ...(history ? { history } : {}),
    ...(ladder.release ? {} : { file: skill.file, source: contentSource(skill.file, true) }),
    ...index.previousAndNext(skill),
    ...(competency ? { competency } : {}),
  };
}

function cellOfCompetency({ index, urls }: PublishedLadder, skill: Skill): CellOfCompetency | undefined {
  const place = index.competencies.placeOf(skill);
  if (!place) return undefined;
  const { competency } = place.row;
  const neighbour = (cell: Skill): NeighbourCell => ({
    title: cell.data.title,
    href: urls.skill(cell.id),
    level: index.level(cell.data.level).data.title,
  });
  return {
    title: competency.data.title,
    href: urls.competency(competency.id),
    ...(place.previous ? { previous: neighbour(place.previous) } : {}),
    ...(place.next ? { next: neighbour(place.next) } : {}),
  };
}

function similarSkills(site: SiteLadders, ladder: PublishedLadder, skill: Skill): SimilarSkill[] {
  const ladders = new Map(publishedLadders(site).map((published) => [published.id, published]));
  return site.similar(ladder.id, skill.id).map(({ item }) => {
    const other = ladders.get(item.ladder)!;
    return { title: item.title, href: other.urls.skill(item.id), ladderTitle: other.title };
  });
}

/** The latest release, when it changed the skill (a first release changes nothing). */
function changedInLatest(log: LogEntry[], skillId: string): ReleaseInfo | undefined {
  const latest = log.find((entry) => entry.release);
  const changed = latest?.since && historyOf(log, 'skill', skillId).some((item) => item.entry === latest);
  return changed && latest ? latest.release : undefined;
}

/** The skill's history, once the primary ladder has a release. */
function skillHistory(site: SiteLadders, skillId: string): SkillHistory | undefined {
  const first = site.releases.at(-1);
  if (!first) return undefined;
  const entries = new Map<LogEntry, Change[]>();
  for (const { entry, change } of historyOf(site.changeLog, 'skill', skillId))
    entries.set(entry, [...(entries.get(entry) ?? []), change]);
  return {
    first: first.info,
    entries: [...entries].map(([entry, changes]) => ({
      ...(entry.release ? { release: entry.release } : {}),
      changes,
    })),
    frozen: site.releases
      .filter((release) => releaseHoldsSkill(release, skillId))
      .map((release) => ({
        title: release.info.title,
        href: ladderUrls(releaseScope(release.info.id)).skill(skillId),
      })),
    hrefOf: site.primaryPageOf,
  };
}
