import { citationSources, levelPlace, type CitationSource } from '../citation/citation.ts';
import { comparableLevels, whatsNew, type WhatsNew } from '../compare/compare.ts';
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import type { Level, Skill, SkillSet } from '../ladder/ladder.ts';
import type { LadderIndex } from '../ladder/ladder-index.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { planUrls } from '../links/urls.ts';
import { firstSentence } from '../markdown/prose.ts';
import { adjacentLevels } from '../navigation/navigation.ts';
import { searchFacets } from '../search/facets.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface LevelPageProps {
  ladder: PublishedLadder;
  level: Level;
}

/** Everything a level page shows. */
export interface LevelRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  level: Level;
  citation: CitationSource;
  skillCount: number;
  /** Its own skill sets, each with its skills, in order. */
  skillSets: { skillSet: SkillSet; skills: Skill[] }[];
  /** The levels whose skill sets it also requires, nearest first. */
  inherited: { level: Level; skillSets: SkillSet[] }[];
  /** What is new at a rung beside the rung below; levels beside the rungs have none. */
  whatsNew?: WhatsNew;
  /** The next rung of its track, when the two can be compared. */
  compareWithNext?: Level;
  /** Where a growth plan from this level starts, and the levels it can aim for, the next rung first; a past release has none. */
  plan?: { action: string; targets: Level[] };
  /** The level's content file, for its edit link; frozen pages have none. */
  file?: string;
  /** Its edit link, shown below it. */
  source?: ContentSource;
}

export function levelPaths({ ladders }: SiteIndex) {
  return renderedLadders(ladders).flatMap((ladder) =>
    ladder.index.levels.map((level) => ({
      params: { ladder: ladderRouteParam(ladder), id: level.id },
      props: { ladder, level } satisfies LevelPageProps,
    })),
  );
}

/** The rungs a plan can aim for from `level`: the next rung of its track first, then the rest as comparisons list them. */
function planTargets(index: LadderIndex, level: Level, next: Level | undefined): Level[] {
  const others = comparableLevels(index, level);
  return next && others.includes(next) ? [next, ...others.filter((other) => other !== next)] : others;
}

export function levelRoute(site: SiteIndex, { ladder, level }: LevelPageProps, pathname: string): LevelRoute {
  const { index } = ladder;
  const skillSets = index.skillSetsOf(level);
  const { title, intro } = level.data;
  const { next } = adjacentLevels(index, level);
  const whatsNewHere = whatsNew(index, level);
  const frame = pageFrame(site, ladder, pathname, {
    title,
    description:
      `${title}: ${skillSets.length > 0 ? skillSets.map((s) => s.data.title).join(', ') : 'skill sets to be defined'}. ${firstSentence(intro ?? '')}`.trim(),
    breadcrumbs: [ladderCrumb(ladder), { label: title }],
    unfurl: [{ label: 'Level', value: levelPlace(level) }],
    search: searchFacets.level(ladder, level),
  });
  return {
    frame,
    ladder,
    level,
    citation: citationSources.level(ladder, level),
    skillCount: index.skillCount(level),
    skillSets: skillSets.map((skillSet) => ({ skillSet, skills: index.skillsOf(skillSet) })),
    inherited: index
      .inheritedLevels(level)
      .map((inherited) => ({ level: inherited, skillSets: index.skillSetsOf(inherited) })),
    ...(whatsNewHere ? { whatsNew: whatsNewHere } : {}),
    ...(next && comparableLevels(index, level).includes(next) ? { compareWithNext: next } : {}),
    ...(ladder.release || !comparableLevels(index, level).length
      ? {}
      : { plan: { action: planUrls(ladder.urls.scope).plan(), targets: planTargets(index, level, next) } }),
    ...(ladder.release ? {} : { file: level.file, source: contentSource(level.file) }),
  };
}
