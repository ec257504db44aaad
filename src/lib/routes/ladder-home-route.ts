import type { LadderData } from '../content/schemas.ts';
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { urls } from '../links/urls.ts';
import { counted } from '../text/counted.ts';
import type { Sentence } from '../text/sentence.ts';
import { competencyMatrix, type CompetencyMatrix } from './competency-route.ts';
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
  /**
   * What the page leads with: the primary ladder's home leads to its introduction and disclaimer, on the About page;
   * any other ladder's home (a release's too) says what it is published beside.
   */
  lead: Sentence;
  /** Another ladder's own introduction (the primary ladder's is on the About page), in Markdown. */
  introduction?: string;
  /** A matrix ladder's competencies at a glance. */
  matrix?: CompetencyMatrix;
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
    props: { ladder } satisfies LadderHomePageProps,
  }));
}

export function ladderHomeRoute(site: SiteIndex, { ladder }: LadderHomePageProps, pathname: string): LadderHomeRoute {
  const { levels, skillSets, skills, ladder: entry } = ladder.index.content;
  const { title, introduction, readingList } = entry.data;
  const overview =
    `${counted(levels.length, 'level', 'levels')}, ` +
    `${counted(skillSets.length, 'skill set', 'skill sets')} and ${counted(skills.length, 'skill', 'skills')}`;
  const matrix = competencyMatrix(ladder);
  const frame = pageFrame(site, ladder, pathname, {
    description: `The ${title} career ladder at a glance: ${overview}.`,
    ...(ladder.primary
      ? {}
      : { breadcrumbs: [{ label: 'Other ladders', href: urls.otherLadders() }, { label: title }] }),
  });
  return {
    frame,
    ladder,
    title,
    lead: ladder.primary
      ? [
          `The ladder at a glance: ${overview}. ` +
            'Each level also requires the skill sets of the rungs below it and of the baseline. ',
          { text: 'Read the introduction and disclaimer', href: urls.about() },
          '.',
        ]
      : [
          'One of the ',
          { text: 'other ladders', href: urls.otherLadders() },
          ` published beside ${site.ladders.primary.title}, for reference: ${overview}. ` +
            'Its skills link to the most similar skills of the other ladders.',
        ],
    ...(!ladder.primary && introduction ? { introduction } : {}),
    ...(matrix ? { matrix } : {}),
    readingList,
    ...(ladder.primary || ladder.release ? {} : { file: entry.file, source: contentSource(entry.file) }),
  };
}
