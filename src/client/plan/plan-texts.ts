import { skillInfo, type PlanLadder } from '../../lib/plan/requirements.ts';

// Skills' whole texts, from their levels' files on this site (/plan-texts/<level-id>.json): a plan keeps the text of
// each skill as planned, so a later rewording shows as a diff. Used by the page and the migration worker alike.

const files = new Map<string, Promise<Record<string, string>>>();

/** The texts of some skills of the ladder, fetching each level's file once (again after a failure). */
export async function fetchTexts(
  ladder: PlanLadder,
  textsFiles: Record<string, string>,
  skillIds: readonly string[],
): Promise<Record<string, string>> {
  const levels = new Set(skillIds.flatMap((id) => skillInfo(ladder, id)?.level ?? []));
  const loads = [...levels].map((level) => {
    let file = files.get(level);
    if (!file) {
      file = fetch(textsFiles[level]).then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json();
      });
      file.catch(() => files.delete(level));
      files.set(level, file);
    }
    return file;
  });
  return Object.assign({}, ...(await Promise.all(loads)));
}
