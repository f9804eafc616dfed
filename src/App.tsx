import { type ReactNode, Suspense, use, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { type Lang, loadAllMessages, loadMessages, messagesLoaded, translate } from './i18n';
import { I18nProvider } from './i18n/I18nContext';
import { ChapterHost } from './panels/ChapterHost';
import { Header } from './panels/Header';
import { LiveRegion } from './panels/LiveRegion';
import { NoticeBanner } from './panels/NoticeBanner';
import { PrintSupport } from './panels/print/PrintSupport';
import { StepBar } from './panels/StepBar';
import { useStepFocus } from './panels/useStepFocus';
import { useStepKeys } from './panels/useStepKeys';
import { useViewKeys } from './panels/useViewKeys';
import { ViewProvider } from './panels/ViewContext';
import { type Action, type AppState, reducer } from './state/appState';
import { loadCellParser } from './state/cellParserLoader';
import { saveLang } from './state/storage';
import { readInitialState, useUrlSync } from './state/useUrlSync';
import { initialViewPrefs, saveTheme } from './state/viewPrefs';

/** Renders its children once the messages of `lang` and `chapter` are loaded (suspends until then). */
function Messages({ lang, chapter, children }: { lang: Lang; chapter: string; children: ReactNode }) {
  use(loadMessages(lang, chapter));
  return children;
}

/** Runs `fn` once the browser is idle, `delay` ms after now at the earliest. */
function whenIdle(fn: () => void, delay: number): () => void {
  let idle = 0;
  const timer = window.setTimeout(() => {
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(fn, { timeout: 4000 });
    else fn();
  }, delay);
  return () => {
    window.clearTimeout(timer);
    if (idle && 'cancelIdleCallback' in window) window.cancelIdleCallback(idle);
  };
}

/** Actions that may open a screen whose messages are not loaded yet (another chapter or language). */
const NAVIGATION = new Set<Action['type']>(['go', 'next', 'prev', 'first', 'last', 'lang', 'load']);

/** The thin shell: state, URL sync, keyboard, and the page's regions. */
export function App({ initial }: { initial?: AppState }) {
  const [state, send] = useReducer(reducer, initial, (s) => s ?? readInitialState());
  // A move to a screen whose messages are not here yet waits for them (the current screen stays);
  // everything else, and every move once they are loaded (idle prefetch), happens at once.
  const latest = useRef(state);
  latest.current = state;
  const dispatch = useCallback((a: Action) => {
    if (!NAVIGATION.has(a.type)) return send(a);
    const next = reducer(latest.current, a);
    if (messagesLoaded(next.lang, next.chapter)) return send(a);
    void loadMessages(next.lang, next.chapter).then(
      () => send(a),
      () => send(a),
    );
  }, []);
  useUrlSync(state, dispatch);
  useStepKeys(dispatch);
  useStepFocus(state.chapter, state.step);
  const [view, setView] = useState(initialViewPrefs);
  useViewKeys(view, setView, dispatch);
  useEffect(() => {
    saveTheme(view.theme);
    const root = document.documentElement;
    if (view.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = view.theme;
    root.toggleAttribute('data-projector', view.projector);
  }, [view.theme, view.projector]);
  useEffect(() => {
    // Not needed for the first screen: the cell parser comes on the first focus of a field or when
    // the browser is idle; every other catalog (other chapters, the other language) when idle.
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLInputElement) void loadCellParser();
    };
    window.addEventListener('focusin', onFocus);
    const cancel = whenIdle(() => {
      void loadCellParser();
      void loadAllMessages();
    }, 2500);
    return () => {
      window.removeEventListener('focusin', onFocus);
      cancel();
    };
  }, []);
  useEffect(() => {
    saveLang(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(state.lang, 'app.title');
  }, [state.lang]);
  return (
    <Suspense fallback={null}>
    <Messages lang={state.lang} chapter={state.chapter}>
    <I18nProvider lang={state.lang}>
      <ViewProvider value={view}>
      <a className="skip-link" href="#lesson">
        {translate(state.lang, 'app.skipToContent')}
      </a>
      <Header state={state} dispatch={dispatch} view={view} setView={setView} />
      <NoticeBanner notice={state.notice} dispatch={dispatch} />
      <main id="lesson" tabIndex={-1}>
        <ChapterHost state={state} dispatch={dispatch} />
      </main>
      <PrintSupport state={state} />
      <footer className="app-footer">
        <p>{translate(state.lang, 'footer.about')}</p>
      </footer>
      <StepBar state={state} dispatch={dispatch} />
      <LiveRegion state={state} />
      {view.blank && (
        <div className="blank-screen" role="dialog" aria-modal="true" aria-label={translate(state.lang, 'view.blank')}>
          <p>{translate(state.lang, 'view.blankHint')}</p>
        </div>
      )}
      </ViewProvider>
    </I18nProvider>
    </Messages>
    </Suspense>
  );
}
