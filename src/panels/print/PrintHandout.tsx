import { type ComponentType, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { findChapter } from '../../lesson/chapters';
import { openState, resolveStep } from '../../lesson/stepState';
import type { AppState } from '../../state/appState';
import type { ChapterStates, ModelId } from '../../state/models';
import { linkFor } from '../../state/useUrlSync';
import type { ChapterViewProps } from '../chapterView';
import { chapterViews } from '../chapterViews';
import { KeepQuestionsInPlace } from '../common/AskSlot';
import { PredictScope } from '../common/Predict';

const noop = () => {};

/**
 * Every step of the current chapter, one after another, drawn by the chapter's own view with the
 * current inputs, each step in the state it opens with (StepDef.opens) and with its answers shown. Hidden on screen; in print it is the only thing shown (styles.css, print section).
 */
export function PrintHandout({ state }: { state: AppState }) {
  const { t } = useI18n();
  const chapter = findChapter(state.chapter);
  if (!chapter) return null;
  const id = chapter.id as ModelId;
  const View = chapterViews[id] as ComponentType<ChapterViewProps<ChapterStates[ModelId]>> | undefined;
  if (!View) return null;
  const total = chapter.steps.length;
  return (
    <KeepQuestionsInPlace.Provider value>
    <div className="print-handout" data-testid="print-handout">
      <header className="print-head">
        <p className="print-app">{t('app.title')}</p>
        <h1>{t(chapter.titleKey)}</h1>
        <p className="print-question">{t(chapter.questionKey)}</p>
        <p className="print-link">{t('print.link', { url: linkFor({ ...state, step: chapter.steps[0].id }) })}</p>
      </header>
      {chapter.steps.map((step, i) => {
        const model = openState(step, state.models[id]);
        return (
          <section key={step.id} className="print-step" data-print-step={step.id}>
            <p className="print-step-count">
              {t(chapter.titleKey)} · {t('nav.stepOf', { n: i + 1, total })}
            </p>
            <Suspense fallback={<p className="loading">…</p>}>
              <PredictScope revealed>
                <View chapter={chapter} step={resolveStep(step, model)} state={model} onChange={noop} />
              </PredictScope>
            </Suspense>
          </section>
        );
      })}
      <p className="print-foot">{t('footer.about')}</p>
    </div>
    </KeepQuestionsInPlace.Provider>
  );
}
