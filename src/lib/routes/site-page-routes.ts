// The site's own pages, outside any one ladder's: each framed by the primary ladder, whose packet, graph and change
// log they are about.
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import type { LadderGraph } from '../graph/graph.ts';
import type { OtherLadderLinks } from '../graph/other-ladders.ts';
import type { Overview } from '../graph/overview.ts';
import type { PublishedLadder } from '../ladder/published-ladder.ts';
import { urls } from '../links/urls.ts';
import { firstSentence } from '../markdown/prose.ts';
import type { ChangedKind, LogEntry } from '../releases/changes.ts';
import { changeCounts } from '../releases/describe.ts';
import { ladderCrumb, sitePageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

/** What a maintainers' page (content/pages/*.mdx) says of itself in its front matter. */
export interface AuthoredPageData {
  title: string;
  description?: string;
}

/** The About page: the maintainers' pages/about.mdx if there is one, else the ladder's introduction and disclaimer. */
export interface AboutRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  /** The edit link of about.mdx, or of the ladder's file the page is made from without one. */
  source: ContentSource;
}

export function aboutRoute(site: SiteIndex, pathname: string, page?: AuthoredPageData & { file: string }): AboutRoute {
  const ladder = site.ladders.primary;
  const { title, introduction } = ladder.index.content.ladder.data;
  const description =
    page?.description ?? (introduction ? `About the ${title}: ${firstSentence(introduction)}` : `About the ${title}.`);
  return {
    frame: sitePageFrame(site, pathname, { title: page?.title ?? 'About', description }),
    ladder,
    source: contentSource(page?.file ?? ladder.index.content.ladder.file),
  };
}

/** A maintainers' guide (pages/guides/<id>.mdx): about the primary ladder, whose components it may use. */
export interface GuideRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  /** The guide's edit link. */
  source: ContentSource;
}

export function guideRoute(site: SiteIndex, pathname: string, page: AuthoredPageData & { file: string }): GuideRoute {
  const { title, description } = page;
  const breadcrumbs = [{ label: 'About', href: urls.about() }, { label: title }];
  return {
    frame: sitePageFrame(site, pathname, { title, description: description ?? title, breadcrumbs }),
    ladder: site.ladders.primary,
    source: contentSource(page.file),
  };
}

/** One entry of the change log as the Changes page shows it. */
export interface ChangeLogSection {
  /** The section's anchor: `release-<id>`, or `unreleased`. */
  id: string;
  entry: LogEntry;
  /** "2 added, 1 reworded", for an entry compared with the release before it. */
  counts?: string;
  /** The first release has nothing to compare with: it says what it held. */
  firstRelease?: { levels: number; skillSets: number; skills: number };
}

/** The Changes page: every release of the primary ladder, newest first, with what changed in each. */
export interface ChangesRoute {
  frame: PageFrame;
  hasReleases: boolean;
  sections: ChangeLogSection[];
  /** The current page of a level, skill set or skill a change names, while it has one. */
  hrefOf: (what: ChangedKind, id: string) => string | undefined;
}

export function changesRoute(site: SiteIndex, pathname: string): ChangesRoute {
  const { primary, releases, changeLog, primaryPageOf } = site.ladders;
  const ladderTitle = primary.index.content.ladder.data.title;
  const frame = sitePageFrame(site, pathname, {
    title: 'Changes',
    description: `Every release of the ${ladderTitle}, newest first, with what changed in each: skills added, removed, renamed, moved and reworded.`,
    breadcrumbs: [ladderCrumb(primary), { label: 'Changes' }],
  });
  const sections = changeLog.map((entry): ChangeLogSection => {
    const first = entry.release && !entry.since ? releases.find((r) => r.info.id === entry.release!.id) : undefined;
    return {
      id: entry.release ? `release-${entry.release.id}` : 'unreleased',
      entry,
      ...(entry.since ? { counts: changeCounts(entry) } : {}),
      ...(first
        ? {
            firstRelease: {
              levels: first.content.levels.length,
              skillSets: first.content.skillSets.length,
              skills: first.content.skills.length,
            },
          }
        : {}),
    };
  });
  return { frame, hasReleases: releases.length > 0, sections, hrefOf: primaryPageOf };
}

/** The skill graph page: the primary ladder's skills as layers and groups, and the other ladders beside it. */
export interface GraphRoute {
  frame: PageFrame;
  graph: LadderGraph;
  overview: Overview;
  otherLadders: OtherLadderLinks[];
  /** "235 skills and 412 links". */
  summary: string;
}

export function graphRoute(site: SiteIndex, pathname: string): GraphRoute {
  const { graph, overview, otherLadders } = site.graph;
  const summary = `${graph.nodes.length} skills and ${graph.edges.length} links`;
  const frame = sitePageFrame(site, pathname, {
    title: 'Skill graph',
    description: `How the skills of the ladder build on each other: ${summary}, layered by level and grouped by skill set.`,
  });
  return { frame, graph, overview, otherLadders, summary };
}

/** The packet builder: the page is a shell its script fills; print names the ladder the packet cites. */
export interface PacketRoute {
  frame: PageFrame;
  ladderTitle: string;
  home: string;
}

export function packetRoute(site: SiteIndex, pathname: string): PacketRoute {
  const { primary } = site.ladders;
  const frame = sitePageFrame(site, pathname, {
    title: 'Packet builder',
    description:
      'Collect the skills a promotion packet cites, write the evidence for each, and copy the packet as Markdown or rich text, or print it. Everything stays in your browser.',
    breadcrumbs: [ladderCrumb(primary), { label: 'Packet builder' }],
  });
  return { frame, ladderTitle: primary.index.content.ladder.data.title, home: primary.urls.home() };
}

/** The list of the other ladders published beside the primary one. */
export interface OtherLaddersRoute {
  frame: PageFrame;
  ladders: { title: string; home: string; areas: number; items: number; firstSentence?: string }[];
}

export function otherLaddersRoute(site: SiteIndex, pathname: string): OtherLaddersRoute {
  const frame = sitePageFrame(site, pathname, {
    title: 'Other ladders',
    description:
      'Other ladders published beside the primary ladder, each with its areas and items, cross-linked by similarity.',
    breadcrumbs: [ladderCrumb(site.ladders.primary), { label: 'Other ladders' }],
  });
  const ladders = site.ladders.others.map(({ index, urls: ladderUrls }) => {
    const { ladder, skillSets, skills } = index.content;
    const { introduction } = ladder.data;
    return {
      title: ladder.data.title,
      home: ladderUrls.home(),
      areas: skillSets.length,
      items: skills.length,
      ...(introduction ? { firstSentence: firstSentence(introduction) } : {}),
    };
  });
  return { frame, ladders };
}

/** The page a static host serves for an address the site does not have. */
export interface NotFoundRoute {
  frame: PageFrame;
  home: string;
  skills: string;
}

export function notFoundRoute(site: SiteIndex, pathname: string): NotFoundRoute {
  const frame = sitePageFrame(site, pathname, {
    title: 'Page not found',
    description: 'There is no page at this address.',
    canonical: false,
  });
  return { frame, home: urls.home(), skills: urls.skills() };
}
