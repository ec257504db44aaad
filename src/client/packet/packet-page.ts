import type { LadderExport } from '../../lib/export/ladder-export.ts';
import {
  addSkill,
  emptyPacket,
  hasSkill,
  moveSkill,
  packetFromIds,
  removeSkill,
  sameSkills,
  setNote,
  skillIdsFromQuery,
  type Packet,
  type PacketItem,
} from '../../lib/packet/packet-state.ts';
import {
  packetHtml,
  packetMarkdown,
  packetShareUrl,
  packetSkills,
  packetText,
  resolvePacket,
  skillFinder,
  type PacketEntry,
  type PacketSkill,
} from '../../lib/packet/packet-export.ts';
import { searchSkills } from '../../lib/packet/packet-search.ts';
import { urls } from '../../lib/links/urls.ts';
import { keepPrintedLinksAbsolute, publicBase } from '../citation/public-address.ts';
import { announce, copyToClipboard, offerManualCopy } from '../citation/clipboard.ts';
import { showChangesSince } from './packet-changes.ts';
import { onPacketChange, readPacket, writePacket } from './packet-storage.ts';

// /packet/: the packet lives in localStorage (see packet-storage.ts) and its skills in the page's URL, so the address
// bar is always a shareable link. Skills come from /ladder.json, fetched only here.

const shownResults = 8;

const root = document.querySelector<HTMLElement>('[data-packet]')!;
const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
const loading = find<HTMLElement>('[data-packet-loading]');
const problems = find<HTMLElement>('[data-packet-problems]');
const shared = find<HTMLElement>('[data-packet-shared]');
const editor = find<HTMLElement>('[data-packet-editor]');
const search = find<HTMLInputElement>('[data-packet-search]');
const results = find<HTMLUListElement>('[data-packet-results]');
const count = find<HTMLElement>('[data-packet-count]');
const list = find<HTMLOListElement>('[data-packet-items]');
const empty = find<HTMLElement>('[data-packet-empty]');
const status = find<HTMLElement>('[data-packet-status]');
const clearDialog = find<HTMLDialogElement>('[data-packet-clear]');
const printView = document.querySelector<HTMLOListElement>('[data-packet-print]')!;

let packet: Packet = emptyPacket();
let skills: PacketSkill[] = [];
let skillById: (id: string) => PacketSkill | undefined = () => undefined;
let site = '';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

const visuallyHidden = (text: string) => element('span', { className: 'visually-hidden', textContent: text });
const sitePath = (url: string) => new URL(url, location.href).pathname;
const skillsWord = (n: number) => (n === 1 ? '1 skill' : `${n} skills`);
const entries = (): PacketEntry[] => packet.items.map((item) => ({ skill: skillById(item.id)!, note: item.note }));

function report(...paragraphs: (Node | string)[]) {
  problems.append(...paragraphs.map((p) => (typeof p === 'string' ? element('p', { textContent: p }) : p)));
}

/** Saves, updates the address bar to the packet's shareable URL, and redraws what depends on the list. */
function save(next: Packet, redraw = true) {
  packet = next;
  const problem = writePacket(packet);
  if (problem && !problems.textContent?.includes(problem)) report(problem);
  history.replaceState(history.state, '', urls.packet(packet.items.map((item) => item.id)));
  if (redraw) drawItems();
  drawPrintView();
}

// Full texts already fetched, and which are open, so a redraw (reordering, removing) keeps what the reader opened.
const fullTexts = new Map<string, Node[]>();
const openFullTexts = new Set<string>();

/** The skill's description, rendered as on its own page: taken from that page, since /ladder.json carries Markdown. */
async function loadFullText(skill: PacketSkill): Promise<Node[]> {
  const known = fullTexts.get(skill.id);
  if (known) return known;
  try {
    const response = await fetch(sitePath(skill.path));
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const description = page.querySelector('.skill-description');
    if (!description) throw new Error('the page has no description');
    const nodes = [...description.childNodes].map((node) => document.adoptNode(node));
    fullTexts.set(skill.id, nodes);
    return nodes;
  } catch {
    // Offline or moved: the Markdown's paragraphs as plain text still say everything.
    return skill.description.split(/\n[ \t]*\n/).map((paragraph) => element('p', { textContent: paragraph.trim() }));
  }
}

