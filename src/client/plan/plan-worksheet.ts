import { worksheet } from '../../lib/plan/plan-export.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import type { RequirementSet } from '../../lib/plan/requirements.ts';
import { element } from './dom.ts';

// The printed plan: a worksheet for a conversation on paper, each required skill with what it asks, where the reader
// stands, and an empty column for evidence written by hand.

export function drawWorksheet(target: HTMLElement, plan: Plan, set: RequirementSet): void {
  const head = element(
    'thead',
    {},
    element(
      'tr',
      {},
      ...['Skill', 'What it asks', 'Where I stand', 'Evidence'].map((label) =>
        element('th', { scope: 'col', textContent: label }),
      ),
    ),
  );
  target.replaceChildren(
    element('p', {
      textContent: `${plan.name} — ${set.from.title} → ${set.to.title}, printed ${new Date().toLocaleDateString('en-CA')}`,
    }),
    ...worksheet(plan, set).map((group) =>
      element(
        'table',
        {},
        element('caption', { textContent: group.heading }),
        head.cloneNode(true),
        element(
          'tbody',
          {},
          ...group.rows.map((row) =>
            element(
              'tr',
              {},
              element('td', { textContent: row.title }),
              element('td', { textContent: row.summary }),
              element('td', { textContent: row.standing }),
              element('td'),
            ),
          ),
        ),
      ),
    ),
  );
}
