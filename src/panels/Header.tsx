import { type Dispatch, type KeyboardEvent, type RefObject, type SetStateAction, useId, useLayoutEffect, useRef, useState } from 'react';
import { LANGS } from '../i18n';
import { useI18n } from '../i18n/I18nContext';
import { chapters, findChapter } from '../lesson/chapters';
import type { Action, AppState } from '../state/appState';
import type { ViewPrefs } from '../state/viewPrefs';
import { ShareButton } from './share/ShareButton';
import { ViewControls } from './ViewControls';
import { plainText, richText } from './common/richText';

/** Room kept between the active chapter and a faded end of the bar (px; the fade is 1.5rem, chrome.css). */
const FADE = 26;

/** Scrolls the chapter bar (not the page) so the active chapter is fully in view, clear of the faded ends: centred when it was not. */
function scrollActiveIntoView(list: HTMLElement | null): void {
  const bar = list?.parentElement;
  const active = list?.querySelector<HTMLElement>('[aria-current="page"]');
  if (!bar || !active) return;
  const left = active.offsetLeft - list.offsetLeft;
  const right = left + active.offsetWidth;
  const start = bar.scrollLeft;
  const end = start + bar.clientWidth;
  const clear = left >= start + (start > 1 ? FADE : 0) && right <= end - (end < bar.scrollWidth - 1 ? FADE : 0);
  if (!clear) bar.scrollLeft = Math.max(0, (left + right) / 2 - bar.clientWidth / 2);
}

/** Which ends of the chapter bar have chapters scrolled out of view: the bar fades there, so a cut chip reads as "more this way". */
function useOverflowEnds(list: RefObject<HTMLOListElement | null>, key: string): { left: boolean; right: boolean } {
  const [ends, setEnds] = useState({ left: false, right: false });
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measured when the chapter, the language or the mode (key) changes
  useLayoutEffect(() => {
    const bar = list.current?.parentElement;
    if (!bar) return;
    const measure = () => {
      const left = bar.scrollLeft > 1;
      const right = bar.scrollLeft + bar.clientWidth < bar.scrollWidth - 1;
      setEnds((e) => (e.left === left && e.right === right ? e : { left, right }));
    };
    measure();
    bar.addEventListener('scroll', measure, { passive: true });
    // The chips change width with the language and the active chapter (its title shows): watch them, not only the bar.
    const resize = new ResizeObserver(measure);
    resize.observe(bar);
    for (const chip of bar.querySelectorAll('li')) resize.observe(chip);
    return () => {
      bar.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [key]);
  return ends;
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
  const more = useOverflowEnds(list, `${state.chapter} ${state.lang} ${view.projector}`);
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
      <nav className="chapter-nav" aria-label={t('nav.chapters')} data-more-left={more.left || undefined} data-more-right={more.right || undefined}>
        <ol ref={list}>
          {chapters.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                aria-current={c.id === state.chapter ? 'page' : undefined}
                onClick={() => dispatch({ type: 'go', chapter: c.id })}
                data-chapter={c.id}
                title={plainText(t(c.titleKey))}
              >
                <span className="chapter-num">{i + 1}</span> <span className="chapter-title">{richText(t(c.titleKey))}</span>
                <span className="chapter-short" aria-hidden="true">
                  {richText(t(c.shortTitleKey))}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {chapter && (
        <p className="projector-chapter" aria-hidden="true">
          {chapters.indexOf(chapter) + 1} · {richText(t(chapter.shortTitleKey))}
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
