import { useEffect, useReducer } from 'react';
import { translate } from './i18n';
import { I18nProvider } from './i18n/I18nContext';
import { ChapterHost } from './panels/ChapterHost';
import { Header } from './panels/Header';
import { LiveRegion } from './panels/LiveRegion';
import { NoticeBanner } from './panels/NoticeBanner';
import { StepBar } from './panels/StepBar';
import { useStepKeys } from './panels/useStepKeys';
import { reducer } from './state/appState';
import { loadCellParser } from './state/cellParserLoader';
import { saveLang } from './state/storage';
import { readInitialState, useUrlSync } from './state/useUrlSync';

/** The thin shell: state, URL sync, keyboard, and the page's regions. */
export function App() {
  const [state, dispatch] = useReducer(reducer, undefined, readInitialState);
  useUrlSync(state, dispatch);
  useStepKeys(dispatch);
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
      <a className="skip-link" href="#lesson">
        {translate(state.lang, 'app.skipToContent')}
      </a>
      <Header state={state} dispatch={dispatch} />
      <NoticeBanner notice={state.notice} dispatch={dispatch} />
      <main id="lesson" tabIndex={-1}>
        <ChapterHost state={state} dispatch={dispatch} />
      </main>
      <footer className="app-footer">
        <p>{translate(state.lang, 'footer.about')}</p>
      </footer>
      <StepBar state={state} dispatch={dispatch} />
      <LiveRegion state={state} />
    </I18nProvider>
  );
}
