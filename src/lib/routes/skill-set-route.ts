import { citationSources, type CitationSource } from '../citation/citation.ts';
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import type { Level, Skill, SkillSet } from '../ladder/ladder.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { searchFacets } from '../search/facets.ts';
import { ladderCrumb, pageFrame, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

export interface SkillSetPageProps {
  ladder: PublishedLadder;
  skillSet: SkillSet;
}

/** Everything a skill set page shows. */
export interface SkillSetRoute {
  frame: PageFrame;
  ladder: PublishedLadder;
  skillSet: SkillSet;
  level: Level;
  skills: Skill[];
  citation: CitationSource;
  /** The skill set's content file, for its edit link; frozen pages have none. */
  file?: string;
  /** Its edit link, shown below it. */
  source?: ContentSource;
}

export function skillSetPaths({ ladders }: SiteIndex) {
  return renderedLadders(ladders).flatMap((ladder) =>
    ladder.index.content.skillSets.map((skillSet) => ({
      params: { ladder: ladderRouteParam(ladder), id: skillSet.id },
      props: { ladder, skillSet } satisfies SkillSetPageProps,
    })),
  );
}

export function skillSetRoute(
  site: SiteIndex,
  { ladder, skillSet }: SkillSetPageProps,
  pathname: string,
): SkillSetRoute {
  const level = ladder.index.level(skillSet.data.level);
  const skills = ladder.index.skillsOf(skillSet);
  const { title } = skillSet.data;
  const frame = pageFrame(site, ladder, pathname, {
    title: `${title} · ${level.data.title}`,
    description: `${title}, a skill set of ${level.data.title}: ${skills
      .slice(0, 3)
      .map((skill) => skill.data.title)
      .join(', ')}${skills.length > 3 ? ' and more' : ''}.`,
    breadcrumbs: [
      ladderCrumb(ladder),
      { label: level.data.title, href: ladder.urls.level(level.id) },
      { label: title },
    ],
    search: searchFacets.skillSet(ladder, skillSet),
  });
  return {
    frame,
    ladder,
    skillSet,
    level,
    skills,
    citation: citationSources.skillSet(ladder, skillSet),
    ...(ladder.release ? {} : { file: skillSet.file, source: contentSource(skillSet.file) }),
  };
}
