import type { Competency, Skill } from './ladder.ts';
import { firstSentence, parseProse, plainTextOf, proseToHtml } from '../markdown/prose.ts';

/** A skill as a level's rubric shows it: its first sentence, and its whole description when there is more. */
export interface RubricEntry {
  skill: Skill;
  summary: string;
  /** The whole description as HTML; absent when the first sentence is all of it (a fold would only repeat it). */
  description?: string;
  /** The competency whose cell the skill is, on a matrix ladder. */
  competency?: Competency;
}

export function rubricEntry(skill: Skill, competency?: Competency): RubricEntry {
  const summary = firstSentence(skill.body);
  const whole = plainTextOf(parseProse(skill.body)).replace(/\s+/g, ' ').trim();
  return {
    skill,
    summary,
    ...(whole.length > summary.length + 1 ? { description: proseToHtml(skill.body) } : {}),
    ...(competency ? { competency } : {}),
  };
}
