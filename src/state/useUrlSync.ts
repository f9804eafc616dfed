/** The only code that touches window.location and history: reads the initial state, keeps the hash in step. */
import { type Dispatch, useEffect } from 'react';
import { type Action, type AppState, initialState } from './appState';
import { loadLang } from './storage';
import { decodeHash, encodeHash } from './urlCodec';

/** The state from the current URL (or the defaults, with a notice when the link is broken). */
export function readInitialState(): AppState {
  return decodeHash(window.location.hash, initialState(loadLang()));
}

/** The current page URL for a state (for "copy link"). */
export function linkFor(state: AppState): string {
  return `${window.location.href.split('#')[0]}${encodeHash(state)}`;
}

/** Writes every state change into the hash (replaceState) and loads a hash the reader types or pastes. */
export function useUrlSync(state: AppState, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    const hash = encodeHash(state);
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [state]);
  useEffect(() => {
    const onHash = () => {
      if (window.location.hash === encodeHash(state)) return;
      dispatch({ type: 'load', state: decodeHash(window.location.hash, initialState(state.lang)) });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [state, dispatch]);
}
