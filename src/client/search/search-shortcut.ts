// On every page: the shortcuts to the header's search box. The search itself loads on first use.
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

function typingElsewhere(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

if (form && input) {
  let panel: Promise<unknown> | undefined;
  const enhance = () =>
    (panel ??= import('./search-panel.ts').then(({ attachSearchPanel }) => attachSearchPanel(form, input)));
  input.addEventListener('focus', enhance, { once: true });
  document.addEventListener('keydown', (event) => {
    const modifierK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash =
      event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingElsewhere(event.target);
    if (!modifierK && !slash) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
