import { type Dispatch, type RefObject, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { findChapter } from '../lesson/chapters';
import { stepTitle } from '../lesson/stepState';
import type { Action, AppState } from '../state/appState';
import type { ModelId } from '../state/models';
import { plainText, richText } from './common/richText';

/**
 * Keeps --bar-h (the fixed bar's height) on the root element, so the page's bottom padding and
 * scroll-padding keep every focused control clear of the bar (WCAG 2.4.11) at any zoom or width.
 */
function useBarHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--bar-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(set);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
}

/**
 * The persistent step bar, one row: ← Back, the chapter's name and "Step n of N", a button per
 * step, Next →. Buttons are named by their visible labels (WCAG 2.5.3); their keys are announced
 * with aria-keyshortcuts.
 */
export function StepBar({ state, dispatch }: { state: AppState; dispatch: Dispatch<Action> }) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  useBarHeight(ref);
  const chapter = findChapter(state.chapter);
  if (!chapter) return null;
  const i = chapter.steps.findIndex((s) => s.id === state.step);
  const total = chapter.steps.length;
  const model = state.models[chapter.id as ModelId];
  return (
    <nav className="step-bar" aria-label={t('nav.stepList')} ref={ref}>
      <button type="button" onClick={() => dispatch({ type: 'prev' })} aria-keyshortcuts="ArrowLeft PageUp" data-nav="prev">
        {t('nav.prevShort')}
      </button>
      <div className="step-bar-middle">
        <p className="step-count" data-testid="step-count">
          <span className="chapter-name" title={plainText(t(chapter.titleKey))}>
            {richText(t(chapter.shortTitleKey))}
          </span> <strong>{t('nav.stepOf', { n: i + 1, total })}</strong>
        </p>
        <ol className="step-dots">
          {chapter.steps.map((s, j) => (
            <li key={s.id}>
              <button
                type="button"
                data-step={s.id}
                aria-current={j === i ? 'step' : undefined}
                aria-label={plainText(t('nav.goToStep', { n: j + 1, title: stepTitle(t, chapter, s, model) }))}
                title={plainText(stepTitle(t, chapter, s, model))}
                onClick={() => dispatch({ type: 'go', chapter: chapter.id, step: s.id })}
              >
                {j + 1}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <button type="button" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="ArrowRight PageDown Space" data-nav="next">
        {t('nav.nextShort')}
      </button>
    </nav>
  );
}
