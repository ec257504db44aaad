import { moreResultsLabel, resultPageSizes } from '../../lib/search/shown-results.ts';
import { TypingRhythm } from '../../lib/search/typing-rhythm.ts';
import {
  indexScopeOf,
  loadPagefind,
  renderHit,
  SearchUnavailable,
  searchLadder,
  type SearchHit,
  type SearchOutcome,
} from './pagefind-client.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Turns the header's search box into a combobox: results as you type, arrows to move, Enter to open,
 * Escape to close. Without this script the box still submits to the ladder's search page.
 */
export function attachSearchPanel(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[aria-live]')!;
  const scope = indexScopeOf(form);
  const pageSize = resultPageSizes.panel;
  /** What the panel shows: the query, its outcome and the hits shown so far. */
  let shown: { query: string; outcome: SearchOutcome; hits: SearchHit[] } | undefined;
  let active = -1;
  const typing = new TypingRhythm();

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', popup.id);
  input.setAttribute('aria-expanded', 'false');

  const optionId = (i: number) => `${popup.id}-${i}`;
  const options = () => [...popup.querySelectorAll<HTMLElement>('[role="option"]')];
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', optionId(index));
      document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const showMessage = (text: string) => {
    const message = document.createElement('p');
    message.className = 'search-message';
    message.textContent = text;
    popup.replaceChildren(message);
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = text;
  };
  const render = (highlighted = -1) => {
    if (!shown) return;
    const { query, outcome, hits } = shown;
    if (hits.length === 0) return showMessage(`No results for “${query}”.`);
    const found = hits.map((hit, i) => {
      const option = document.createElement('a');
      option.id = optionId(i);
      option.href = hit.url;
      option.className = 'search-hit';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
      renderHit(hit, option);
      return option;
    });
    const rest = outcome.total - hits.length;
    // The next results are an option of their own, so the arrow keys and Enter reach them as they reach a result.
    const more = document.createElement('div');
    more.id = optionId(hits.length);
    more.className = 'search-hit search-more';
    more.setAttribute('role', 'option');
    more.setAttribute('aria-selected', 'false');
    more.textContent = moreResultsLabel(rest, pageSize);
    more.addEventListener('mousedown', (event) => event.preventDefault());
    more.addEventListener('click', () => showMore());
    const all = document.createElement('a');
    all.className = 'search-all';
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.tabIndex = -1;
    all.textContent =
      outcome.total > hits.length
        ? `All ${outcome.total} results, with filters`
        : 'Open in the search page, with filters';
    popup.replaceChildren(...found, ...(rest > 0 ? [more] : []), all);
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(highlighted);
  };
  const show = (query: string, outcome: SearchOutcome, hits: SearchHit[]) => {
    shown = { query, outcome, hits };
    render();
    status.textContent = `${outcome.total} result${outcome.total === 1 ? '' : 's'}. Use the arrow keys to choose one.`;
  };
  /** Shows the next page of results, fetching their fragments only now, and moves to the first of them. */
  const showMore = async () => {
    if (!shown) return;
    const current = shown;
    const next = await current.outcome.hits(current.hits.length, pageSize);
    if (shown !== current) return;
    const first = current.hits.length;
    shown = { ...current, hits: [...current.hits, ...next] };
    render(first);
    status.textContent = `${shown.hits.length} of ${current.outcome.total} results shown.`;
    input.focus();
  };

  const still = (query: string) => input.value.trim() === query;
  const update = async () => {
    const query = input.value.trim();
    if (query === '') return close();
    try {
      const outcome = await searchLadder(scope, query);
      if (!still(query)) return;
      const ready = outcome.loadedHits(0, pageSize);
      if (ready) return show(query, outcome, ready);
      await sleep(typing.untilSettled(performance.now()));
      if (!still(query)) return;
      const hits = await outcome.hits(0, pageSize);
      if (still(query)) show(query, outcome, hits);
    } catch (error) {
      if (error instanceof SearchUnavailable) showMessage(error.message);
      else throw error;
    }
  };

  input.addEventListener('input', () => {
    typing.keystroke(performance.now());
    update();
  });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'Escape') {
      if (!popup.hidden) close();
      else input.blur();
      event.preventDefault();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!shown || shown.hits.length === 0) return;
      event.preventDefault();
      if (popup.hidden) render();
      // Moving past either end returns to the input (-1), as in a native combobox.
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      highlight(next >= count ? -1 : next < -1 ? count - 1 : next);
    } else if (event.key === 'Enter' && active >= 0 && shown) {
      event.preventDefault();
      if (active < shown.hits.length) window.location.assign(shown.hits[active].url);
      else showMore();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (shown && still(shown.query)) render();
  });
  // Warm the index while the reader is still typing the first letters.
  loadPagefind(scope).catch(() => undefined);
  // Letters typed while this script loaded count as typed now.
  if (input.value.trim() !== '') {
    typing.foundTyped(performance.now());
    update();
  }
}
