import type { Dispatch } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { findChapter } from '../lesson/chapters';
import { stepTitle } from '../lesson/stepState';
import type { Action, AppState } from '../state/appState';
import type { ModelId } from '../state/models';

/** Persistent step bar: ← / → buttons, "step n of N", the chapter's name and a button per step. */
export function StepBar({ state, dispatch }: { state: AppState; dispatch: Dispatch<Action> }) {
  const { t } = useI18n();
  const chapter = findChapter(state.chapter);
  if (!chapter) return null;
  const i = chapter.steps.findIndex((s) => s.id === state.step);
  const total = chapter.steps.length;
  const model = state.models[chapter.id as ModelId];
  return (
    <nav className="step-bar" aria-label={t('nav.stepList')}>
      <button type="button" onClick={() => dispatch({ type: 'prev' })} aria-label={t('nav.prev')} data-nav="prev">
        {t('nav.prevShort')}
      </button>
      <div className="step-bar-middle">
        <div className="step-count" data-testid="step-count">
          <span className="chapter-name">{t(chapter.titleKey)} · </span><strong>{t('nav.stepOf', { n: i + 1, total })}</strong>
        </div>
        <ol className="step-dots">
          {chapter.steps.map((s, j) => (
            <li key={s.id}>
              <button
                type="button"
                data-step={s.id}
                aria-current={j === i ? 'step' : undefined}
                aria-label={t('nav.goToStep', { n: j + 1, title: stepTitle(t, chapter, s, model) })}
                title={stepTitle(t, chapter, s, model)}
                onClick={() => dispatch({ type: 'go', chapter: chapter.id, step: s.id })}
              >
                {j + 1}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <button type="button" onClick={() => dispatch({ type: 'next' })} aria-label={t('nav.next')} data-nav="next">
        {t('nav.nextShort')}
      </button>
    </nav>
  );
}
