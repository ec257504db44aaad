import type { LadderData } from '../content/schemas.ts';
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { urls } from '../links/urls.ts';
import { counted } from '../text/counted.ts';
import { pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface LadderHomePageProps {
  ladder: PublishedLadder;
}

/** Everything a ladder's home (the ladder at a glance) shows. */
export interface LadderHomeRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  title: string;
  /** "10 levels, 30 skill sets and 235 skills". */
  overview: string;
  /** The primary ladder's home leads to its introduction and disclaimer, on the About page. */
  about?: string;
  /** Any other ladder's home (a release's too) says what it is published beside, and gives its own introduction. */
  beside?: { otherLadders: string; primaryTitle: string; introduction?: string };
  /** The ladder's reading list (imported documents often end with one). */
  readingList: LadderData['readingList'];
  /** The ladder's own file, for its edit link: another ladder's home only (the primary's is the About page's). */
  file?: string;
  /** Its edit link, shown below it. */
  source?: ContentSource;
}

export function ladderHomePaths({ ladders }: SiteIndex) {
  return renderedLadders(ladders).map((ladder) => ({
    params: { ladder: ladderRouteParam(ladder) },
    props: { ladder } as LadderHomePageProps,
  }));
}

export function ladderHomeRoute(site: SiteIndex, { ladder }: LadderHomePageProps, pathname: string): LadderHomeRoute {
  const { levels, skillSets, skills, ladder: entry } = ladder.index.content;
  const { title, introduction, readingList } = entry.data;
  const overview = `${counted(levels.length, 'level', 'levels')}, ${counted(skillSets.length, 'skill set', 'skill sets')} and ${counted(skills.length, 'skill', 'skills')}`;
  const frame = pageFrame(site, ladder, pathname, {
    description: `The ${title} career ladder at a glance: ${overview}.`,
    ...(ladder.primary
      ? {}
      : { breadcrumbs: [{ label: 'Other ladders', href: urls.otherLadders() }, { label: title }] }),
  });
  const beside = {
    otherLadders: urls.otherLadders(),
    primaryTitle: site.ladders.primary.title,
    ...(introduction ? { introduction } : {}),
  };
  return {
    frame,
    ladder,
    title,
    overview,
    ...(ladder.primary ? { about: urls.about() } : { beside }),
    readingList,
    ...(ladder.primary || ladder.release ? {} : { file: entry.file, source: contentSource(entry.file) }),
  };
}
