import { useI18n } from '../i18n/I18nContext';
import { findChapter } from '../lesson/chapters';
import { stepTitle } from '../lesson/stepState';
import type { ModelId } from '../state/models';
import type { AppState } from '../state/appState';
import { plainText } from './common/richText';

/** Announces step changes to screen readers (polite). */
export function LiveRegion({ state }: { state: AppState }) {
  const { t } = useI18n();
  const chapter = findChapter(state.chapter);
  if (!chapter) return null;
  const i = chapter.steps.findIndex((s) => s.id === state.step);
  const step = chapter.steps[i];
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {step ? plainText(t('live.stepChanged', { chapter: t(chapter.titleKey), n: i + 1, total: chapter.steps.length, title: stepTitle(t, chapter, step, state.models[chapter.id as ModelId]) })) : ''}
    </div>
  );
}
