import { comparePlans, type PlanDifference } from '../../lib/plan/plan-compare.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import { element } from './dom.ts';

// Someone else's plan beside the reader's, for a check-in: skill by skill, where the two differ. Loaded only when a
// plan is opened beside.

function side(view: PlanDifference['mine']): HTMLTableCellElement {
  if (!view) return element('td', { textContent: 'not in this plan' });
  const lines = [view.standing, ...view.evidence];
  return element('td', {}, ...lines.flatMap((line, i) => (i === 0 ? [line] : [element('br'), line])));
}

export function drawBeside(section: HTMLElement, mine: Plan, theirs: Plan): void {
  const differences = comparePlans(mine, theirs);
  section.querySelector('[data-plan-beside-text]')!.textContent =
    differences.length === 0
      ? `“${theirs.name}” and your plan “${mine.name}” agree on every skill.`
      : `Your plan “${mine.name}” and “${theirs.name}” differ on ${differences.length === 1 ? 'one skill' : `${differences.length} skills`}:`;
  section.querySelector('[data-plan-beside-body]')!.replaceChildren(
    ...(differences.length === 0
      ? []
      : [
          element(
            'table',
            {},
            element('caption', { className: 'visually-hidden', textContent: `Where “${mine.name}” and “${theirs.name}” differ` }),
            element(
              'thead',
              {},
              element(
                'tr',
                {},
                ...['Skill', `Yours: ${mine.name}`, `Theirs: ${theirs.name}`].map((label) =>
                  element('th', { scope: 'col', textContent: label }),
                ),
              ),
            ),
            element(
              'tbody',
              {},
              ...differences.map((difference) =>
                element(
                  'tr',
                  {},
                  element('th', { scope: 'row', textContent: difference.title }),
                  side(difference.mine),
                  side(difference.theirs),
                ),
              ),
            ),
          ),
        ]),
  );
}
