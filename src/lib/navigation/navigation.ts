import type { Level, Track } from '../ladder/ladder.ts';
import type { LadderIndex } from '../ladder/ladder-index.ts';
import type { PublishedLadder } from '../ladder/published-ladder.ts';

/** What a track is called wherever it is named: headings, the navigation, facts under a title. */
export const trackNames: Record<Track['track'], string> = {
  engineering: 'Engineering track',
  management: 'Management track',
};

/** One entry of the ladder navigation: a level, a skill set or a skill. */
export interface NavigationItem {
  label: string;
  href: string;
  /** The page being read (`aria-current="page"`). */
  current: boolean;
  /** On the current page's branch, so shown unfolded. */
  open: boolean;
  /** A level beside the rungs, or one without skill sets yet: listed, but not as a rung. */
  secondary: boolean;
  /** Levels list their skill sets; only the open skill set lists its skills, so a page carries one branch's links. */
  children: NavigationItem[];
  /** Its children fold behind a toggle (a level's skill sets); an open skill set's skills are simply listed. */
  folds: boolean;
}

/** A group of the tree: a track and its levels, or a matrix ladder's competencies (items without children). */
export interface NavigationTrack {
  label: string;
  levels: NavigationItem[];
}

/** The ladder as a tree (track → levels in rung order → skill sets → skills), built once per build. */
export interface LadderNavigation {
  /** The tree as the page at `pathname` shows it: its branch open and marked, other branches folded. */
  at(pathname: string): NavigationTrack[];
}

interface Node {
  label: string;
  href: string;
  secondary: boolean;
  children: Node[];
}

const isRung = (level: Level) => level.data.rank !== undefined;

export function buildLadderNavigation(published: PublishedLadder): LadderNavigation {
  const { index: ladder, urls } = published;
  // Every page of the tree, with the hrefs of the branch that leads to it (itself last).
  const branches = new Map<string, string[]>();
  const tracks = ladder.tracks.map((track) => ({
    label: trackNames[track.track],
    levels: track.levels.map((level): Node => {
      const levelHref = urls.level(level.id);
      const skillSets = ladder.skillSetsOf(level);
      branches.set(levelHref, [levelHref]);
      return {
        label: level.data.title,
        href: levelHref,
        secondary: !isRung(level) || skillSets.length === 0,
        children: skillSets.map((skillSet): Node => {
          const skillSetHref = urls.skillSet(skillSet.id);
          branches.set(skillSetHref, [levelHref, skillSetHref]);
          return {
            label: skillSet.data.title,
            href: skillSetHref,
            secondary: false,
            children: ladder.skillsOf(skillSet).map((skill): Node => {
              const skillHref = urls.skill(skill.id);
              branches.set(skillHref, [levelHref, skillSetHref, skillHref]);
              return { label: skill.data.title, href: skillHref, secondary: false, children: [] };
            }),
          };
        }),
      };
    }),
  }));
  // A matrix ladder's competencies follow its tracks: each competency's page is a way into the ladder of its own.
  const competencies = ladder.competencies.rows.map(({ competency }): Node => {
    const href = urls.competency(competency.id);
    branches.set(href, [href]);
    return { label: competency.data.title, href, secondary: false, children: [] };
  });
  if (competencies.length > 0) tracks.push({ label: 'Competencies', levels: competencies });

  return {
    at(pathname) {
      const branch = branches.get(pathname) ?? [];
      const show = (node: Node, depth: number): NavigationItem => {
        const open = branch[depth] === node.href;
        // Skills (depth 2) are listed under their skill set only on that skill set's branch.
        const children = depth === 1 && !open ? [] : node.children.map((child) => show(child, depth + 1));
        return {
          label: node.label,
          href: node.href,
          current: node.href === pathname,
          open,
          secondary: node.secondary,
          children,
          folds: depth === 0,
        };
      };
      return tracks.map((track) => ({ label: track.label, levels: track.levels.map((level) => show(level, 0)) }));
    },
  };
}

const built = new WeakMap<PublishedLadder, LadderNavigation>();

/** The ladder's navigation, built on first use and shared by every page of the build. */
export function ladderNavigation(ladder: PublishedLadder): LadderNavigation {
  let navigation = built.get(ladder);
  if (!navigation) built.set(ladder, (navigation = buildLadderNavigation(ladder)));
  return navigation;
}

/** The rungs just below and above a level in its own track; levels beside the rungs have neither. */
export function adjacentLevels(ladder: LadderIndex, level: Level): { previous?: Level; next?: Level } {
  if (!isRung(level)) return {};
  const rungs = ladder.tracks.find((track) => track.track === level.data.track)!.levels.filter(isRung);
  const at = rungs.indexOf(level);
  return { previous: rungs[at - 1], next: rungs[at + 1] };
}
