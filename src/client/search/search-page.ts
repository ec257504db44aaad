import { renderHit, SearchUnavailable, searchLadder } from './pagefind-client.ts';

// The /search/ page: the query and filters live in the URL, so every search is a link.
const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const summary = document.getElementById('search-summary')!;
const list = document.getElementById('search-results')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterCount = form.querySelector<HTMLElement>('[data-filter-count]')!;

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

async function run() {
  writeUrl();
  showFilterSummary();
  const text = query.value.trim();
  if (!text) {
    summary.textContent = 'Type a word or two: a skill, a practice, an idea.';
    list.replaceChildren();
    clearCounts();
    return;
  }
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
  try {
    const outcome = await searchLadder(text, filters, 50, true);
    if (query.value.trim() !== text) return;
    showCounts(outcome.filters);
    summary.textContent =
      outcome.total === 0
        ? `No results for “${text}”.`
        : `${outcome.total} result${outcome.total === 1 ? '' : 's'} for “${text}”${outcome.total > outcome.hits.length ? `, the first ${outcome.hits.length} shown` : ''}.`;
    list.replaceChildren(
      ...outcome.hits.map((hit) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.className = 'search-hit';
        renderHit(hit, link);
        item.append(link);
        return item;
      }),
    );
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
query.addEventListener('input', run);
for (const select of selects) select.addEventListener('change', run);
run();
