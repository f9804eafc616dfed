/** The only code that touches window.location and history: reads the initial state, keeps the hash in step. */
import { type Dispatch, useEffect, useRef } from 'react';
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

/** Shortest gap between two history writes: browsers throttle (and warn about) faster replaceState calls. */
const WRITE_GAP_MS = 120;

/**
 * Writes every state change into the hash (replaceState) and loads a hash the reader types or
 * pastes. A single change is written at once; a burst of edits (typing, dragging a slider) is
 * written at most once per WRITE_GAP_MS, the last state always included.
 */
export function useUrlSync(state: AppState, dispatch: Dispatch<Action>): void {
  const latest = useRef(state);
  latest.current = state;
  const lastWrite = useRef(0);
  const timer = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every state change; reads it through `latest`
  useEffect(() => {
    const write = () => {
      timer.current = null;
      lastWrite.current = performance.now();
      const hash = encodeHash(latest.current);
      if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
    };
    const wait = lastWrite.current + WRITE_GAP_MS - performance.now();
    if (wait <= 0 && timer.current === null) write();
    else if (timer.current === null) timer.current = window.setTimeout(write, Math.max(0, wait));
  }, [state]);
  useEffect(() => {
    const flush = () => {
      if (timer.current === null) return;
      window.clearTimeout(timer.current);
      timer.current = null;
      window.history.replaceState(null, '', encodeHash(latest.current));
    };
    const onHash = () => {
      if (window.location.hash === encodeHash(latest.current)) return;
      dispatch({ type: 'load', state: decodeHash(window.location.hash, initialState(latest.current.lang)) });
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', flush);
    };
  }, [dispatch]);
}
