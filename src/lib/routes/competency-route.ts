import { citationSources, type CitationSource } from '../citation/citation.ts';
import { slugify } from '../content/slug.ts';
import { contentSource, type ContentSource } from '../editing/content-source.ts';
import type { CompetencyRow } from '../ladder/competency-rows.ts';
import type { Competency } from '../ladder/ladder.ts';
import { ladderRouteParam, type PublishedLadder } from '../ladder/published-ladder.ts';
import { renderedLadders } from '../ladder/site-ladders.ts';
import { firstSentence } from '../markdown/prose.ts';
import { trackNames } from '../navigation/navigation.ts';
import { searchFacets } from '../search/facets.ts';
import { ladderCrumb, pageFrame, type Crumb, type PageFrame } from './page-frame.ts';
import type { SiteIndex } from './site-index.ts';

/** One side of the pager at a page's foot, as the Pager component takes it ("Next competency"). */
export interface PagerLink {
  href: string;
  title: string;
  direction: string;
}

/** A link to a page, by what it is called there. */
export interface PageLink {
  title: string;
  href: string;
}

/** One level of a competency's row as its page shows it: the level, and the cell's skill with its whole text. */
export interface CompetencyPageCell {
  level: PageLink;
  /** The section's anchor: the level's id. */
  id: string;
  /** Absent for an empty cell: the competency expects nothing of its own at this level. */
  skill?: PageLink & { body: string };
}

export interface CompetencyPageProps {
  ladder: PublishedLadder;
  row: CompetencyRow;
}

/** Everything a competency page shows: its row, level by level, per track. */
export interface CompetencyRoute {
  frame: PageFrame;
  competency: Competency;
  citation: CitationSource;
  /** Each track's row; a track is headed only when the row spans several, its levels' headings one level lower. */
  tracks: { label: string; heading?: string; cells: CompetencyPageCell[] }[];
  cellHeading: 'h2' | 'h3';
  /** The matrix's previous and next competency, in row order. */
  previous?: PagerLink;
  next?: PagerLink;
  all: PageLink;
  source?: ContentSource;
}

/** One row of a matrix overview: the competency, and each column's cell (undefined where the cell is empty). */
export interface MatrixRow {
  competency: PageLink;
  cells: ((PageLink & { summary: string }) | undefined)[];
}

/** A ladder's competencies at a glance, one table per track: levels as columns, competencies as rows by group. */
export interface CompetencyMatrix {
  all: PageLink;
  tracks: {
    label: string;
    /** Shown only when the matrix spans several tracks. */
    heading?: string;
    levels: PageLink[];
    /** Rows in order, a group's rows together under its title (no title when the ladder groups none). */
    groups: { title?: string; rows: MatrixRow[] }[];
  }[];
}

/** The competencies index: the matrix, and each competency with what it is about. */
export interface CompetenciesRoute {
  frame: PageFrame;
  title: string;
  matrix: CompetencyMatrix;
  /** Each group of competencies (or one, "Every competency", when the ladder groups none), with its anchor. */
  groups: { title: string; id: string; competencies: (PageLink & { about?: string })[] }[];
}

const competenciesTitle = 'Competencies';

const competenciesCrumb = (ladder: PublishedLadder): Crumb => ({
  label: competenciesTitle,
  href: ladder.urls.competencies(),
});

/** Every ladder that has competencies: their pages are built, under the ladder's scope. */
const matrixLadders = ({ ladders }: SiteIndex) =>
  renderedLadders(ladders).filter((ladder) => ladder.index.competencies.rows.length > 0);

export function competencyPaths(site: SiteIndex) {
  return matrixLadders(site).flatMap((ladder) =>
    ladder.index.competencies.rows.map((row) => ({
      params: { ladder: ladderRouteParam(ladder), id: row.competency.id },
      props: { ladder, row } satisfies CompetencyPageProps,
    })),
  );
}

export function competenciesPaths(site: SiteIndex) {
  return matrixLadders(site).map((ladder) => ({
    params: { ladder: ladderRouteParam(ladder) },
    props: { ladder },
  }));
}

