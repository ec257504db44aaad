import {
  levelsOf,
  skillInfo,
  withLevelSkills,
  type LevelSkills,
  type PlanLadder,
} from '../../lib/plan/requirements.ts';

// The per-level files on this site a plan needs: its levels' skills' summaries and fingerprints
// (/plan-skills/<level-id>.json), and the skills' whole texts (/plan-texts/<level-id>.json), which a plan keeps so a
// later rewording shows as a diff. Used by the page and the migration worker alike.

/** Each level's files, by level id, as the route listed them. */
export interface LevelFiles {
  skills: Record<string, string>;
  texts: Record<string, string>;
}

const loads = new Map<string, Promise<unknown>>();

/** A JSON file of this site, fetched once (again after a failure). */
function json<T>(url: string): Promise<T> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
      return response.json();
    });
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load as Promise<T>;
}

/** The ladder with the summaries and fingerprints of the skills a plan between two levels requires. */
export async function withSkillsOf(
  ladder: PlanLadder,
  files: LevelFiles,
  from: string,
  to: string,
): Promise<PlanLadder> {
  const levels = levelsOf(ladder, from, to);
  return withLevelSkills(ladder, ...(await Promise.all(levels.map((level) => json<LevelSkills>(files.skills[level])))));
}

/** The whole texts of some skills of the ladder. */
export async function fetchTexts(
  ladder: PlanLadder,
  files: LevelFiles,
  skillIds: readonly string[],
): Promise<Record<string, string>> {
  const levels = new Set(skillIds.flatMap((id) => skillInfo(ladder, id)?.level ?? []));
  const texts = await Promise.all([...levels].map((level) => json<Record<string, string>>(files.texts[level])));
  return Object.assign({}, ...texts);
}
