import { ladderUrls } from '../../lib/links/urls.ts';

// The comparison picker: goes straight to the chosen pair's page. Without this script the form lands on the list of
// every pair on the comparisons page. The form names the scope of the ladder whose levels it offers.

for (const form of document.querySelectorAll<HTMLFormElement>('[data-compare-picker]')) {
  const status = form.querySelector('[data-compare-status]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const from = String(data.get('from'));
    const to = String(data.get('to'));
    if (from === to) {
      status.textContent = 'Pick two different levels to compare.';
      return;
    }
    location.assign(ladderUrls(form.dataset.compareScope ?? '').compare(from, to));
  });
}
