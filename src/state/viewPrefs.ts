/** How the page is shown (not what it teaches): theme, projector mode, predictions, blank screen. */

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface ViewPrefs {
  theme: Theme;
  /** Large type for the back of a room, editing chrome hidden. */
  projector: boolean;
  /** Ask for a guess before revealing (a teacher may turn this off to reveal directly). */
  predictions: boolean;
  /** Presentation clickers' "blank screen". */
  blank: boolean;
}

const KEY = 'kv-cache-tutorial.theme';

/** The remembered theme, or 'system'. */
export function loadTheme(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the theme (silently nothing where storage is unavailable). */
export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // nothing to do
  }
}

/** The starting view: remembered theme, normal mode, predictions on. */
export function initialViewPrefs(): ViewPrefs {
  return { theme: loadTheme(), projector: false, predictions: true, blank: false };
}
