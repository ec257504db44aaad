import { loadPagefind, renderHit, SearchUnavailable, searchLadder, type SearchHit } from './pagefind-client.ts';

/**
 * Turns the header's search box into a combobox: results as you type, arrows to move, Enter to open,
 * Escape to close. Without this script the box still submits to /search/.
 */
export function attachSearchPanel(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[aria-live]')!;
  let hits: SearchHit[] = [];
  let active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', popup.id);
  input.setAttribute('aria-expanded', 'false');

  const optionId = (i: number) => `${popup.id}-${i}`;
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    popup
      .querySelectorAll('[role="option"]')
      .forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
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
  const show = (query: string, found: SearchHit[], total: number) => {
    hits = found;
    if (found.length === 0) return showMessage(`No results for “${query}”.`);
    const options = found.map((hit, i) => {
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
    const all = document.createElement('a');
    all.className = 'search-all';
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.tabIndex = -1;
    all.textContent =
      total > found.length ? `All ${total} results, with filters` : 'Open in the search page, with filters';
    popup.replaceChildren(...options, all);
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
    status.textContent = `${total} result${total === 1 ? '' : 's'}. Use the arrow keys to choose one.`;
  };

  const update = async () => {
    const query = input.value.trim();
    if (query === '') return close();
    try {
      const outcome = await searchLadder(query);
      if (input.value.trim() === query) show(query, outcome.hits, outcome.total);
    } catch (error) {
      if (error instanceof SearchUnavailable) showMessage(error.message);
      else throw error;
    }
  };

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (!popup.hidden) close();
      else input.blur();
      event.preventDefault();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      if (popup.hidden) show(input.value.trim(), hits, hits.length);
      // Moving past either end returns to the input (-1), as in a native combobox.
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      highlight(next >= hits.length ? -1 : next < -1 ? hits.length - 1 : next);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.assign(hits[active].url);
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && hits.length > 0) show(input.value.trim(), hits, hits.length);
  });
  // Warm the index while the reader is still typing the first letters.
  loadPagefind().catch(() => undefined);
  if (input.value.trim() !== '') update();
}
