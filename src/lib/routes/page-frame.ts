import type { PublishedLadder } from '../ladder/published-ladder.ts';
import type { RemovedSkill } from '../ladder/site-ladders.ts';
import { currentPathOf, urls } from '../links/urls.ts';
import { ladderNavigation, type NavigationTrack } from '../navigation/navigation.ts';
import type { ReleaseInfo } from '../releases/snapshot.ts';
import { pagefindPairs, type SearchFacets } from '../search/facets.ts';
import type { SiteIndex } from './site-index.ts';

/** One step of a page's breadcrumbs. */
export interface Crumb {
  label: string;
  /** Omitted for the current page, the last crumb. */
  href?: string;
}

/** A fact a pasted link shows beside its description (Slack reads up to two), e.g. a skill's level. */
export interface Fact {
  label: string;
  value: string;
}

/** What a page says about itself in its head and above its content; its route fills it in. */
export interface PageHead {
  /** What the page is, most specific first, e.g. "Basic facilitation · Software Engineers"; the ladder's title follows. */
  title?: string;
  description: string;
  breadcrumbs?: Crumb[];
  unfurl?: Fact[];
  /** Pages that search should find (skills, skill sets, levels), with what their results show and filter by. */
  search?: SearchFacets;
  /** Pages without a URL of their own (the 404 page) have no canonical address. */
  canonical?: boolean;
}

export interface HeaderLink {
  label: string;
  href: string;
  current: boolean;
  /** The packet's link shows how many skills the reader's packet holds. */
  packetCount: boolean;
}

/** Above the navigation tree of a ladder that is not the primary one: its name, and what it is. */
export interface NavigationHeading {
  title: string;
  home: string;
  current: boolean;
  /** A past release's pages: the release, kept as it was, and the primary ladder's home. */
  release?: { title: string; changes: string; currentLadder: string };
  /** Another ladder's pages: one of the other ladders, beside the primary one. */
  beside?: { otherLadders: string; primaryTitle: string; primaryHome: string };
}

/** What a frozen page says above its content: the release it shows, and where today's page is. */
export interface PastReleaseNote {
  release: ReleaseInfo;
  /** The same page in the primary ladder today. */
  current: string;
  /** On a removed skill's own URL: when it was removed, and what replaced it. */
  removed?: RemovedSkill;
}

/** Everything the layout shows around a page's content: its head, header, ladder navigation and footer. */
export interface PageFrame {
  documentTitle: string;
  description: string;
  /** What a pasted link unfurls to. */
  unfurl: { siteName: string; title: string; facts: Fact[] };
  canonical: boolean;
  breadcrumbs?: Crumb[];
  /** Pagefind's filters and meta: absent on pages search leaves out, such as a release's frozen pages. */
  search?: { filters: string[]; meta: string[] };
  /** The primary ladder's latest release, which a new packet is made against (src/client/packet/packet-storage.ts). */
  latestRelease?: string;
  header: { home: { title: string; href: string }; links: HeaderLink[] };
  navigation: { heading?: NavigationHeading; tracks: NavigationTrack[] };
  pastRelease?: PastReleaseNote;
  footer: { title: string; updated?: string; links: { label: string; href: string }[] };
}

/** A page of `ladder` at `pathname`: the header's Ladder, A–Z and Compare, the tree and the footer are that ladder's. */
export function pageFrame(
  site: SiteIndex,
  ladder: PublishedLadder,
  pathname: string,
  head: PageHead,
  removed?: RemovedSkill,
): PageFrame {
  const { primary, releases } = site.ladders;
  const { release } = ladder;
  const { title, updated } = ladder.index.content.ladder.data;
  const link = (label: string, href: string, packetCount = false): HeaderLink => ({
    label,
    href,
    current: href === pathname,
    packetCount,
  });
  return {
    documentTitle: head.title ? `${head.title} · ${ladder.title}` : ladder.title,
    description: head.description,
    unfurl: { siteName: ladder.title, title: head.title ?? ladder.title, facts: (head.unfurl ?? []).slice(0, 2) },
    canonical: head.canonical ?? true,
    ...(head.breadcrumbs ? { breadcrumbs: head.breadcrumbs } : {}),
    // A past release's frozen pages are not searched: search finds the primary ladder as it is.
    ...(head.search && !release ? { search: pagefindPairs(head.search) } : {}),
    ...(releases[0] ? { latestRelease: releases[0].info.id } : {}),
    header: {
      home: { title: primary.title, href: primary.urls.home() },
      links: [
        link('Ladder', ladder.urls.home()),
        ...(ladder.index.competencies.rows.length > 0 ? [link('Competencies', ladder.urls.competencies())] : []),
        link('All skills A–Z', ladder.urls.skills()),
        link('Compare', ladder.urls.comparisons()),
        link('Graph', urls.graph()),
        link('Packet', urls.packet(), true),
        link('Other ladders', urls.otherLadders()),
        link('About', urls.about()),
      ],
    },
    navigation: {
      ...(ladder.primary ? {} : { heading: navigationHeading(ladder, primary, pathname) }),
      tracks: ladderNavigation(ladder).at(pathname),
    },
    ...(release
      ? { pastRelease: { release, current: currentPathOf(pathname, release.id), ...(removed ? { removed } : {}) } }
      : {}),
    footer: {
      title,
      ...(updated ? { updated } : {}),
      links: [
        ladder.primary
          ? { label: 'About this ladder', href: urls.about() }
          : { label: 'Other ladders', href: urls.otherLadders() },
        // The maintainers' guides are about the primary ladder: its pages' footers link them beside About.
        ...(ladder.primary ? site.guides.map(({ title, href }) => ({ label: title, href })) : []),
        ...(ladder.primary || release ? [{ label: 'Changes', href: urls.changes() }] : []),
      ],
    },
  };
}

function navigationHeading(ladder: PublishedLadder, primary: PublishedLadder, pathname: string): NavigationHeading {
  const home = ladder.urls.home();
  const heading = { title: ladder.title, home, current: home === pathname };
  return ladder.release
    ? {
        ...heading,
        release: {
          title: ladder.release.title,
          changes: urls.changes(ladder.release.id),
          currentLadder: primary.urls.home(),
        },
      }
    : {
        ...heading,
        beside: { otherLadders: urls.otherLadders(), primaryTitle: primary.title, primaryHome: primary.urls.home() },
      };
}

/** A page of the site outside any one ladder's pages (About, Search, the graph…): framed by the primary ladder. */
export function sitePageFrame(site: SiteIndex, pathname: string, head: PageHead): PageFrame {
  return pageFrame(site, site.ladders.primary, pathname, head);
}

/** The first crumb of a ladder's pages: its home, called "Ladder" on the primary one, by its title on another. */
export function ladderCrumb(ladder: PublishedLadder): Crumb {
  return { label: ladder.primary ? 'Ladder' : ladder.title, href: ladder.urls.home() };
}