/** What the skill asks, beside the evidence box: its first sentence, and the whole text one click away. */
function skillWords(skill: PacketSkill): HTMLElement {
  const words = element(
    'div',
    { className: 'packet-item-words' },
    element('p', { className: 'packet-item-summary', textContent: skill.summary }),
  );
  // A one-sentence description is already all there.
  if (skill.description.trim().length <= skill.summary.length + 2) return words;
  const text = element('div', { className: 'packet-item-full-text' });
  const full = element(
    'details',
    { className: 'packet-item-full' },
    element('summary', {}, 'Full text', visuallyHidden(` of ${skill.title}`)),
    text,
  );
  const fill = async () => text.replaceChildren(...(await loadFullText(skill)).map((node) => node.cloneNode(true)));
  full.addEventListener('toggle', () => {
    if (full.open) {
      openFullTexts.add(skill.id);
      if (!text.hasChildNodes()) fill();
    } else openFullTexts.delete(skill.id);
  });
  full.open = openFullTexts.has(skill.id);
  words.append(full);
  return words;
}

function drawItems() {
  empty.hidden = packet.items.length > 0;
  list.replaceChildren(
    ...packet.items.map((item, i) => {
      const skill = skillById(item.id)!;
      const noteId = `note-${item.id}`;
      const button = (action: string, label: string) => {
        const control = element('button', { type: 'button', className: 'tool-button' }, label);
        control.setAttribute('aria-label', `${label}: ${skill.title}`);
        control.dataset.action = action;
        return control;
      };
      const up = button('up', 'Move up');
      const down = button('down', 'Move down');
      const remove = button('remove', 'Remove');
      if (i === 0) up.setAttribute('aria-disabled', 'true');
      if (i === packet.items.length - 1) down.setAttribute('aria-disabled', 'true');
      const note = element('textarea', { id: noteId, className: 'packet-note', rows: 3, value: item.note });
      note.dataset.note = item.id;
      const li = element(
        'li',
        { className: 'packet-item' },
        element(
          'h3',
          { className: 'packet-item-title' },
          element('a', { href: sitePath(skill.path), textContent: skill.title }),
        ),
        element('p', { className: 'packet-item-place', textContent: skill.context }),
        element(
          'div',
          { className: 'packet-item-body' },
          skillWords(skill),
          element(
            'div',
            { className: 'packet-item-evidence' },
            element(
              'label',
              { className: 'packet-note-label', htmlFor: noteId },
              'Evidence',
              visuallyHidden(` for ${skill.title}`),
            ),
            note,
          ),
        ),
        element('div', { className: 'packet-actions' }, up, down, remove),
      );
      li.dataset.id = item.id;
      return li;
    }),
  );
}

function drawPrintView() {
  printView.replaceChildren(
    ...entries().map(({ skill, note }) =>
      element(
        'li',
        {},
        element('p', {}, element('strong', { textContent: skill.title }), ` — ${skill.context}`),
        element('p', { className: 'packet-print-url', textContent: new URL(skill.path, site).href }),
        ...note
          .split(/\n[ \t]*\n/)
          .filter((p) => p.trim())
          .map((p) => element('p', { className: 'packet-print-note', textContent: p.trim() })),
      ),
    ),
  );
}

function drawResults() {
  const matches = searchSkills(skills, search.value);
  const query = search.value.trim();
  count.textContent = !query
    ? ''
    : matches.length === 0
      ? `No skill matches “${query}”.`
      : matches.length > shownResults
        ? `${matches.length} skills match; showing the first ${shownResults}. Type more to narrow them down.`
        : `${skillsWord(matches.length)} ${matches.length === 1 ? 'matches' : 'match'}.`;
  results.replaceChildren(
    ...matches.slice(0, shownResults).map((skill) => {
      const added = hasSkill(packet, skill.id);
      const button = element(
        'button',
        { type: 'button', className: 'packet-result' },
        element('span', { className: 'packet-result-title', textContent: skill.title }),
        element('span', {
          className: 'packet-result-place',
          textContent: added ? `${skill.context} · in your packet` : skill.context,
        }),
      );
      button.dataset.add = skill.id;
      if (added) button.setAttribute('aria-disabled', 'true');
      return element('li', {}, button);
    }),
  );
}

function add(skill: PacketSkill) {
  if (hasSkill(packet, skill.id)) {
    announce(status, `${skill.title} is already in your packet.`);
    return;
  }
  save(addSkill(packet, skill.id));
  // The box is ready for the next skill: the old query would only list what was just added.
  search.value = '';
  drawResults();
  search.focus();
  announce(status, `Added ${skill.title}. Your packet has ${skillsWord(packet.items.length)}.`);
}

