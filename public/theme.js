// Loaded blocking in <head>, so a page never paints in the wrong theme: applies the reader's saved choice
// (key 'rungs:theme', see src/lib/navigation/theme.ts) before the stylesheet's colours are used.
try {
  var theme = localStorage.getItem('rungs:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // Storage may be refused (privacy settings): the page then follows the system's setting.
}
