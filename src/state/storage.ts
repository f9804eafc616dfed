/** The remembered language preference (localStorage may be unavailable: private mode, file://). */
import { isLang, type Lang } from '../i18n/lang';

const KEY = 'kv-cache-tutorial.lang';

/** The remembered language, else the browser's (zh* → zh), else English. */
export function loadLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage unavailable: fall through to the browser's language
  }
  const nav = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return nav.some((l) => typeof l === 'string' && l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/** Remembers the language; silently does nothing where storage is unavailable. */
export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // nothing to do
  }
}
