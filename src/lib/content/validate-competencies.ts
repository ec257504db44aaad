// The rules of a matrix ladder's competencies (competencies/<id>.yaml) and their cells (skills naming one): each
// named competency exists, a competency has one cell per level and at least one cell, and rows have their own order.
import { closest } from './closest.ts';
import type { Competency, LadderContent, Skill } from '../ladder/ladder.ts';
import type { KnownIds, Problem } from './validate-ladder.ts';

/** Every problem of a ladder's competencies and cells; `unreadable` holds the ids of files that could not be read. */
export function competencyProblems(content: LadderContent, unreadable: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const known = new Set([...content.competencies.map((c) => c.id), ...unreadable.competencies]);
  const cells = new Map<string, Skill[]>();
  for (const skill of content.skills) {
    const { competency } = skill.data;
    if (competency === undefined) continue;
    if (!known.has(competency)) {
      problems.push({
        file: skill.file,
        line: skill.lines?.competency,
        field: 'competency',
        value: competency,
        message: 'is not a competency of this ladder (a file competencies/<id>.yaml beside levels/)',
        suggestion: closest(competency, known),
      });
      continue;
    }
    cells.set(competency, [...(cells.get(competency) ?? []), skill]);
  }
  for (const [competency, ofCompetency] of cells) {
    const atLevel = new Map<string, Skill>();
    for (const skill of ofCompetency) {
      const first = atLevel.get(skill.data.level);
      if (!first) {
        atLevel.set(skill.data.level, skill);
        continue;
      }
      problems.push({
        file: skill.file,
        line: skill.lines?.competency,
        field: 'competency',
        value: competency,
        message:
          `is also the competency of ${first.file}, at the same level "${skill.data.level}": a competency has one ` +
          'cell per level, so merge the two skills into one (a list when it holds several expectations) or move one',
      });
    }
  }
  // A cell in a skill file that could not be read would be reported as missing: that file's problem comes first.
  if (unreadable.skills.size === 0) {
    for (const competency of content.competencies) {
      if (cells.has(competency.id)) continue;
      problems.push({
        file: competency.file,
        field: '',
        message: `has no cells: no skill names it in its competency field; add "competency: ${competency.id}" to the skill of each level it describes, or delete the file`,
      });
    }
  }
  problems.push(...orderProblems(content.competencies));
  return problems;
}

/** Two rows with one order would be listed in whichever order the files happen to be read. */
function orderProblems(competencies: Competency[]): Problem[] {
  let free = Math.max(0, ...competencies.map((c) => c.data.order)) + 1;
  const byOrder = new Map<number, Competency>();
  return competencies.flatMap((competency) => {
    const { order } = competency.data;
    const owner = byOrder.get(order);
    if (!owner) {
      byOrder.set(order, competency);
      return [];
    }
    return [
      {
        file: competency.file,
        line: competency.lines?.order,
        field: 'order',
        value: String(order),
        message: `is also the order of the competency in ${owner.file}, so the two rows would be listed in no set order: give each competency its own order, such as ${free++} (the next free one)`,
      },
    ];
  });
}
