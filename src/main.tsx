import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadMessages } from './i18n';
import { readInitialState } from './state/useUrlSync';
import './styles.css';
import './chrome.css';

const root = document.getElementById('root');
if (root) {
  // The first screen's messages (this language, this chapter) arrive before the first render.
  const initial = readInitialState();
  await loadMessages(initial.lang, initial.chapter).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  );
}
