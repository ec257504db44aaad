import { ladderUrls } from '../../lib/links/urls.ts';
import { groupHeading, noLongerInTheLadder } from '../../lib/plan/plan-export.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import { hasSharedPlan, shareFragment } from '../../lib/plan/plan-share.ts';
import {
  addEvidence,
  copyPlan,
  evidenceCount,
  newPlan,
  planIsCurrent,
  planFor,
  removeEvidence,
  removePlan,
  renamePlan,
  setNotes,
  setStanding,
  upsertPlan,
  whatsLeft,
} from '../../lib/plan/plan-state.ts';
import {
  PlanError,
  requirementSet,
  skillIdsOf,
  type PlanLadder,
  type RequirementGroup,
  type RequirementSet,
} from '../../lib/plan/requirements.ts';
import { standingLabel, type Standing } from '../../lib/plan/plan-format.ts';
import { announce, copyToClipboard, offerManualCopy } from '../citation/clipboard.ts';
import { element } from './dom.ts';
import { skillCard, standingWords } from './plan-skill-card.ts';
import { drawWorksheet } from './plan-worksheet.ts';
import { drawBeside } from './plan-beside.ts';
import { drawChanges } from './plan-changes.ts';
import { exportPlan } from './plan-exports.ts';
import { migrateInWorker, readPlanInWorker } from './plan-workers.ts';
import { fetchTexts, withSkillsOf, type LevelFiles } from './plan-files.ts';
import { onPlansChange, readPlans, writePlans } from './plan-storage.ts';

// /plan/ and /ladders/<id>/plan/: the reader's growth plans live in localStorage (plan-storage.ts); the ladder's
// levels and skills are embedded in the page; whole texts come from this site when a plan is made or migrated.
// Plans from outside (a file, a link, someone else's) are read against the plan's schema, and a plan made against an
// older ladder is brought up to date, each in a worker loaded only then (plan-workers.ts).

const root = document.querySelector<HTMLElement>('[data-plan]')!;
const find = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
/** The ladder's levels and skills, filled in with the summaries and fingerprints of the levels plans have needed. */
let ladder: PlanLadder = JSON.parse(document.querySelector('[data-plan-ladder]')!.textContent!);
const urls = ladderUrls(root.dataset.planScope ?? '');
/** The plan page's address and each level's files, as the route built them (planUrls, src/lib/links/urls.ts). */
const files: LevelFiles = JSON.parse(root.dataset.planFiles!);
/** This page's address opening the plan of a pair of levels, as /plan/?from=…&to=… */
function pairAddress(from: string, to: string): string {
  const address = new URL(root.dataset.planPage!, location.href);
  address.search = new URLSearchParams({ from, to }).toString();
  return address.pathname + address.search;
}

const problems = find('[data-plan-problems]');
const status = find('[data-plan-status]');
const groupsView = find('[data-plan-groups]');
const choice = find<HTMLSelectElement>('[data-plan-choice]');
const nameBox = find<HTMLInputElement>('[data-plan-name]');
const deleteDialog = find<HTMLDialogElement>('[data-plan-delete-dialog]');
const leftOnly = find<HTMLInputElement>('[data-plan-left]');

let plans: Plan[] = [];
/** The plan on screen: one of the reader's, or a shared one, read-only until saved. */
let shown: Plan | undefined;
let readOnly = false;
/**
 * A new plan is a draft until the reader first writes in it: shown at once, but saved (with its skills' whole texts,
 * fetched then) only on that first change, so opening a pair of levels fetches no texts and stores nothing.
 */
let draft: RequirementSet | undefined;

/** Today in the reader's time zone, as the plan's dates are written. */
const today = () => new Date().toLocaleDateString('en-CA');
const mine = () => plans.filter((plan) => plan.ladder === ladder.id);
const skillsWord = (n: number) => (n === 1 ? '1 skill' : `${n} skills`);
const levelTitle = (id: string) => ladder.levels.find((level) => level.id === id)?.title ?? id;

function report(...paragraphs: (Node | string)[]) {
  problems.append(...paragraphs.map((p) => (typeof p === 'string' ? element('p', { textContent: p }) : p)));
}

