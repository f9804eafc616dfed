import { useCallback, useEffect, useRef } from 'react';
import { advance, type Speed, stepDelay } from '../../lesson/playback';
import { usePlaybackState } from './PlaybackContext';

/** What a chapter's playback controls need. */
export interface PlaybackApi {
  playing: boolean;
  speed: Speed;
  /** Play (from the start when at the end) or pause. */
  toggle: () => void;
  /** One position forward, pausing. */
  stepOnce: () => void;
  setSpeed: (s: Speed) => void;
}

/**
 * Drives a chapter's position min…max from the app's playback state (which is in the URL): while
 * playing, one position every stepDelay(speed) ms, stopping at max. The chapter keeps its own
 * position (e.g. generate's `decoded`) and passes `go` to set it.
 */
export function usePlayback(position: number, min: number, max: number, go: (position: number) => void): PlaybackApi {
  const { play, setPlay } = usePlaybackState();
  const latest = useRef({ go, setPlay, play });
  latest.current = { go, setPlay, play };
  useEffect(() => {
    if (!play.playing) return;
    const id = window.setTimeout(() => {
      const next = advance(position, min, max);
      latest.current.go(next.position);
      if (!next.playing) latest.current.setPlay({ ...latest.current.play, playing: false });
    }, stepDelay(play.speed));
    return () => window.clearTimeout(id);
  }, [play.playing, play.speed, position, min, max]);
  const toggle = useCallback(() => {
    const { play: p, setPlay: set, go: move } = latest.current;
    if (!p.playing && position >= max) move(min);
    set({ ...p, playing: !p.playing });
  }, [position, min, max]);
  const stepOnce = useCallback(() => {
    const { play: p, setPlay: set, go: move } = latest.current;
    if (p.playing) set({ ...p, playing: false });
    if (position < max) move(position + 1);
  }, [position, max]);
  const setSpeed = useCallback((speed: Speed) => latest.current.setPlay({ ...latest.current.play, speed }), []);
  return { playing: play.playing, speed: play.speed, toggle, stepOnce, setSpeed };
}
