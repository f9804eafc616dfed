import { createContext, useContext } from 'react';
import { type Playback, STOPPED } from '../../lesson/playback';

/** The app's playback state and the way to change it (ChapterHost provides it from the app state). */
export interface PlaybackState {
  play: Playback;
  setPlay: (p: Playback) => void;
}

export const PlaybackCtx = createContext<PlaybackState>({ play: STOPPED, setPlay: () => {} });

/** The current playback state (STOPPED, unchangeable, outside a provider: e.g. the printed handout). */
export function usePlaybackState(): PlaybackState {
  return useContext(PlaybackCtx);
}