/** The texts of some skills, from their levels' files on this site. */
const textsOf = (skillIds: readonly string[]) => fetchTexts(ladder, files, skillIds);

/** Puts in the summaries and fingerprints a plan between two levels needs; false (and says why) when it can't. */
async function loadLevels(from: string, to: string): Promise<boolean> {
  try {
    ladder = await withSkillsOf(ladder, files, from, to);
    return true;
  } catch (error) {
    report(
      error instanceof PlanError
        ? error.message
        : `The skills of this plan couldn’t be loaded (${error instanceof Error ? error.message : 'unknown error'}). Check your connection and reload the page.`,
    );
    return false;
  }
}

function requirements(plan: Plan): RequirementSet | undefined {
  try {
    return requirementSet(ladder, plan.from, plan.to);
  } catch (error) {
    if (error instanceof PlanError) report(error.message);
    else throw error;
    return undefined;
  }
}

/** Keeps `plan` as the one on screen and, unless it is a shared one or a draft, saves it. */
function keep(plan: Plan) {
  shown = plan;
  if (readOnly || draft) return;
  plans = upsertPlan(plans, plan);
  const problem = writePlans(plans);
  if (problem && !problems.textContent?.includes(problem)) report(problem);
}

let saving: Promise<boolean> | undefined;
/** Saves the draft on screen as a plan, with its skills' whole texts; false (and says why) when it can't. */
function saveDraft(): Promise<boolean> {
  if (!draft) return Promise.resolve(true);
  const set = draft;
  saving ??= textsOf(skillIdsOf(set.required))
    .then((texts) => {
      const plan = newPlan({ ladder, set, texts, today: today(), existing: plans });
      draft = undefined;
      keep(plan);
      drawChoice();
      announce(status, `Saved the plan “${plan.name}” in this browser.`);
      return true;
    })
    .catch((error: unknown) => {
      report(
        `The plan couldn’t be saved: the skills’ texts didn’t load (${error instanceof Error ? error.message : 'unknown error'}). Check your connection and try again.`,
      );
      return false;
    })
    .finally(() => (saving = undefined));
  return saving;
}

// Drawing.

function groupSection(group: RequirementGroup, plan: Plan): HTMLElement {
  const { withEvidence, skills } = evidenceCount(group, plan);
  const heading = element(
    'h3',
    {},
    element('span', { textContent: groupHeading(group) }),
    element('span', {
      className: 'plan-group-count',
      textContent: `${withEvidence} of ${skillsWord(skills)} with evidence`,
    }),
  );
  const section = element(
    'section',
    { className: 'plan-group' },
    heading,
    element(
      'ul',
      { className: 'plan-skills' },
      ...group.skills.map((skill) =>
        skillCard(skill, plan.skills[skill.id], { href: urls.skill(skill.id), editable: !readOnly, today: today() }),
      ),
    ),
  );
  section.dataset.group = group.id;
  return section;
}

/** The groups' counts and the plan's summary, redrawn as the reader types without redrawing the fields. */
function drawCounts(plan: Plan, set: RequirementSet) {
  for (const group of set.required) {
    const count = groupsView.querySelector(`[data-group="${group.id}"] .plan-group-count`);
    const { withEvidence, skills } = evidenceCount(group, plan);
    if (count) count.textContent = `${withEvidence} of ${skillsWord(skills)} with evidence`;
  }
  const total = set.required.reduce((sum, group) => sum + group.skills.length, 0);
  const left = whatsLeft(set.required, plan).reduce((sum, group) => sum + group.skills.length, 0);
  find('[data-plan-summary]').textContent =
    total === 0
      ? `${levelTitle(plan.to)} requires nothing that ${levelTitle(plan.from)} doesn’t.`
      : `${skillsWord(total)} to grow into, ${total - left} with evidence. Made ${plan.created}, last changed ${plan.updated}.`;
}

