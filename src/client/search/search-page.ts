import { moreResultsLabel, resultPageSizes } from '../../lib/search/shown-results.ts';
import { TypingRhythm } from '../../lib/search/typing-rhythm.ts';
import { indexScopeOf, renderHit, SearchUnavailable, searchLadder, type SearchOutcome } from './pagefind-client.ts';

// A ladder's search page: the query and filters live in the URL, so every search is a link.
const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const summary = document.getElementById('search-summary')!;
const list = document.getElementById('search-results')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const everyLadder = document.querySelector<HTMLAnchorElement>('[data-search-every-ladder]');
const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterCount = form.querySelector<HTMLElement>('[data-filter-count]')!;
const scope = indexScopeOf(form);
const pageSize = resultPageSizes.page;
const typing = new TypingRhythm();

function readUrl() {
  const params = new URLSearchParams(window.location.search);
  query.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
}

function writeUrl() {
  const params = new URLSearchParams();
  if (query.value.trim()) params.set('q', query.value.trim());
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
  // Another ladder's search page links to the search of every ladder, with the same words.
  if (everyLadder) {
    const every = new URL(everyLadder.href);
    every.search = query.value.trim() ? `?q=${encodeURIComponent(query.value.trim())}` : '';
    everyLadder.href = every.href;
  }
}

/** Shows how many results each filter value would give for this query, so a reader never picks an empty one blind. */
function showCounts(counts: Record<string, Record<string, number>>) {
  for (const select of selects) {
    for (const option of select.options) {
      if (!option.value) continue;
      option.textContent = `${option.dataset.label} (${counts[select.name]?.[option.value] ?? 0})`;
    }
  }
}

/** Before a query there is nothing to count: the options read as plain names. */
function clearCounts() {
  for (const select of selects)
    for (const option of select.options) if (option.value) option.textContent = option.dataset.label ?? option.value;
}

/** On narrow screens the filters fold behind one button, which says how many are in use. */
function showFilterSummary() {
  const active = selects.filter((select) => select.value).length;
  filterCount.textContent = active === 0 ? '' : ` (${active} in use)`;
}

/** The query whose results are listed, and how many of them are shown. */
let listed: { text: string; outcome: SearchOutcome; shown: number } | undefined;

function describe(text: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${text}”.`;
  const count = `${total} result${total === 1 ? '' : 's'} for “${text}”`;
  return shown < total ? `${count}, ${shown === pageSize ? `the first ${shown}` : shown} shown.` : `${count}.`;
}

/** Appends the next page of results, fetching the fragments of those results only. */
async function showNext(): Promise<void> {
  const current = listed;
  if (!current) return;
  const hits = await current.outcome.hits(current.shown, pageSize);
  if (listed !== current) return;
  const items = hits.map((hit) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.url;
    link.className = 'search-hit';
    renderHit(hit, link);
    item.append(link);
    return item;
  });
  if (current.shown === 0) list.replaceChildren(...items);
  else list.append(...items);
  current.shown += hits.length;
  const rest = current.outcome.total - current.shown;
  summary.textContent = describe(current.text, current.outcome.total, current.shown);
  more.hidden = rest <= 0;
  more.textContent = moreResultsLabel(rest, pageSize);
}

/** Counts the searches run, so one that a newer query or filter has superseded drops its outcome. */
let runs = 0;

async function run() {
  const thisRun = ++runs;
  writeUrl();
  showFilterSummary();
  const text = query.value.trim();
  listed = undefined;
  if (!text) {
    summary.textContent = 'Type a word or two: a skill, a practice, an idea.';
    list.replaceChildren();
    more.hidden = true;
    clearCounts();
    return;
  }
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
  try {
    const outcome = await searchLadder(scope, text, filters, true);
    if (thisRun !== runs) return;
    showCounts(outcome.filters);
    if (!outcome.loadedHits(0, pageSize)) {
      await new Promise((resolve) => setTimeout(resolve, typing.untilSettled(performance.now())));
      if (thisRun !== runs) return;
    }
    listed = { text, outcome, shown: 0 };
    if (outcome.total === 0) {
      summary.textContent = describe(text, 0, 0);
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    await showNext();
  } catch (error) {
    if (!(error instanceof SearchUnavailable)) throw error;
    summary.textContent = error.message;
  }
}

readUrl();
// Wide screens have room for the filters beside the results; phones keep them folded until asked.
filterPanel.open = matchMedia('(min-width: 48rem)').matches || selects.some((select) => select.value);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
query.addEventListener('input', () => {
  typing.keystroke(performance.now());
  run();
});
for (const select of selects) select.addEventListener('change', run);
more.addEventListener('click', async () => {
  const first = list.children.length;
  await showNext();
  // Keyboard readers land on the first of the new results, not back at the top.
  list.children[first]?.querySelector<HTMLElement>('a')?.focus();
});
run();
