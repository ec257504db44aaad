import { comparePlans, type SkillComparison } from '../../lib/plan/plan-compare.ts';
import { standingLabel } from '../../lib/plan/plan-format.ts';
import type { Evidence, Plan } from '../../lib/plan/plan-schema.ts';
import { element } from './dom.ts';

// Someone else's plan beside the reader's, for a check-in: skill by skill, where the two differ. Loaded only when a
// plan is opened beside.

const entry = (evidence: Evidence) => [evidence.date, evidence.note, evidence.link].filter(Boolean).join(' ');

/** One plan's side of a skill: its standing, its notes where the two differ, then the evidence only it has. */
function side(skill: SkillComparison['mine'], only: Evidence[], notesDiffer: boolean): HTMLTableCellElement {
  if (!skill) return element('td', { textContent: 'not in this plan' });
  const lines = [...(notesDiffer && skill.notes.trim() ? [skill.notes] : []), ...only.map(entry)];
  return element('td', {}, standingLabel(skill.standing), ...lines.flatMap((line) => [element('br'), line]));
}

export function drawBeside(section: HTMLElement, mine: Plan, theirs: Plan): void {
  const { sameLevels, skills, differing } = comparePlans(mine, theirs);
  const differences = skills.filter((skill) => skill.differs);
  section.querySelector('[data-plan-beside-text]')!.textContent = [
    sameLevels ? '' : `“${theirs.name}” goes between other levels than yours, so their skills differ too. `,
    differing === 0
      ? `“${theirs.name}” and your plan “${mine.name}” agree on every skill.`
      : `“${theirs.name}” and your plan “${mine.name}” differ on ${differing === 1 ? 'one skill' : `${differing} skills`}: each side shows its standing, its notes where they differ, and the evidence only it has.`,
  ].join('');
  const head = ['Skill', 'Yours', 'Theirs'];
  section
    .querySelector('[data-plan-beside-body]')!
    .replaceChildren(
      ...(differences.length === 0
        ? []
        : [
            element(
              'table',
              {},
              element(
                'thead',
                {},
                element('tr', {}, ...head.map((label) => element('th', { scope: 'col', textContent: label }))),
              ),
              element(
                'tbody',
                {},
                ...differences.map((skill) =>
                  element(
                    'tr',
                    {},
                    element('th', { scope: 'row', textContent: skill.title }),
                    side(skill.mine, skill.onlyMine, skill.notesDiffer),
                    side(skill.theirs, skill.onlyTheirs, skill.notesDiffer),
                  ),
                ),
              ),
            ),
          ]),
    );
}
