import type { MigrationReport } from '../../lib/plan/plan-migrate.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import type { DiffPart } from '../../lib/releases/word-diff.ts';
import { element, visuallyHidden } from './dom.ts';

// What changed in the ladder since a plan was made, loaded only for a plan that needs it: renamed skills followed,
// reworded ones with the word diff of their text, dropped ones kept with their evidence, new ones added.

/** The diff as the change log writes it: removed words struck through, added ones underlined, both said aloud. */
function wordDiff(parts: DiffPart[]): HTMLElement {
  return element(
    'p',
    { className: 'plan-note-text' },
    ...parts.map(({ text, change }) =>
      change === 'same'
        ? text
        : element(change === 'added' ? 'ins' : 'del', {}, visuallyHidden(`[${change}: `), text, visuallyHidden(']')),
    ),
  );
}

const section = (title: string, ...content: Node[]) =>
  element('div', {}, element('h3', { textContent: title }), ...content);
const list = (items: (Node | string)[][]) => element('ul', {}, ...items.map((item) => element('li', {}, ...item)));

export function drawChanges(body: HTMLElement, report: MigrationReport, plan: Plan): void {
  const { renamed, reworded, removed, added } = report;
  const since = report.release.from ? `release ${report.release.from}` : 'an earlier version of the ladder';
  const parts: Node[] = [
    element('p', {
      textContent: `“${plan.name}” was made against ${since}; the ladder has changed since. Your evidence was kept: here is what moved.`,
    }),
  ];
  if (renamed.length > 0)
    parts.push(
      section(
        'Renamed',
        list(renamed.map((skill) => [`${skill.fromTitle} is now `, element('strong', { textContent: skill.title })])),
      ),
    );
  if (reworded.length > 0)
    parts.push(
      section(
        'Reworded',
        list(
          reworded.map((skill) => [
            element('strong', { textContent: skill.title }),
            ...(skill.retitledFrom ? [` (was ${skill.retitledFrom})`] : []),
            wordDiff(skill.diff),
          ]),
        ),
      ),
    );
  if (removed.length > 0)
    parts.push(
      section(
        'No longer in the ladder',
        element('p', {
          textContent: 'Your notes and evidence on these are kept below the plan, under “No longer in the ladder”.',
        }),
        list(
          removed.map((skill) => [
            element('strong', { textContent: skill.title }),
            skill.reason === 'not-in-ladder' ? ' was removed from the ladder' : ' is no longer required for this step',
          ]),
        ),
      ),
    );
  if (added.length > 0)
    parts.push(
      section(
        'New',
        list(added.map((skill) => [element('strong', { textContent: skill.title }), ' is newly required'])),
      ),
    );
  body.replaceChildren(...parts);
}
