import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Lang, type MsgKey, type MsgParams, translate, translateCount } from './index';

export interface I18n {
  lang: Lang;
  t: (key: MsgKey, params?: MsgParams) => string;
  /** A message that counts: the singular form ("1 row") when count is 1 in this language (translateCount). */
  tn: (key: MsgKey, count: number, params?: MsgParams) => string;
}

const Ctx = createContext<I18n>({ lang: 'en', t: (key, params) => translate('en', key, params), tn: (key, n, params) => translateCount('en', key, n, params) });

/** Provides the current language and its translate function to every panel. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params), tn: (key, n, params) => translateCount(lang, key, n, params) }), [lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  return useContext(Ctx);
}
