/** A skill as the packet's search-as-you-type sees it. */
export interface Searchable {
  title: string;
  /** Level and skill set. */
  context: string;
  summary: string;
}

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const words = (text: string) => text.split(' ').filter(Boolean);

/**
 * How well a skill matches a query, lower is better, or undefined for no match: the title as typed first, then titles
 * whose words start with the query's words ("facil" → Basic facilitation), then titles, places and summaries that
 * merely contain them.
 */
function rank(skill: Searchable, query: string, queryWords: string[]): number | undefined {
  const title = normalize(skill.title);
  const titleWords = words(title);
  const wordStarts = (haystack: string[]) => queryWords.every((q) => haystack.some((w) => w.startsWith(q)));
  if (title === query) return 0;
  if (title.startsWith(query)) return 1;
  if (wordStarts(titleWords)) return 2;
  if (title.includes(query)) return 3;
  const place = `${title} ${normalize(skill.context)}`;
  if (queryWords.every((q) => place.includes(q))) return 4;
  if (queryWords.every((q) => `${place} ${normalize(skill.summary)}`.includes(q))) return 5;
  return undefined;
}

/** The skills matching a query, best first; equally good matches keep the order given (the ladder's). */
export function searchSkills<T extends Searchable>(skills: T[], query: string, limit = Infinity): T[] {
  const normalized = normalize(query);
  if (!normalized) return [];
  const queryWords = words(normalized);
  return skills
    .map((skill, order) => ({ skill, order, rank: rank(skill, normalized, queryWords) }))
    .filter((match): match is { skill: T; order: number; rank: number } => match.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((match) => match.skill);
}
