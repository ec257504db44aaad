import type { LinkTarget } from '../content/schemas.ts';

export interface Named {
  id: string;
  title: string;
}

export type Resolution = { target: LinkTarget; via: 'title' | 'loose title' | 'alias' } | undefined;

/** Compares names the way a reader would: ignoring case, quotes, apostrophes and trailing full stops. */
export function looseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"‘’'`*_]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .trim();
}

export interface NameResolver {
  resolve(name: string): Resolution;
}

/**
 * Resolves a cited name to a skill (or, failing that, a skill set): exact title first, then a loose match,
 * then the alias table, whose values are titles.
 */
export function createNameResolver(skills: Named[], skillSets: Named[], aliases: Record<string, string>): NameResolver {
  const exact = new Map<string, LinkTarget>();
  const loose = new Map<string, LinkTarget>();
  for (const skillSet of skillSets) {
    exact.set(skillSet.title, { skillSet: skillSet.id });
    loose.set(looseName(skillSet.title), { skillSet: skillSet.id });
  }
  for (const skill of skills) {
    exact.set(skill.title, { skill: skill.id });
    loose.set(looseName(skill.title), { skill: skill.id });
  }
  const aliasTitles = new Map(Object.entries(aliases).map(([name, title]) => [looseName(name), title]));

  const byTitle = (name: string): Resolution => {
    if (exact.has(name)) return { target: exact.get(name)!, via: 'title' };
    if (loose.has(looseName(name))) return { target: loose.get(looseName(name))!, via: 'loose title' };
    return undefined;
  };
  return {
    resolve(name) {
      const direct = byTitle(name);
      if (direct) return direct;
      const aliased = aliasTitles.get(looseName(name));
      const target = aliased === undefined ? undefined : byTitle(aliased);
      return target && { target: target.target, via: 'alias' };
    },
  };
}

/**
 * Splits a "See also" list on semicolons or commas, keeping together the parts of a title that itself
 * contains a comma ("“Yes, and...”"): at each position the longest run of parts that resolves wins.
 */
export function splitNameList(list: string, resolver: NameResolver): string[] {
  const parts = list.split(/([;,])/);
  const pieces: string[] = [];
  for (let i = 0; i < parts.length; i += 2) pieces.push(parts[i]);
  const separators = parts.filter((_, i) => i % 2 === 1);
  const names: string[] = [];
  for (let start = 0; start < pieces.length;) {
    let end = pieces.length;
    for (; end > start + 1; end--) {
      const candidate = joinPieces(pieces, separators, start, end);
      if (resolver.resolve(candidate)) break;
    }
    const name = joinPieces(pieces, separators, start, end);
    if (name !== '') names.push(name);
    start = end;
  }
  return names;
}

function joinPieces(pieces: string[], separators: string[], start: number, end: number): string {
  let text = pieces[start];
  for (let i = start + 1; i < end; i++) text += separators[i - 1] + pieces[i];
  return text.trim().replace(/[.]$/, '').trim();
}
