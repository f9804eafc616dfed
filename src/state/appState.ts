import type { Lang, MsgKey, MsgParams } from '../i18n';
import { chapters, findChapter } from '../lesson/chapters';
import { type Playback, STOPPED } from '../lesson/playback';
import { openState } from '../lesson/stepState';
import { type ChapterStates, defaultStates, type ModelId } from './models';

/** A message shown in a banner (e.g. a broken shared link). */
export interface Notice {
  key: MsgKey;
  params?: MsgParams;
}

/** The whole app state: where the reader is, in which language, and every chapter's inputs. */
export interface AppState {
  lang: Lang;
  chapter: string;
  step: string;
  models: ChapterStates;
  notice: Notice | null;
  /** Whether the current chapter's sequence plays on its own, and how fast (lesson/playback.ts). */
  play: Playback;
}

export type Action =
  | { type: 'go'; chapter: string; step?: string }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'lang'; lang: Lang }
  | { type: 'model'; id: ModelId; state: ChapterStates[ModelId] }
  | { type: 'load'; state: AppState }
  | { type: 'dismiss' }
  | { type: 'play'; play: Playback };

/** The first step of the first chapter, default inputs (as that step opens them), in lang. */
export function initialState(lang: Lang): AppState {
  const base: AppState = { lang, chapter: chapters[0].id, step: chapters[0].steps[0].id, models: defaultStates(), notice: null, play: STOPPED };
  return arrive(base, base.chapter, base.step);
}

/**
 * s at chapter/step. Arriving at a different step sets the fields that step declares (StepDef.opens)
 * in its chapter's state, so every step opens in the state that shows its lesson.
 */
export function arrive(s: AppState, chapter: string, step: string): AppState {
  const st = findChapter(chapter)?.steps.find((x) => x.id === step);
  const id = chapter as ModelId;
  const model = Object.hasOwn(s.models, id) ? s.models[id] : undefined;
  const opened = model === undefined ? model : openState(st, model);
  const models = opened === model ? s.models : { ...s.models, [id]: opened };
  // Moving to another step stops playback (its speed is kept).
  return { ...s, chapter, step, models, play: s.play.playing ? { ...s.play, playing: false } : s.play };
}

/** Position of the current step in the flat list of all steps. */
function flatIndex(s: AppState): { flat: { chapter: string; step: string }[]; i: number } {
  const flat = chapters.flatMap((c) => c.steps.map((st) => ({ chapter: c.id, step: st.id })));
  return { flat, i: Math.max(0, flat.findIndex((x) => x.chapter === s.chapter && x.step === s.step)) };
}

/** The app's reducer: navigation crosses chapter boundaries; Home/End stay within the chapter. */
export function reducer(s: AppState, a: Action): AppState {
  switch (a.type) {
    case 'go': {
      const c = findChapter(a.chapter);
      if (!c) return s;
      const step = c.steps.some((st) => st.id === a.step) ? (a.step as string) : c.steps[0].id;
      return c.id === s.chapter && step === s.step ? s : arrive(s, c.id, step);
    }
    case 'next':
    case 'prev': {
      const { flat, i } = flatIndex(s);
      const j = Math.min(flat.length - 1, Math.max(0, i + (a.type === 'next' ? 1 : -1)));
      return j === i ? s : arrive(s, flat[j].chapter, flat[j].step);
    }
    case 'first':
    case 'last': {
      const c = findChapter(s.chapter) ?? chapters[0];
      const step = c.steps[a.type === 'first' ? 0 : c.steps.length - 1].id;
      return c.id === s.chapter && step === s.step ? s : arrive(s, c.id, step);
    }
    case 'lang':
      return s.lang === a.lang ? s : { ...s, lang: a.lang };
    case 'model':
      return { ...s, models: { ...s.models, [a.id]: a.state } };
    case 'load':
      return a.state;
    case 'dismiss':
      return { ...s, notice: null };
    case 'play':
      return s.play.playing === a.play.playing && s.play.speed === a.play.speed ? s : { ...s, play: a.play };
  }
}
