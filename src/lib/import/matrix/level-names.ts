// What a level's name looks like in public ladders, so the importer can tell a reading that takes levels for levels
// from one that takes competencies ("Communication", "Tooling") for levels.

/** Words that rank people or roles: "Senior", "Staff", "Associate", "Manager", "Beginner"…"Expert", "Novice". */
const rankWords =
  /\b(?:intern|apprentice|journeyman|journeyperson|trainee|graduate|entry|junior|jr|associate|mid|middle|mid-level|intermediate|senior|sr|staff|principal|distinguished|fellow|lead|manager|director|vp|vice president|head of|cto|beginner|novice|advanced|proficient|competent|expert|master|foundational|emerging|developing|practitioner|engineer|developer|programmer|architect|scientist|designer|analyst|sre)\b/i;

/** Codes and numbers: "L3", "IC2", "E4", "P1", "M2", "SE-3", "3", "Level 4", "Grade B", "Engineer III". */
const levelCodes =
  /(?:^|[\s(])(?:[a-z]{1,3}-?\d{1,2}|\d{1,2}|(?:level|grade|rung|band|tier|step)\s+[\da-z]{1,2}|[ivx]{1,4})(?=$|[\s),.:])/i;

/** "All levels", "Everyone", "All engineers": a section that applies at every level. */
const baselineNames = /^(?:all\b|every\s*(?:one|body|level)|baseline|common|general expectations|core expectations)/i;

/** Whether a name reads like a level (or an "all levels" section), not like a competency or category. */
export function looksLikeLevel(name: string): boolean {
  const text = name.replace(/[*_`]/g, '').trim();
  return rankWords.test(text) || levelCodes.test(text) || looksLikeBaseline(text);
}

/** Whether a section applies at every level: "All levels", "Everyone", "All engineers". */
export function looksLikeBaseline(name: string): boolean {
  return baselineNames.test(name.trim());
}

const managementNames = /manag|director|\bvp\b|vice president|head of|\bcto\b|\bem\b|\bm\d+\b/i;

/** The track a level's name places it on. */
export function trackOfLevel(name: string): 'engineering' | 'management' {
  return managementNames.test(name) ? 'management' : 'engineering';
}
