import type { PlanSkillInfo } from '../../lib/plan/requirements.ts';
import { standingLabel, standings } from '../../lib/plan/plan-format.ts';
import type { PlanSkill } from '../../lib/plan/plan-schema.ts';
import { element, labelled, visuallyHidden } from './dom.ts';

// One skill of a plan: what it asks, where the reader stands, and their evidence. Every control's name carries the
// skill's title, so a screen reader's list of form fields says which skill each belongs to.

/** Whole texts already taken from the skills' pages, so a redraw keeps what the reader opened. */
const wholeTexts = new Map<string, Node[]>();

/** A skill's description as its own page renders it; fetched from that page, on this site, only when asked for. */
async function wholeText(href: string, summary: string): Promise<Node[]> {
  const known = wholeTexts.get(href);
  if (known) return known;
  try {
    const response = await fetch(href);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const description = page.querySelector('.skill-description');
    if (!description) throw new Error('the page has no description');
    const nodes = [...description.childNodes].map((node) => document.adoptNode(node));
    wholeTexts.set(href, nodes);
    return nodes;
  } catch (error) {
    const why = error instanceof Error ? error.message : 'unknown error';
    return [element('p', { textContent: `${summary} (The whole text couldn’t be loaded: ${why}.)` })];
  }
}

function wholeTextDetails(skill: PlanSkillInfo, href: string): HTMLDetailsElement {
  const body = element('div', { className: 'plan-whole' });
  const details = element(
    'details',
    {},
    element('summary', {}, 'Whole text', visuallyHidden(` of ${skill.title}`)),
    body,
  );
  details.addEventListener('toggle', async () => {
    if (details.open && !body.hasChildNodes())
      body.replaceChildren(...(await wholeText(href, skill.summary ?? '')).map((node) => node.cloneNode(true)));
  });
  return details;
}

export const standingWords = (planSkill: PlanSkill | undefined) => standingLabel(planSkill?.standing ?? 'not-yet');

function evidenceList(skill: PlanSkillInfo, planSkill: PlanSkill | undefined, editable: boolean): HTMLElement {
  const entries = planSkill?.evidence ?? [];
  if (entries.length === 0) return element('p', { className: 'plan-muted', textContent: 'No dated evidence yet.' });
  return element(
    'ol',
    { className: 'plan-entries', ariaLabel: `Dated evidence for ${skill.title}` },
    ...entries.map((entry, index) => {
      const item = element('li', {}, element('time', { dateTime: entry.date, textContent: entry.date }), ' ');
      if (entry.note) item.append(entry.note, ' ');
      if (entry.link)
        item.append(element('a', { href: entry.link, rel: 'noopener noreferrer', textContent: entry.link }));
      if (editable) {
        const remove = element('button', { type: 'button', className: 'tool-button' }, 'Remove');
        remove.setAttribute('aria-label', `Remove the evidence of ${entry.date} for ${skill.title}`);
        remove.dataset.removeEvidence = String(index);
        item.append(' ', remove);
      }
      return item;
    }),
  );
}

/** The form that adds a dated link or note: one box, read as a link when it is a web address. */
function addEvidenceForm(skill: PlanSkillInfo, today: string): HTMLFormElement {
  const date = element('input', { type: 'date', name: 'date', value: today, required: true });
  const text = element('input', { type: 'text', name: 'text', autocomplete: 'off', required: true });
  const add = element('button', { type: 'submit', className: 'tool-button' }, 'Add');
  add.setAttribute('aria-label', `Add the dated evidence for ${skill.title}`);
  const form = element(
    'form',
    { className: 'plan-entry-add' },
    element(
      'div',
      {},
      ...labelled(`date-${skill.id}`, ['Date', visuallyHidden(` of a new entry for ${skill.title}`)], date),
    ),
    element('div', {}, ...labelled(`entry-${skill.id}`, ['Link or note', visuallyHidden(` for ${skill.title}`)], text)),
    add,
  );
  form.dataset.addEvidence = skill.id;
  return form;
}

/** A skill's card; `editable` false draws a shared plan, read-only. */
export function skillCard(
  skill: PlanSkillInfo,
  planSkill: PlanSkill | undefined,
  options: { href: string; editable: boolean; today: string },
): HTMLLIElement {
  const { href, editable, today } = options;
  const standing = planSkill?.standing ?? 'not-yet';
  const badge = element('span', { className: 'plan-standing', textContent: standingLabel(standing) });
  badge.dataset.standing = standing;
  const card = element(
    'li',
    { className: 'plan-skill' },
    element('h4', {}, element('a', { href, textContent: skill.title }), badge),
    element('p', { className: 'plan-skill-summary', textContent: skill.summary ?? '' }),
    wholeTextDetails(skill, href),
  );
  card.dataset.skill = skill.id;
  const fields = element('div', { className: 'plan-fields' });
  const notes = planSkill?.notes ?? '';
  if (editable) {
    const select = element(
      'select',
      {},
      ...standings.map((value) => element('option', { value, selected: value === standing }, standingLabel(value))),
    );
    select.dataset.standing = skill.id;
    const box = element('textarea', { rows: 3, value: notes });
    box.dataset.notes = skill.id;
    fields.append(
      element(
        'div',
        {},
        ...labelled(`standing-${skill.id}`, ['Where you stand', visuallyHidden(` on ${skill.title}`)], select),
      ),
      element('div', {}, ...labelled(`notes-${skill.id}`, ['Evidence', visuallyHidden(` for ${skill.title}`)], box)),
      evidenceList(skill, planSkill, true),
      addEvidenceForm(skill, today),
    );
  } else {
    if (notes.trim()) fields.append(element('p', { className: 'plan-note-text', textContent: notes }));
    fields.append(evidenceList(skill, planSkill, false));
  }
  card.append(fields);
  return card;
}
