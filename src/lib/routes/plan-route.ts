import { comparableLevels } from '../compare/compare.ts';
import type { Level, Track } from '../ladder/ladder.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { publishedLadders } from '../ladder/site-ladders.ts';
import { planLadder, planLevelSkills, planTexts } from '../plan/plan-ladder.ts';
import { planUrls } from '../links/urls.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface PlanPageProps {
  ladder: PublishedLadder;
}

/** The growth plan page: a shell its script fills, with the level pickers every reader gets, script or not. */
export interface PlanRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  /** The rungs a plan can start from and aim for, by track; empty when fewer than two can be compared. */
  pickable: { track: Track['track']; levels: Level[] }[];
  /** Why there is nothing to plan, when fewer than two levels have skill sets. */
  nothingToPlan?: string;
  /** The pickers' first choice: the first rung and the one above it. */
  from?: Level;
  to?: Level;
  /**
   * The ladder's levels, skill sets and skill titles, as JSON the page embeds for its script (as
   * `<script type="application/json">`, so `<` is escaped); summaries come per level (planSkillsPaths).
   */
  data: string;
  /** Only the primary ladder's skills make a packet: the packet builder is the primary ladder's. */
  packet: boolean;
  /** The page itself, where the pickers' form goes. */
  action: string;
  /** Each level's files, by level id, as JSON for the script: its skills' summaries and fingerprints, and texts. */
  files: string;
}

/** Plans are made against the ladders as they are now, so a past release has no plan page. */
export function planPaths({ ladders }: SiteIndex) {
  return publishedLadders(ladders).map((ladder) => ({
    params: { ladder: ladderRouteParam(ladder) },
    props: { ladder } satisfies PlanPageProps,
  }));
}

export function planRoute(site: SiteIndex, { ladder }: PlanPageProps, pathname: string): PlanRoute {
  const { index } = ladder;
  const rungs = index.levels.filter((level) => comparableLevels(index, level).length > 0);
  const pickable = index.tracks
    .map((track) => ({ track: track.track, levels: track.levels.filter((level) => rungs.includes(level)) }))
    .filter((track) => track.levels.length > 0);
  const [from, to] = pickable.flatMap((track) => track.levels);
  const frame = pageFrame(site, ladder, pathname, {
    title: 'Growth plan',
    description: `Plan your growth in the ${index.content.ladder.data.title}: what the level you aim for requires that yours doesn’t, with your evidence for each skill. Your plan stays in your browser.`,
    breadcrumbs: [ladderCrumb(ladder), { label: 'Growth plan' }],
  });
  return {
    frame,
    ladder,
    pickable: rungs.length < 2 ? [] : pickable,
    ...(rungs.length < 2
      ? {
          nothingToPlan:
            index.levels.length === 1
              ? 'This ladder has one level'
              : 'No two levels of this ladder both have skill sets',
        }
      : {}),
    ...(from && to ? { from, to } : {}),
    packet: ladder.primary,
    action: planUrls(ladder.urls.scope).plan(),
    files: JSON.stringify({
      skills: Object.fromEntries(index.levels.map((level) => [level.id, planUrls(ladder.urls.scope).skills(level.id)])),
      texts: Object.fromEntries(index.levels.map((level) => [level.id, planUrls(ladder.urls.scope).texts(level.id)])),
    }),
    data: JSON.stringify(
      planLadder(index, {
        id: ladder.id,
        release: ladder.primary ? (site.ladders.releases[0]?.info.id ?? null) : null,
        // A matrix ladder's requirements are grouped by competency, under the competency's title.
        competencies: index.content.competencies.map((competency) => ({
          id: competency.id,
          title: competency.data.title,
        })),
      }),
    ).replace(/</g, '\\u003c'),
  };
}

/**
 * Each level's skills' whole texts, one file per level: a plan keeps the texts of the skills it requires, which sit
 * in a few levels, so making one fetches those levels' files rather than the whole ladder's 37 KB.
 */
export function planTextsPaths({ ladders }: SiteIndex) {
  return publishedLadders(ladders).flatMap((ladder) => {
    const texts = Object.entries(planTexts(ladder.index));
    const levelOf = new Map(ladder.index.content.skills.map((skill) => [skill.id, skill.data.level]));
    return ladder.index.levels.map((level) => ({
      params: { ladder: ladderRouteParam(ladder), level: level.id },
      props: { texts: Object.fromEntries(texts.filter(([id]) => levelOf.get(id) === level.id)) },
    }));
  });
}

/** Each level's skills' summaries and fingerprints, one file per level: a plan fetches those of the levels it requires. */
export function planSkillsPaths({ ladders }: SiteIndex) {
  return publishedLadders(ladders).flatMap((ladder) =>
    ladder.index.levels.map((level) => ({
      params: { ladder: ladderRouteParam(ladder), level: level.id },
      props: { skills: planLevelSkills(ladder.index, level.id) },
    })),
  );
}
