// Build time only: the plan page's ladder data, from the ladder index and src/lib/compare. It imports the prose
// pipeline (for first sentences), so the page's script must import requirements.ts and never this module.
import { comparisonPairs, compareLevels } from '../compare/compare.ts';
import type { LadderIndex } from '../ladder/ladder-index.ts';
import type { Level } from '../ladder/ladder.ts';
import { firstSentence } from '../markdown/prose.ts';
import { textFingerprint } from './fingerprint.ts';
import { pairKey, type LevelSkills, type PlanLadder, type PlanSkillData } from './requirements.ts';

/** A skill as the ladder model may hold it: a matrix ladder's cell also names its competency. */
type MaybeCompetency = { data: { title: string; competency?: string } };

const competencyOf = (skill: MaybeCompetency) => skill.data.competency;

/**
 * The compact ladder data the plan page embeds: its levels and skills (titles, aliases and competencies; summaries and
 * fingerprints are in each level's file, `planLevelSkills`) and, for every ordered pair of rungs, what
 * src/lib/compare finds. `release` is the release the content is (its latest), or null before the first;
 * `competencies` are a matrix ladder's competency titles.
 */
export function planLadder(
  ladder: LadderIndex,
  options: { id: string; release: string | null; competencies?: readonly { id: string; title: string }[] },
): PlanLadder {
  const skills: Record<string, PlanSkillData> = {};
  for (const skill of ladder.content.skills) {
    const competency = competencyOf(skill);
    skills[skill.id] = {
      title: skill.data.title,
      ...(skill.data.aliases.length > 0 ? { aliases: skill.data.aliases } : {}),
      ...(competency === undefined ? {} : { competency }),
    };
  }
  const inOrder = (levels: readonly Level[]) => levels.map((level) => level.id);
  const pairs: PlanLadder['pairs'] = {};
  for (const [from, to] of comparisonPairs(ladder)) {
    const { direction, added, shared } = compareLevels(ladder, from, to);
    pairs[pairKey(from.id, to.id)] = {
      direction,
      added: inOrder(added.map((requirement) => requirement.level)),
      shared: inOrder(shared.map((requirement) => requirement.level)),
    };
  }
  const requires: PlanLadder['requires'] = {};
  for (const level of ladder.levels) {
    const own = new Set([level, ...ladder.inheritedLevels(level)]);
    requires[level.id] = inOrder(ladder.levels.filter((other) => own.has(other)));
  }
  return {
    id: options.id,
    title: ladder.content.ladder.data.title,
    release: options.release,
    levels: ladder.levels.map((level) => ({
      id: level.id,
      title: level.data.title,
      track: level.data.track,
      rank: level.data.rank ?? null,
      aliases: level.data.aliases,
      skillSets: ladder.skillSetsOf(level).map((skillSet) => ({
        id: skillSet.id,
        title: skillSet.data.title,
        skills: ladder.skillsOf(skillSet).map((skill) => skill.id),
      })),
    })),
    skills,
    competencies: Object.fromEntries((options.competencies ?? []).map(({ id, title }) => [id, title])),
    requires,
    pairs,
  };
}

/** A level's file for the plan page: each of its skills' first sentence and text fingerprint, by skill id. */
export function planLevelSkills(ladder: LadderIndex, levelId: string): LevelSkills {
  const skills = ladder.skillSetsOf(ladder.level(levelId)).flatMap((skillSet) => ladder.skillsOf(skillSet));
  return Object.fromEntries(
    skills.map((skill) => [skill.id, { summary: firstSentence(skill.body), fingerprint: textFingerprint(skill.body) }]),
  );
}

/** Every skill's whole description, Markdown, by id: the file the plan page fetches when it needs whole texts. */
export function planTexts(ladder: LadderIndex): Record<string, string> {
  return Object.fromEntries(ladder.content.skills.map((skill) => [skill.id, skill.body.trim()]));
}
