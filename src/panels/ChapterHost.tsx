import { type Dispatch, Suspense } from 'react';
import { findChapter } from '../lesson/chapters';
import type { Action, AppState } from '../state/appState';
import type { ChapterStates, ModelId } from '../state/models';
import type { ChapterViewProps } from './chapterView';
import { chapterViews } from './chapterViews';
import type { ComponentType } from 'react';

/** Renders the current chapter's view for the current step. */
export function ChapterHost({ state, dispatch }: { state: AppState; dispatch: Dispatch<Action> }) {
  const chapter = findChapter(state.chapter);
  if (!chapter) return null;
  const id = chapter.id as ModelId;
  const step = chapter.steps.find((s) => s.id === state.step) ?? chapter.steps[0];
  const View = chapterViews[id] as ComponentType<ChapterViewProps<ChapterStates[ModelId]>>;
  return (
    <Suspense fallback={<p className="loading">…</p>}>
      <View chapter={chapter} step={step} state={state.models[id]} onChange={(next) => dispatch({ type: 'model', id, state: next })} />
    </Suspense>
  );
}