export function competencyRoute(
  site: SiteIndex,
  { ladder, row }: CompetencyPageProps,
  pathname: string,
): CompetencyRoute {
  const { competency } = row;
  const { urls } = ladder;
  const { title, intro } = competency.data;
  const levelTitles = row.tracks.flatMap(({ cells }) => cells.map((cell) => cell.level.data.title));
  const frame = pageFrame(site, ladder, pathname, {
    title: `${title} · ${competenciesTitle}`,
    description:
      `How ${title} grows from level to level: ${levelTitles.join(', ')}. ${firstSentence(intro ?? '')}`.trim(),
    breadcrumbs: [ladderCrumb(ladder), competenciesCrumb(ladder), { label: title }],
    unfurl: [{ label: 'Levels', value: String(row.skills.length) }],
    search: searchFacets.competency(ladder, row),
  });
  const { rows } = ladder.index.competencies;
  const at = rows.indexOf(row);
  const pagerLink = (other: CompetencyRow | undefined, direction: string): PagerLink | undefined =>
    other && { href: urls.competency(other.competency.id), title: other.competency.data.title, direction };
  const previous = pagerLink(rows[at - 1], 'Previous competency');
  const next = pagerLink(rows[at + 1], 'Next competency');
  return {
    frame,
    competency,
    citation: citationSources.competency(ladder, competency),
    cellHeading: row.tracks.length > 1 ? 'h3' : 'h2',
    tracks: row.tracks.map(({ track, cells }) => ({
      label: trackNames[track],
      ...(row.tracks.length > 1 ? { heading: trackNames[track] } : {}),
      cells: cells.map(({ level, skill }) => ({
        id: level.id,
        level: { title: level.data.title, href: urls.level(level.id) },
        ...(skill ? { skill: { title: skill.data.title, href: urls.skill(skill.id), body: skill.body } } : {}),
      })),
    })),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    all: { title: `Every competency of ${ladder.title}`, href: urls.competencies() },
    ...(ladder.release ? {} : { source: contentSource(competency.file) }),
  };
}

export function competenciesRoute(
  site: SiteIndex,
  { ladder }: { ladder: PublishedLadder },
  pathname: string,
): CompetenciesRoute {
  const { rows } = ladder.index.competencies;
  const frame = pageFrame(site, ladder, pathname, {
    title: competenciesTitle,
    description: `The competencies of ${ladder.title}, each growing across its levels: ${rows.map((row) => row.competency.data.title).join(', ')}.`,
    breadcrumbs: [ladderCrumb(ladder), { label: competenciesTitle }],
  });
  return {
    frame,
    title: competenciesTitle,
    matrix: competencyMatrix(ladder)!,
    groups: groupsOf(rows).map(({ title = 'Every competency', rows: grouped }) => ({
      title,
      id: `group-${slugify(title)}`,
      competencies: grouped.map(({ competency }) => ({
        title: competency.data.title,
        href: ladder.urls.competency(competency.id),
        ...(competency.data.intro ? { about: firstSentence(competency.data.intro) } : {}),
      })),
    })),
  };
}

/** Rows in order, consecutive rows of one group together (a group's rows are usually consecutive already). */
function groupsOf(rows: CompetencyRow[]): { title?: string; rows: CompetencyRow[] }[] {
  const groups: { title?: string; rows: CompetencyRow[] }[] = [];
  for (const row of rows) {
    const title = row.competency.data.group;
    const found = groups.find((group) => group.title === title);
    if (found) found.rows.push(row);
    else groups.push({ ...(title ? { title } : {}), rows: [row] });
  }
  return groups;
}

/** A ladder's competencies at a glance; undefined for a ladder without competencies. */
export function competencyMatrix(ladder: PublishedLadder): CompetencyMatrix | undefined {
  const { rows } = ladder.index.competencies;
  if (rows.length === 0) return undefined;
  const { urls } = ladder;
  const trackList = [...new Set(rows.flatMap((row) => row.tracks.map(({ track }) => track)))];
  return {
    all: { title: `Every competency, level by level`, href: urls.competencies() },
    tracks: ladder.index.tracks
      .filter(({ track }) => trackList.includes(track))
      .map(({ track }) => {
        // Every row of a track has the same columns: the track's levels that hold a cell of any competency.
        const columns = rows.flatMap((row) => row.tracks).find((t) => t.track === track)!.cells;
        return {
          label: trackNames[track],
          ...(trackList.length > 1 ? { heading: trackNames[track] } : {}),
          levels: columns.map(({ level }) => ({ title: level.data.title, href: urls.level(level.id) })),
          groups: groupsOf(rows.filter((row) => row.tracks.some((t) => t.track === track))).map((group) => ({
            ...(group.title ? { title: group.title } : {}),
            rows: group.rows.map((row) => ({
              competency: { title: row.competency.data.title, href: urls.competency(row.competency.id) },
              cells: row.tracks
                .find((t) => t.track === track)!
                .cells.map(({ skill }) =>
                  skill
                    ? { title: skill.data.title, href: urls.skill(skill.id), summary: firstSentence(skill.body) }
                    : undefined,
                ),
            })),
          })),
        };
      }),
  };
}
