import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Lang, type MsgKey, type MsgParams, translate } from './index';

export interface I18n {
  lang: Lang;
  t: (key: MsgKey, params?: MsgParams) => string;
}

const Ctx = createContext<I18n>({ lang: 'en', t: (key, params) => translate('en', key, params) });

/** Provides the current language and its translate function to every panel. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  return useContext(Ctx);
}
