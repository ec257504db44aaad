import { comparisonTitle } from '../citation/citation.ts';
import { comparableLevels, previousRung } from '../compare/compare.ts';
import type { Level, Track } from '../ladder/ladder.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface ComparisonsPageProps {
  ladder: PublishedLadder;
}

type LevelsByTrack = { track: Track['track']; levels: Level[] }[];

/** A ladder's comparisons page: a picker, each rung to the next, and every pair. */
export interface ComparisonsRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  /** Why there is nothing to compare, when fewer than two levels have skill sets. */
  nothingToCompare?: string;
  /** The rungs the picker offers, by track, the baseline first in the track it is filed in. */
  pickable: LevelsByTrack;
  /** The question readers ask most: what changes from one rung to the next. */
  steps: { href: string; title: string }[];
  /** The rungs whose pairs are listed under their track; baselines are listed on their own. */
  tracks: LevelsByTrack;
  baselines: Level[];
}

export function comparisonsPaths({ ladders }: SiteIndex) {
  return renderedLadders(ladders).map((ladder) => ({
    params: { ladder: ladderRouteParam(ladder) },
    props: { ladder } satisfies ComparisonsPageProps,
  }));
}

export function comparisonsRoute(
  site: SiteIndex,
  { ladder }: ComparisonsPageProps,
  pathname: string,
): ComparisonsRoute {
  const { index, urls } = ladder;
  const rungs = index.levels.filter((level) => comparableLevels(index, level).length > 0);
  const steps = rungs.flatMap((level) => {
    const below = previousRung(index, level);
    return below
      ? [{ href: urls.compare(below.id, level.id), title: comparisonTitle({ from: below, to: level }) }]
      : [];
  });
  const byTrack = (keep: (level: Level) => boolean): LevelsByTrack =>
    index.tracks
      .map((track) => ({ track: track.track, levels: track.levels.filter(keep) }))
      .filter((track) => track.levels.length > 0);
  const frame = pageFrame(site, ladder, pathname, {
    title: 'Compare levels',
    description: `What changes between any two levels of the ${index.content.ladder.data.title}: the skill sets and skills added, and what carries over.`,
    breadcrumbs: [ladderCrumb(ladder), { label: 'Compare levels' }],
  });
  const nothingToCompare =
    index.levels.length === 1 ? 'This ladder has one level' : 'No two levels of this ladder both have skill sets';
  return {
    frame,
    ladder,
    ...(rungs.length < 2 ? { nothingToCompare } : {}),
    pickable: byTrack((level) => rungs.includes(level)),
    steps,
    tracks: byTrack((level) => rungs.includes(level) && !level.data.baseline),
    baselines: rungs.filter((level) => level.data.baseline),
  };
}