function focusItemControl(id: string, selector: string) {
  list.querySelector<HTMLElement>(`li[data-id="${id}"] ${selector}`)?.focus();
}

list.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
  const id = button?.closest<HTMLElement>('li[data-id]')?.dataset.id;
  if (!button || !id || button.getAttribute('aria-disabled') === 'true') return;
  const skill = skillById(id)!;
  const action = button.dataset.action;
  if (action === 'remove') {
    const at = packet.items.findIndex((item) => item.id === id);
    save(removeSkill(packet, id));
    drawResults();
    const neighbour = packet.items[Math.min(at, packet.items.length - 1)];
    if (neighbour) focusItemControl(neighbour.id, '[data-action="remove"]');
    else search.focus();
    announce(status, `Removed ${skill.title}. Your packet has ${skillsWord(packet.items.length)}.`);
    return;
  }
  save(moveSkill(packet, id, action === 'up' ? -1 : 1));
  const position = packet.items.findIndex((item) => item.id === id) + 1;
  const stillMovable =
    list.querySelector<HTMLElement>(`li[data-id="${id}"] [data-action="${action}"]`)?.getAttribute('aria-disabled') !==
    'true';
  focusItemControl(id, `[data-action="${stillMovable ? action : action === 'up' ? 'down' : 'up'}"]`);
  announce(status, `Moved ${skill.title} to position ${position} of ${packet.items.length}.`);
});

list.addEventListener('input', (event) => {
  const note = event.target as HTMLTextAreaElement;
  if (note.dataset.note) save(setNote(packet, note.dataset.note, note.value), false);
});

search.addEventListener('input', drawResults);
search.addEventListener('keydown', (event) => {
  const first = results.querySelector<HTMLButtonElement>('button');
  if (event.key === 'Enter') {
    event.preventDefault();
    const [best] = searchSkills(skills, search.value).filter((skill) => !hasSkill(packet, skill.id));
    if (best) add(best);
  } else if (event.key === 'ArrowDown' && first) {
    event.preventDefault();
    first.focus();
  } else if (event.key === 'Escape') {
    search.value = '';
    drawResults();
  }
});

results.addEventListener('click', (event) => {
  const id = (event.target as Element).closest<HTMLButtonElement>('button[data-add]')?.dataset.add;
  const skill = id ? skillById(id) : undefined;
  if (skill) add(skill);
});
results.addEventListener('keydown', (event) => {
  const buttons = [...results.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? search : buttons[Math.min(next, buttons.length - 1)]).focus();
  } else if (event.key === 'Escape') {
    search.focus();
  }
});

root.querySelector('[data-export="clear"]')!.addEventListener('click', () => {
  if (packet.items.length === 0) {
    announce(status, 'Your packet is already empty.');
    return;
  }
  find('[data-packet-clear-text]').textContent =
    `This removes the ${skillsWord(packet.items.length)} in your packet and your notes on them. It can’t be undone.`;
  clearDialog.returnValue = '';
  clearDialog.showModal();
});

clearDialog.addEventListener('close', () => {
  if (clearDialog.returnValue !== 'clear') {
    root.querySelector<HTMLElement>('[data-export="clear"]')!.focus();
    return;
  }
  save(emptyPacket());
  drawResults();
  search.focus();
  announce(status, 'Cleared your packet.');
});

find('[data-packet-exports]').addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-export]');
  const kind = button?.dataset.export;
  if (!kind || kind === 'clear') return;
  if (packet.items.length === 0) {
    announce(status, 'Your packet is empty: add skills first.');
    return;
  }
  if (kind === 'print') {
    window.print();
    return;
  }
  const text =
    kind === 'markdown'
      ? packetMarkdown(entries(), site)
      : kind === 'rich'
        ? packetText(entries(), site)
        : packetShareUrl(packet, site);
  const html = kind === 'rich' ? packetHtml(entries(), site) : undefined;
  const what = {
    markdown: 'as Markdown',
    rich: 'as rich text',
    share: 'a link to the skills of your packet (your notes stay in this browser)',
  }[kind];
  if (await copyToClipboard(text, html)) {
    status.parentElement?.querySelector('.manual-copy')?.remove();
    announce(
      status,
      kind === 'share' ? `Copied ${what}.` : `Copied your packet of ${skillsWord(packet.items.length)} ${what}.`,
    );
  } else {
    announce(
      status,
      'Your browser didn’t allow copying. The text is selected below: copy it with your keyboard or menu.',
    );
    offerManualCopy(status, text);
  }
});

