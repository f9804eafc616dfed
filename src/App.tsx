import { useEffect, useReducer, useState } from 'react';
import { translate } from './i18n';
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
import { reducer } from './state/appState';
import { loadCellParser } from './state/cellParserLoader';
import { saveLang } from './state/storage';
import { readInitialState, useUrlSync } from './state/useUrlSync';
import { initialViewPrefs, saveTheme } from './state/viewPrefs';

/** The thin shell: state, URL sync, keyboard, and the page's regions. */
export function App() {
  const [state, dispatch] = useReducer(reducer, undefined, readInitialState);
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
    // The cell parser is not needed to show the first screen: fetch it right after.
    const id = window.setTimeout(() => void loadCellParser(), 200);
    return () => window.clearTimeout(id);
  }, []);
  useEffect(() => {
    saveLang(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(state.lang, 'app.title');
  }, [state.lang]);
  return (
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
  );
}
