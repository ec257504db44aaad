// The reader's theme. public/theme.js applies a saved choice before the first paint (it cannot import this module,
// so test/navigation/navigation.test.ts checks that it uses the same key); src/client/navigation/theme-switch.ts changes it.

/** Where the reader's choice is kept in localStorage; nothing is kept for Auto. */
export const themeStorageKey = 'rungs:theme';

export type Theme = 'auto' | 'light' | 'dark';

export const themeChoices: { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** A stored value as a theme; anything unknown (or nothing) means Auto. */
export function storedTheme(raw: string | null): Theme {
  return raw === 'light' || raw === 'dark' ? raw : 'auto';
}
