import type { LadderIndex } from '../../src/lib/ladder/ladder-index.ts';
import { planLadder, planLevelSkills } from '../../src/lib/plan/plan-ladder.ts';
import { withLevelSkills, type PlanLadder } from '../../src/lib/plan/requirements.ts';

/** A ladder's plan data as the page holds it once every level's file is in (the page loads only a plan's levels). */
export function filledLadder(index: LadderIndex, options: { id: string; release: string | null }): PlanLadder {
  return withLevelSkills(planLadder(index, options), ...index.levels.map((level) => planLevelSkills(index, level.id)));
}
