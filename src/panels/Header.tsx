import { type Dispatch, type KeyboardEvent, type SetStateAction, useId, useLayoutEffect, useRef, useState } from 'react';
import { LANGS } from '../i18n';
import { useI18n } from '../i18n/I18nContext';
import { chapters, findChapter } from '../lesson/chapters';
import type { Action, AppState } from '../state/appState';
import type { ViewPrefs } from '../state/viewPrefs';
import { ShareButton } from './share/ShareButton';
import { ViewControls } from './ViewControls';

/** Scrolls the chapter bar (not the page) so the active chapter is fully in view. */
function scrollActiveIntoView(list: HTMLElement | null): void {
  const bar = list?.parentElement;
  const active = list?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!bar || !active) return;
  const left = active.offsetLeft - list.offsetLeft;
  const right = left + active.offsetWidth;
  if (left < bar.scrollLeft) bar.scrollLeft = Math.max(0, left - 8);
  else if (right > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = right - bar.clientWidth + 8;
}

/**
 * One compact row: the title, the chapter bar (scrolled so the active chapter is always named) and
 * the tools (display, share, language). On phones and in projector mode the tools fold into a
 * menu; in projector mode the row moves into the step bar's line (chrome.css), showing only the
 * chapter's name and the menu, so the step gets the whole screen above it.
 */
export function Header({ state, dispatch, view, setView }: { state: AppState; dispatch: Dispatch<Action>; view: ViewPrefs; setView: Dispatch<SetStateAction<ViewPrefs>> }) {
  const { t } = useI18n();
  const [menu, setMenu] = useState(false);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the chapter or the language (button widths) changes
  useLayoutEffect(() => scrollActiveIntoView(list.current), [state.chapter, state.lang, view.projector]);
  const chapter = findChapter(state.chapter);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menu) return;
    setMenu(false);
    toggle.current?.focus();
  };
  return (
    <header className="app-header" onKeyDown={onKeyDown}>
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav className="chapter-nav" aria-label={t('nav.chapters')}>
        <ol ref={list}>
          {chapters.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                aria-current={c.id === state.chapter ? 'page' : undefined}
                onClick={() => dispatch({ type: 'go', chapter: c.id })}
                data-chapter={c.id}
                title={t(c.titleKey)}
              >
                <span className="chapter-num">{i + 1}</span> <span className="chapter-title">{t(c.titleKey)}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {chapter && (
        <p className="projector-chapter" aria-hidden="true">
          {chapters.indexOf(chapter) + 1} · {t(chapter.titleKey)}
        </p>
      )}
      <button ref={toggle} type="button" className="menu-toggle" aria-expanded={menu} aria-controls={menuId} onClick={() => setMenu((m) => !m)}>
        <span aria-hidden="true">☰ </span>
        {t('nav.menu')}
      </button>
      <div id={menuId} className={menu ? 'header-tools open' : 'header-tools'} role="group" aria-label={t('nav.settings')}>
        <ViewControls view={view} setView={setView} />
        <ShareButton state={state} />
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l === 'zh' ? 'zh-CN' : 'en'} aria-pressed={state.lang === l} onClick={() => dispatch({ type: 'lang', lang: l })}>
              {t(l === 'zh' ? 'lang.zh' : 'lang.en')}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
