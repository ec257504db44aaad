import type { Skill } from '../ladder/ladder.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface AllSkillsPageProps {
  ladder: PublishedLadder;
}

/** A ladder's skills A–Z, grouped under their initials. */
export interface AllSkillsRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  count: number;
  groups: { letter: string; id: string; skills: Skill[] }[];
}

export function allSkillsPaths({ ladders }: SiteIndex) {
  return renderedLadders(ladders).map((ladder) => ({
    params: { ladder: ladderRouteParam(ladder) },
    props: { ladder } satisfies AllSkillsPageProps,
  }));
}

// Group the alphabetical list under initials, folding accents so "Évaluer" files under E and digits under "#".
const initialOf = (skill: Skill) => {
  const letter = skill.data.title.normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
};
const letterId = (letter: string) => `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;

export function allSkillsRoute(site: SiteIndex, { ladder }: AllSkillsPageProps, pathname: string): AllSkillsRoute {
  const { skillsAlphabetically, content } = ladder.index;
  const groups = new Map<string, Skill[]>();
  for (const skill of skillsAlphabetically) {
    const initial = initialOf(skill);
    groups.set(initial, [...(groups.get(initial) ?? []), skill]);
  }
  const frame = pageFrame(site, ladder, pathname, {
    title: 'All skills A–Z',
    description: `All ${skillsAlphabetically.length} skills of the ${content.ladder.data.title} from A to Z, with their level and skill set.`,
    ...(ladder.primary
      ? {}
      : { breadcrumbs: [{ label: ladder.title, href: ladder.urls.home() }, { label: 'All skills A–Z' }] }),
  });
  return {
    frame,
    ladder,
    count: skillsAlphabetically.length,
    groups: [...groups].map(([letter, skills]) => ({ letter, id: letterId(letter), skills })),
  };
}
