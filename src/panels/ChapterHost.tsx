import { type Dispatch, Suspense, useMemo } from 'react';
import type { Playback } from '../lesson/playback';
import { findChapter } from '../lesson/chapters';
import { resolveStep } from '../lesson/stepState';
import type { Action, AppState } from '../state/appState';
import type { ChapterStates, ModelId } from '../state/models';
import type { ChapterViewProps } from './chapterView';
import { chapterViews } from './chapterViews';
import type { ComponentType } from 'react';
import { PredictScope } from './common/Predict';
import { PlaybackCtx } from './playback/PlaybackContext';

/** Renders the current chapter's view for the current step (its text resolved for the current switches; one prediction scope per step). */
export function ChapterHost({ state, dispatch }: { state: AppState; dispatch: Dispatch<Action> }) {
  const playback = useMemo(() => ({ play: state.play, setPlay: (play: Playback) => dispatch({ type: 'play', play }) }), [state.play, dispatch]);
  const chapter = findChapter(state.chapter);
  if (!chapter) return null;
  const id = chapter.id as ModelId;
  const step = chapter.steps.find((s) => s.id === state.step) ?? chapter.steps[0];
  const View = chapterViews[id] as ComponentType<ChapterViewProps<ChapterStates[ModelId]>>;
  const model = state.models[id];
  return (
    <Suspense fallback={<p className="loading">…</p>}>
      <PlaybackCtx.Provider value={playback}>
        <PredictScope key={`${id}/${step.id}`}>
          <View chapter={chapter} step={resolveStep(step, model)} state={model} onChange={(next) => dispatch({ type: 'model', id, state: next })} />
        </PredictScope>
      </PlaybackCtx.Provider>
    </Suspense>
  );
}
