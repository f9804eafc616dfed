/**
 * The languages, without the catalogs: what the URL codec and storage need (and what Node-side test
 * code may import: the catalogs' module uses Vite-only imports).
 */

/** The two languages the tutorial ships in. */
export type Lang = 'en' | 'zh';
/** Both languages, Chinese first (the order of the language switch). */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Narrows an unknown string to a language. */
export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'zh';
}
