/**
 * Playback of a sequence of positions (decoding token by token, serving step by step) as data:
 * whether it plays and how fast. It lives in the app state and the URL (`play=1`, `speed=2`) like
 * every other state, so a shared link plays too. Pure: no timers here (panels/playback drives them).
 */

/** The speeds offered, as multiples of the base pace. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Whether positions advance on their own, and how fast. */
export interface Playback {
  readonly playing: boolean;
  readonly speed: Speed;
}

export const STOPPED: Playback = { playing: false, speed: 1 };

/** Milliseconds between two positions at 1× (long enough to read what changed). */
export const BASE_STEP_MS = 1400;

/** Milliseconds between two positions at `speed`. */
export function stepDelay(speed: Speed): number {
  return Math.round(BASE_STEP_MS / speed);
}

/** True for one of SPEEDS. */
export function isSpeed(x: unknown): x is Speed {
  return typeof x === 'number' && (SPEEDS as readonly number[]).includes(x);
}

/** The URL parameters for a playback (only what differs from STOPPED), e.g. ["play=1", "speed=2"]. */
export function playbackParams(p: Playback): string[] {
  const out: string[] = [];
  if (p.playing) out.push('play=1');
  if (p.speed !== STOPPED.speed) out.push(`speed=${p.speed}`);
  return out;
}

/** Reads one URL parameter into a playback; undefined when the key is not a playback key or the value is not exact. */
export function readPlaybackParam(p: Playback, key: string, value: string): Playback | undefined {
  if (key === 'play') return value === '1' ? { ...p, playing: true } : undefined;
  if (key === 'speed') {
    const n = /^(0\.5|1|2|4)$/.test(value) ? Number(value) : Number.NaN;
    return isSpeed(n) ? { ...p, speed: n } : undefined;
  }
  return undefined;
}

/**
 * One tick of playback over positions min…max: the next position, and whether to keep playing
 * (it stops on reaching max). Starting at max, playing starts over from min.
 */
export function advance(position: number, min: number, max: number): { position: number; playing: boolean } {
  if (position >= max) return { position: min, playing: true };
  const next = Math.min(max, Math.max(min, position + 1));
  return { position: next, playing: next < max };
}
