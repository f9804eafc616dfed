import type { Dispatch, ReactNode } from 'react';
import { LANGS } from '../i18n';
import { useI18n } from '../i18n/I18nContext';
import { chapters } from '../lesson/chapters';
import type { Action, AppState } from '../state/appState';
import { ShareButton } from './share/ShareButton';

/** Title, chapter list and language switch. */
export function Header({ state, dispatch, tools }: { state: AppState; dispatch: Dispatch<Action>; tools?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-tools">
      {tools}
      <ShareButton state={state} />
      <div className="lang-switch" role="group" aria-label={t('lang.label')}>
        {LANGS.map((l) => (
          <button key={l} type="button" lang={l === 'zh' ? 'zh-CN' : 'en'} aria-pressed={state.lang === l} onClick={() => dispatch({ type: 'lang', lang: l })}>
            {t(l === 'zh' ? 'lang.zh' : 'lang.en')}
          </button>
        ))}
      </div>
      </div>
      <nav className="chapter-nav" aria-label={t('nav.chapters')}>
        <ol>
          {chapters.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                aria-current={c.id === state.chapter ? 'page' : undefined}
                onClick={() => dispatch({ type: 'go', chapter: c.id })}
                data-chapter={c.id}
              >
                <span className="chapter-num">{i + 1}</span> {t(c.titleKey)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}
