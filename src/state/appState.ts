import type { Lang, MsgKey, MsgParams } from '../i18n';
import { chapters, findChapter } from '../lesson/chapters';
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
  | { type: 'dismiss' };

/** The first step of the first chapter, default inputs, in lang. */
export function initialState(lang: Lang): AppState {
  return { lang, chapter: chapters[0].id, step: chapters[0].steps[0].id, models: defaultStates(), notice: null };
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
      return { ...s, chapter: c.id, step };
    }
    case 'next':
    case 'prev': {
      const { flat, i } = flatIndex(s);
      const j = Math.min(flat.length - 1, Math.max(0, i + (a.type === 'next' ? 1 : -1)));
      return j === i ? s : { ...s, ...flat[j] };
    }
    case 'first':
    case 'last': {
      const c = findChapter(s.chapter) ?? chapters[0];
      return { ...s, step: c.steps[a.type === 'first' ? 0 : c.steps.length - 1].id };
    }
    case 'lang':
      return s.lang === a.lang ? s : { ...s, lang: a.lang };
    case 'model':
      return { ...s, models: { ...s.models, [a.id]: a.state } };
    case 'load':
      return a.state;
    case 'dismiss':
      return { ...s, notice: null };
  }
}