function drawCarried(set: RequirementSet) {
  const carried = find<HTMLDetailsElement>('[data-plan-carried]');
  const count = set.carried.reduce((sum, group) => sum + group.skills.length, 0);
  carried.hidden = count === 0;
  find('[data-plan-carried-summary]').textContent = `What carries over: ${skillsWord(count)} both levels require`;
  find('[data-plan-carried-body]').replaceChildren(
    ...set.carried.map((group) =>
      element(
        'section',
        {},
        element('h3', { textContent: groupHeading(group) }),
        element(
          'ul',
          {},
          ...group.skills.map((skill) =>
            element('li', {}, element('a', { href: urls.skill(skill.id), textContent: skill.title })),
          ),
        ),
      ),
    ),
  );
}

function drawRetired(plan: Plan) {
  const retired = Object.entries(plan.retired);
  if (retired.length === 0) return;
  groupsView.append(
    element(
      'section',
      { className: 'plan-group' },
      element('h3', { textContent: noLongerInTheLadder }),
      element('p', {
        className: 'plan-muted',
        textContent:
          'Skills your plan had that the ladder dropped, or the level you aim for no longer requires, with your evidence.',
      }),
      element(
        'ul',
        {},
        ...retired.map(([, skill]) =>
          element(
            'li',
            {},
            element('strong', { textContent: skill.title }),
            ` (${skill.reason === 'not-in-ladder' ? 'no longer in the ladder' : 'no longer required'}), ${standingLabel(skill.standing)}`,
            ...(skill.notes?.trim() ? [element('p', { className: 'plan-note-text', textContent: skill.notes })] : []),
            ...skill.evidence.map((entry) =>
              element('p', {
                className: 'plan-note-text',
                textContent: [entry.date, entry.note, entry.link].filter(Boolean).join(' '),
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

function drawChoice() {
  const own = draft && shown ? [...mine(), shown] : mine();
  find('[data-plan-none]').hidden = own.length > 0;
  for (const row of root.querySelectorAll<HTMLElement>('[data-plan-some]')) row.hidden = own.length === 0;
  choice.replaceChildren(
    ...own.map((plan) =>
      element('option', { value: plan.id, selected: plan.id === shown?.id && !readOnly }, plan.name),
    ),
  );
  nameBox.value = shown && !readOnly ? shown.name : '';
}

function draw() {
  drawChoice();
  const plan = shown;
  const body = find('[data-plan-body]');
  body.hidden = !plan;
  find('[data-plan-tools]').hidden = !plan;
  if (!plan) return;
  const set = requirements(plan);
  if (!set) return;
  find('[data-plan-title]').textContent = plan.name;
  const groups = leftOnly.checked ? whatsLeft(set.required, plan) : set.required;
  groupsView.replaceChildren(...groups.map((group) => groupSection(group, plan)));
  if (groups.length === 0 && set.required.length > 0)
    groupsView.append(element('p', { textContent: 'Nothing left: every skill of this plan has evidence.' }));
  drawRetired(plan);
  drawCounts(plan, set);
  drawCarried(set);
  for (const control of find('[data-plan-exports]').querySelectorAll('button'))
    control.hidden = readOnly && control.dataset.export === 'packet';
}

/** Redraws one skill's card after a change, keeping the reader's place. */
function redrawSkill(plan: Plan, skillId: string, focus: string) {
  const card = groupsView.querySelector<HTMLElement>(`li[data-skill="${skillId}"]`);
  const set = requirements(plan);
  const skill = set?.required.flatMap((group) => group.skills).find((info) => info.id === skillId);
  if (!card || !set || !skill) return;
  card.replaceWith(
    skillCard(skill, plan.skills[skillId], { href: urls.skill(skillId), editable: true, today: today() }),
  );
  groupsView.querySelector<HTMLElement>(`li[data-skill="${skillId}"] ${focus}`)?.focus();
  drawCounts(plan, set);
}

// Opening a plan.

/** Shows a plan, migrated to the ladder as it is now, with what changed since it was made. */
async function show(plan: Plan, options: { shared?: boolean; draft?: RequirementSet } = {}) {
  readOnly = options.shared ?? false;
  draft = options.draft;
  find('[data-plan-shared]').hidden = !readOnly;
  find('[data-plan-beside]').hidden = true;
  const changes = find('[data-plan-changes]');
  changes.hidden = true;
  if (!(await loadLevels(plan.from, plan.to))) return;
  let current = plan;
  if (!draft && !planIsCurrent(plan, ladder)) {
    try {
      const migrated = await migrateInWorker({ plan, ladder, files });
      current = migrated.plan;
      if (migrated.report) {
        drawChanges(find('[data-plan-changes-body]'), migrated.report, plan);
        changes.hidden = false;
      }
    } catch (error) {
      report(
        `This plan couldn’t be brought up to date with the ladder (${error instanceof Error ? error.message : error}).`,
      );
    }
  }
  keep(current);
  if (!readOnly) history.replaceState(history.state, '', pairAddress(current.from, current.to));
  draw();
}

/** `?from=…&to=…`: the saved plan for that pair, or a new one. */
async function openPair(from: string, to: string) {
  const existing = planFor(plans, ladder.id, from, to);
  if (existing) return show(existing);
  if (!(await loadLevels(from, to))) return;
  let set: RequirementSet;
  try {
    set = requirementSet(ladder, from, to);
  } catch (error) {
    if (error instanceof PlanError) return report(error.message);
    throw error;
  }
  if (set.direction === 'same')
    return report(`Where you are and the level you aim for are both ${set.to.title}: pick another level to aim for.`);
  // Shown before its texts are fetched, which it gets when saved (saveDraft); a draft's texts are blank till then.
  const blank = Object.fromEntries(skillIdsOf(set.required).map((id) => [id, '']));
  const plan = newPlan({ ladder, set, texts: blank, today: today(), existing: plans });
  await show(plan, { draft: set });
  announce(
    status,
    `A new plan: ${skillsWord(Object.keys(plan.skills).length)} to grow into. It is saved in this browser when you first write in it.`,
  );
}

async function openShared(hash: string) {
  const read = await readPlanInWorker({ hash, ladder, files });
  if ('problems' in read) {
    report(element('p', { textContent: 'This share link’s plan can’t be read:' }), listOf(read.problems));
    return;
  }
  const { plan } = read;
  if (plan.ladder !== ladder.id) {
    report(`This link shares a plan for another ladder: open it on that ladder’s plan page.`);
    return;
  }
  find('[data-plan-shared-text]').textContent =
    `Someone shared “${plan.name}”, a plan from ${levelTitle(plan.from)} to ${levelTitle(plan.to)}, last changed ${plan.updated}. ` +
    'It is shown read-only and isn’t saved: “Save a copy” keeps it among your plans in this browser.';
  await show(plan, { shared: true });
}

const listOf = (items: string[]) => element('ul', {}, ...items.map((item) => element('li', { textContent: item })));

// The reader's controls.

groupsView.addEventListener('input', async (event) => {
  const box = event.target as HTMLElement;
  if (!shown || readOnly || !(box instanceof HTMLTextAreaElement) || !box.dataset.notes) return;
  // The box's value is read once the plan is saved: what the reader typed meanwhile is all in it.
  if (!(await saveDraft()) || !shown) return;
  const next = setNotes(shown, box.dataset.notes, box.value, today());
  keep(next);
  const set = requirements(next);
  if (set) drawCounts(next, set);
});

groupsView.addEventListener('change', async (event) => {
  const select = event.target as HTMLElement;
  if (!shown || readOnly || !(select instanceof HTMLSelectElement) || !select.dataset.standing) return;
  if (!(await saveDraft()) || !shown) return;
  const skillId = select.dataset.standing;
  keep(setStanding(shown, skillId, select.value as Standing, today()));
  const badge = select.closest('li')?.querySelector<HTMLElement>('.plan-standing');
  if (badge) {
    badge.textContent = standingWords(shown.skills[skillId]);
    badge.dataset.standing = select.value;
  }
  announce(status, `${ladder.skills[skillId]?.title}: ${standingWords(shown.skills[skillId])}.`);
});

groupsView.addEventListener('submit', async (event) => {
  const form = event.target as HTMLFormElement;
  const skillId = form.dataset.addEvidence;
  if (!shown || readOnly || !skillId) return;
  event.preventDefault();
  const data = new FormData(form);
  if (!(await saveDraft()) || !shown) return;
  const text = String(data.get('text')).trim();
  const isLink = /^https?:\/\/\S+$/i.test(text);
  try {
    keep(
      addEvidence(
        shown,
        skillId,
        { date: String(data.get('date')), ...(isLink ? { link: text } : { note: text }) },
        today(),
      ),
    );
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    announce(status, error.message);
    return;
  }
  redrawSkill(shown, skillId, 'input[name="text"]');
  announce(status, `Added evidence of ${String(data.get('date'))} to ${ladder.skills[skillId]?.title}.`);
});

groupsView.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove-evidence]');
  const skillId = button?.closest<HTMLElement>('li[data-skill]')?.dataset.skill;
  if (!shown || readOnly || !button || !skillId) return;
  if (!(await saveDraft()) || !shown) return;
  keep(removeEvidence(shown, skillId, Number(button.dataset.removeEvidence), today()));
  redrawSkill(shown, skillId, 'input[name="text"]');
  announce(status, `Removed the evidence from ${ladder.skills[skillId]?.title}.`);
});

leftOnly.addEventListener('change', draw);

choice.addEventListener('change', () => {
  const plan = mine().find((candidate) => candidate.id === choice.value);
  if (plan) void show(plan);
});

find('[data-plan-rename]').addEventListener('click', async () => {
  const name = nameBox.value.trim();
  if (!shown || readOnly) return;
  if (!name) {
    announce(status, 'Give the plan a name first.');
    return;
  }
  if (!(await saveDraft()) || !shown) return;
  keep(renamePlan(shown, name, today()));
  draw();
  announce(status, `Renamed the plan “${name}”.`);
});

find('[data-plan-delete]').addEventListener('click', () => {
  if (!shown || readOnly) return;
  find('[data-plan-delete-text]').textContent =
    `This deletes “${shown.name}” and every note and piece of evidence in it from this browser. It can’t be undone: export it first to keep a copy.`;
  deleteDialog.returnValue = '';
  deleteDialog.showModal();
});

deleteDialog.addEventListener('close', () => {
  if (deleteDialog.returnValue !== 'delete' || !shown) {
    find('[data-plan-delete]').focus();
    return;
  }
  const gone = shown;
  plans = removePlan(plans, gone.id);
  const problem = writePlans(plans);
  if (problem) report(problem);
  const next = mine()[0];
  shown = undefined;
  draft = undefined;
  if (next) void show(next);
  else {
    history.replaceState(history.state, '', root.dataset.planPage);
    draw();
  }
  announce(status, `Deleted the plan “${gone.name}”.`);
  (next ? choice : document.querySelector<HTMLElement>('#plan-from'))?.focus();
});

find('[data-plan-save-copy]').addEventListener('click', () => {
  if (!shown || !readOnly) return;
  const copy = copyPlan(plans, shown, today());
  readOnly = false;
  find('[data-plan-shared]').hidden = true;
  keep(copy);
  history.replaceState(history.state, '', pairAddress(copy.from, copy.to));
  draw();
  choice.focus();
  announce(status, `Saved a copy among your plans: “${copy.name}”.`);
});

find('[data-plan-exports]').addEventListener('click', async (event) => {
  const kind = (event.target as Element).closest<HTMLButtonElement>('button[data-export]')?.dataset.export;
  if (!kind || !shown) return;
  if (kind === 'print') return window.print();
  // A file or a packet holds the plan as saved, with its skills' texts.
  if (!(await saveDraft()) || !shown) return;
  const set = requirements(shown);
  if (!set) return;
  announce(status, exportPlan(kind, shown, set, urls));
});

root.querySelector('[data-share-links]')?.addEventListener('click', async (event) => {
  const kind = (event.target as Element).closest<HTMLButtonElement>('button[data-share]')?.dataset.share;
  if (!kind || !shown) return;
  const link = new URL(
    root.dataset.planPage! + (await shareFragment(shown, { notes: kind === 'notes' })),
    location.href,
  ).href;
  if (await copyToClipboard(link)) {
    status.parentElement?.querySelector('.manual-copy')?.remove();
    announce(
      status,
      kind === 'notes'
        ? 'Copied a link to this plan with your notes and evidence. Whoever has the link can read them.'
        : 'Copied a link to this plan’s skills and standings, without your notes and evidence.',
    );
  } else {
    announce(
      status,
      'Your browser didn’t allow copying. The link is selected below: copy it with your keyboard or menu.',
    );
    offerManualCopy(status, link);
  }
});

find<HTMLInputElement>('[data-plan-import]').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const read = await readPlanInWorker({ file: await file.text() });
  input.value = '';
  if ('problems' in read) {
    report(element('p', { textContent: `“${file.name}” can’t be imported as a plan:` }), listOf(read.problems));
    announce(status, `“${file.name}” can’t be imported: see the problems above.`);
    return;
  }
  if (read.plan.ladder !== ladder.id) {
    announce(status, `“${file.name}” is a plan for another ladder: import it on that ladder’s plan page.`);
    return;
  }
  const replacing = plans.some((plan) => plan.id === read.plan.id);
  await show(read.plan);
  announce(status, `${replacing ? 'Replaced your plan with' : 'Imported'} “${read.plan.name}” from ${file.name}.`);
});

async function openBeside(read: { plan: Plan } | { problems: string[] }, source: string) {
  if ('problems' in read) {
    report(element('p', { textContent: `${source} can’t be opened as a plan:` }), listOf(read.problems));
    return;
  }
  if (!shown) return;
  // Both plans as the ladder is now, so a skill renamed since is one skill on both sides.
  let theirs = read.plan;
  if (!(await loadLevels(theirs.from, theirs.to))) return;
  if (!planIsCurrent(theirs, ladder)) {
    try {
      theirs = (await migrateInWorker({ plan: theirs, ladder, files })).plan;
    } catch (error) {
      report(
        `${source} couldn’t be brought up to date with the ladder (${error instanceof Error ? error.message : error}); it is shown as it is.`,
      );
    }
  }
  drawBeside(find('[data-plan-beside]'), shown, theirs);
  find('[data-plan-beside]').hidden = false;
  find('[data-plan-beside]').focus();
}

find<HTMLInputElement>('[data-plan-other-file]').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  await openBeside(await readPlanInWorker({ file: await file.text() }), `“${file.name}”`);
  input.value = '';
});

find<HTMLFormElement>('[data-plan-other-link]').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = find<HTMLInputElement>('[data-plan-other-url]').value.trim();
  const hash = value.includes('#') ? value.slice(value.indexOf('#')) : '';
  if (!hash) {
    announce(status, 'Paste a share link: it ends with the plan, after a #.');
    return;
  }
  await openBeside(await readPlanInWorker({ hash, ladder, files }), 'That link');
});