function missingReport(missing: PacketItem[]): HTMLElement {
  return element(
    'div',
    {},
    element('p', {
      textContent: `${missing.length === 1 ? 'A skill' : `${missing.length} skills`} in your saved packet ${missing.length === 1 ? 'is' : 'are'} no longer in the ladder, so ${missing.length === 1 ? 'it was' : 'they were'} removed. Your notes on ${missing.length === 1 ? 'it' : 'them'}:`,
    }),
    element(
      'ul',
      {},
      ...missing.map((item) =>
        element(
          'li',
          {},
          element('code', { textContent: item.id }),
          item.note.trim() ? element('blockquote', { textContent: item.note }) : ' (no note)',
        ),
      ),
    ),
  );
}

/** A shared link that differs from the saved packet: the reader chooses, since replacing would drop their notes. */
function offerShared(sharedIds: string[]) {
  const titles = sharedIds.map((id) => skillById(id)!.title);
  find('[data-packet-shared-text]').textContent =
    `This link shares a packet of ${skillsWord(sharedIds.length)}: ${titles.join(', ')}. ` +
    `Your saved packet has ${skillsWord(packet.items.length)}; replacing it removes those and your notes on them.`;
  shared.hidden = false;
  shared.addEventListener('click', (event) => {
    const choice = (event.target as Element).closest<HTMLButtonElement>('button[data-shared]')?.dataset.shared;
    if (!choice) return;
    if (choice === 'replace') save(packetFromIds(sharedIds, packet));
    else if (choice === 'add') save(sharedIds.reduce(addSkill, packet));
    else save(packet);
    shared.hidden = true;
    drawResults();
    search.focus();
    announce(
      status,
      choice === 'keep'
        ? `Kept your packet of ${skillsWord(packet.items.length)}.`
        : `Your packet now has ${skillsWord(packet.items.length)}.`,
    );
  });
}

/** Reads the saved packet against the ladder; skills renamed since are followed, removed ones reported with their notes. */
function loadSaved(): Packet {
  const saved = readPacket();
  if (saved.problem) report(saved.problem);
  const resolved = resolvePacket(saved.packet, skillById);
  if (resolved.missing.length > 0) report(missingReport(resolved.missing));
  return resolved.packet;
}

async function start() {
  root.hidden = false;
  let ladder: LadderExport;
  try {
    const response = await fetch(urls.ladderJson());
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    ladder = await response.json();
  } catch (error) {
    loading.hidden = true;
    report(
      `The list of skills couldn’t be loaded (${error instanceof Error ? error.message : 'unknown error'}). Check your connection and reload the page.`,
    );
    return;
  }
  skills = packetSkills(ladder);
  skillById = skillFinder(skills);
  // The export's URLs are absolute with a configured public address, else paths on this host.
  site = publicBase();
  packet = loadSaved();
  void showChangesSince(packet);

  const sharedIds = skillIdsFromQuery(location.search);
  if (sharedIds) {
    const known = sharedIds.flatMap((id) => skillById(id)?.id ?? []);
    const unknown = sharedIds.filter((id) => !skillById(id));
    if (unknown.length > 0)
      report(
        `This link names ${unknown.length === 1 ? 'a skill that is' : 'skills that are'} not in the ladder: ${unknown.join(', ')}.`,
      );
    const resolvedShared = [...new Set(known)];
    if (packet.items.length === 0) packet = packetFromIds(resolvedShared);
    else if (!sameSkills(packet, resolvedShared) && resolvedShared.length > 0) offerShared(resolvedShared);
  }
  save(packet);
  loading.hidden = true;
  editor.hidden = false;
  drawResults();

  onPacketChange(() => {
    const focused = document.activeElement;
    const noteId = focused instanceof HTMLTextAreaElement ? focused.id : undefined;
    const selection = noteId
      ? [(focused as HTMLTextAreaElement).selectionStart, (focused as HTMLTextAreaElement).selectionEnd]
      : undefined;
    packet = loadSaved();
    save(packet);
    drawResults();
    if (noteId && selection) {
      const note = document.getElementById(noteId);
      if (note instanceof HTMLTextAreaElement) {
        note.focus();
        note.setSelectionRange(selection[0], selection[1]);
      }
    }
  });
}

keepPrintedLinksAbsolute();
start();
