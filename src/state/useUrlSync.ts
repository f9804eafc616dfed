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

/** The chapter a hash names ("#v1/<chapter>/…"), or '' when it names none. */
function chapterOf(hash: string): string {
  return /^#?v\d+\/([a-z0-9-]+)/.exec(hash)?.[1] ?? '';
}

/**
 * Writes every state change into the hash and loads a hash the reader types, pastes or reaches
 * with Back / Forward. Moving to another chapter adds a history entry (pushState), so the
 * browser's Back returns to the chapter the reader came from instead of leaving the tutorial;
 * steps and edits replace the current entry (replaceState). Steps are not entries on purpose:
 * ← / → and the step bar already step back, reading a chapter would otherwise bury the page
 * under dozens of entries (reveal.js makes the same choice by default), and Back should undo a
 * jump, not a page turn. A single change is written at once; a burst of edits (typing, dragging a
 * slider) is written at most once per WRITE_GAP_MS, the last state always included.
 */
export function useUrlSync(state: AppState, dispatch: Dispatch<Action>): void {
  const latest = useRef(state);
  latest.current = state;
  const lastWrite = useRef(0);
  const timer = useRef<number | null>(null);
  /** True while the state was just loaded from the URL (nothing to push: the browser already has that entry). */
  const fromUrl = useRef(false);
  /** The hash as this hook last wrote or read it; another value in the address bar is a newer link, not to be overwritten. */
  const known = useRef(window.location.hash);
  useEffect(() => {
    const write = () => {
      timer.current = null;
      // A link opened since (typed, Back): its hashchange, still queued, loads it; writing now would undo it.
      if (window.location.hash !== known.current) return;
      lastWrite.current = performance.now();
      const hash = encodeHash(latest.current);
      if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
      known.current = window.location.hash;
    };
    const loaded = fromUrl.current;
    fromUrl.current = false;
    if (!loaded && chapterOf(window.location.hash) !== '' && chapterOf(window.location.hash) !== state.chapter) {
      // A new chapter: its own history entry, written now (any pending edit of the old one first).
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        timer.current = null;
      }
      lastWrite.current = performance.now();
      window.history.pushState(null, '', encodeHash(state));
      known.current = window.location.hash;
      return;
    }
    const wait = lastWrite.current + WRITE_GAP_MS - performance.now();
    if (wait <= 0 && timer.current === null) write();
    else if (timer.current === null) timer.current = window.setTimeout(write, Math.max(0, wait));
  }, [state]);
  useEffect(() => {
    const flush = () => {
      if (timer.current === null) return;
      window.clearTimeout(timer.current);
      timer.current = null;
      if (window.location.hash === known.current) window.history.replaceState(null, '', encodeHash(latest.current));
    };
    const onHash = () => {
      if (timer.current !== null) {
        // The URL changed under a pending write (Back, Forward, a typed link): it wins.
        window.clearTimeout(timer.current);
        timer.current = null;
      }
      known.current = window.location.hash;
      if (window.location.hash === encodeHash(latest.current)) return;
      fromUrl.current = true;
      dispatch({ type: 'load', state: decodeHash(window.location.hash, initialState(latest.current.lang)) });
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('pagehide', flush);
    };
  }, [dispatch]);
}