find('[data-plan-beside-close]').addEventListener('click', () => {
  find('[data-plan-beside]').hidden = true;
  find<HTMLInputElement>('[data-plan-other-file]').focus();
});

// The worksheet is drawn just before printing, from the plan as it is then.
window.addEventListener('beforeprint', () => {
  const set = shown && requirements(shown);
  if (shown && set) drawWorksheet(document.querySelector<HTMLElement>('[data-plan-worksheet]')!, shown, set);
});

async function start() {
  root.hidden = false;
  const saved = readPlans();
  plans = saved.plans;
  if (saved.problem) report(saved.problem);
  const query = new URLSearchParams(location.search);
  const from = query.get('from');
  const to = query.get('to');
  const picker = document.querySelector<HTMLFormElement>('[data-plan-picker]');
  if (from && to && picker) {
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ])
      picker.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value = value;
  }
  if (hasSharedPlan(location.hash)) await openShared(location.hash);
  else if (from && to) await openPair(from, to);
  else if (mine()[0]) await show([...mine()].sort((a, b) => b.updated.localeCompare(a.updated))[0]);
  else draw();
  find('[data-plan-loading]').hidden = true;

  onPlansChange(() => {
    plans = readPlans().plans;
    if (readOnly) return drawChoice();
    const same = shown && plans.find((plan) => plan.id === shown!.id);
    // Another tab's edit of the plan on screen: shown as it now is, unless the reader is typing in it.
    if (same && !groupsView.contains(document.activeElement)) shown = same;
    draw();
  });
}

void start();
