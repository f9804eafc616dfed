import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, type Playback, playbackParams, readPlaybackParam, SPEEDS, STOPPED, stepDelay } from '../../src/lesson/playback';

describe('playback as data', () => {
  it('advances one position per tick and stops at the end; from the end it starts over', () => {
    expect(advance(1, 1, 3)).toEqual({ position: 2, playing: true });
    expect(advance(2, 1, 3)).toEqual({ position: 3, playing: false });
    expect(advance(3, 1, 3)).toEqual({ position: 1, playing: true });
  });

  it('faster is shorter between positions', () => {
    const delays = SPEEDS.map(stepDelay);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeLessThan(delays[i - 1]);
  });

  it('URL parameters round-trip every playback, and only exact values are read', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(...SPEEDS), (playing, speed) => {
        const p: Playback = { playing, speed };
        let back: Playback | undefined = STOPPED;
        for (const kv of playbackParams(p)) {
          const [k, v] = kv.split('=');
          back = back && readPlaybackParam(back, k, v);
        }
        expect(back).toEqual(p);
      }),
    );
    expect(playbackParams(STOPPED)).toEqual([]);
    for (const [k, v] of [
      ['play', '0'],
      ['play', 'yes'],
      ['speed', '3'],
      ['speed', '1e0'],
      ['speed', '0.50'],
      ['speed', ''],
      ['other', '1'],
    ]) {
      expect(readPlaybackParam(STOPPED, k, v)).toBeUndefined();
    }
  });
});
