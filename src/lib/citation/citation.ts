import type { LevelComparison } from '../compare/compare.ts';
import type { Competency, Level, Skill, SkillSet } from '../ladder/ladder.ts';
import type { PublishedLadder } from '../ladder/published-ladder.ts';
import { absoluteUrl } from '../links/urls.ts';
import { escapeHtml } from '../html/escape-html.ts';

/** What a citation names: a page's title, its path on the site, and where it sits in the ladder. */
export interface CitationSource {
  title: string;
  path: string;
  /** e.g. "Senior Software Engineers · Advanced Leadership" for a skill. */
  context: string;
}

/** The three forms a reader can copy, plus the plain text that goes with the rich form. */
export interface Citation {
  link: string;
  markdown: string;
  /** Rich text: a link followed by its context, pasted as a link into documents and chat. */
  html: string;
  /** The rich form as plain text, for editors that don't accept HTML. */
  text: string;
}

export type CitationKind = 'link' | 'markdown' | 'rich';

/** Text that Markdown shows as written: characters that would start emphasis, code or a link are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** A URL safe inside Markdown's (…) link destination. */
function markdownDestination(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${markdownDestination(url)})`;
}

export function htmlLink(text: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

/** Every form of a citation of one page, with its URL made absolute from the site's public base. */
export function cite(source: CitationSource, site: URL | string): Citation {
  const url = absoluteUrl(source.path, site);
  const context = source.context ? ` — ${source.context}` : '';
  return {
    link: url,
    markdown: `${markdownLink(source.title, url)}${source.context ? ` — ${escapeMarkdown(source.context)}` : ''}`,
    html: `${htmlLink(source.title, url)}${escapeHtml(context)}`,
    text: `${source.title} (${url})${context}`,
  };
}

/** A track's name as readers see it: "Engineering track". */
export function trackName(track: string): string {
  return `${track[0].toUpperCase()}${track.slice(1)} track`;
}

/** Where a level stands, as said in a citation: "Engineering track, rung 2" or "Baseline for both tracks". */
export function levelPlace(level: Level): string {
  const { track, rank, baseline } = level.data;
  if (baseline) return 'Baseline for both tracks';
  return rank === undefined ? `${trackName(track)}, beside the rungs` : `${trackName(track)}, rung ${rank}`;
}

/**
 * A citation's context names its ladder when it is not the primary one, and the release its text is from: a past
 * release's frozen page, or the release the primary ladder still is ("…, ladder 2024 Prototype").
 */
function inLadder(ladder: PublishedLadder, context: string): string {
  const named = ladder.primary || ladder.release ? context : `${context} · ${ladder.title}`;
  const release = ladder.release ?? ladder.currentRelease;
  return release ? `${named}, ladder ${release.title}` : named;
}

export const citationSources = {
  skill: (ladder: PublishedLadder, skill: Skill): CitationSource => ({
    title: skill.data.title,
    path: ladder.urls.skill(skill.id),
    context: inLadder(
      ladder,
      `${ladder.index.level(skill.data.level).data.title} · ${ladder.index.skillSet(skill.data.skillSet).data.title}`,
    ),
  }),
  skillSet: (ladder: PublishedLadder, skillSet: SkillSet): CitationSource => ({
    title: skillSet.data.title,
    path: ladder.urls.skillSet(skillSet.id),
    context: inLadder(ladder, `Skill set of ${ladder.index.level(skillSet.data.level).data.title}`),
  }),
  level: (ladder: PublishedLadder, level: Level): CitationSource => ({
    title: level.data.title,
    path: ladder.urls.level(level.id),
    context: inLadder(ladder, levelPlace(level)),
  }),
  comparison: (ladder: PublishedLadder, comparison: Pick<LevelComparison, 'from' | 'to'>): CitationSource => ({
    title: comparisonTitle(comparison),
    path: ladder.urls.compare(comparison.from.id, comparison.to.id),
    context: inLadder(ladder, 'Level comparison'),
  }),
  competency: (ladder: PublishedLadder, competency: Competency): CitationSource => ({
    title: competency.data.title,
    path: ladder.urls.competency(competency.id),
    context: inLadder(ladder, 'Competency'),
  }),
};

export function comparisonTitle({ from, to }: Pick<LevelComparison, 'from' | 'to'>): string {
  return `From ${from.data.title} to ${to.data.title}`;
}
