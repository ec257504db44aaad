import { storedTheme, themeStorageKey, type Theme } from '../../lib/navigation/theme.ts';

// The theme switch in the menu: the choice is applied at once and kept, and public/theme.js applies it on every load.
const select = document.querySelector<HTMLSelectElement>('[data-theme-choice]');

function apply(theme: Theme): void {
  if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
  if (select) select.value = theme;
}

function saved(): Theme {
  try {
    return storedTheme(localStorage.getItem(themeStorageKey));
  } catch {
    return 'auto';
  }
}

if (select) {
  apply(saved());
  select.addEventListener('change', () => {
    const theme = storedTheme(select.value);
    apply(theme);
    try {
      if (theme === 'auto') localStorage.removeItem(themeStorageKey);
      else localStorage.setItem(themeStorageKey, theme);
    } catch {
      // Without storage the choice lasts for this page only.
    }
  });
  window.addEventListener('storage', (event) => {
    if (event.key === themeStorageKey || event.key === null) apply(saved());
  });
}
