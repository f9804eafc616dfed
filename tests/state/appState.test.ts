import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lesson/chapters';
import { initialState, reducer } from '../../src/state/appState';

describe('app reducer', () => {
  const s0 = initialState('en');
  it('starts at the first step of the first chapter with the article inputs', () => {
    expect(s0.chapter).toBe('worked');
    expect(s0.step).toBe('setting');
    expect(s0.models.worked.q).toEqual([1, 1, 2]);
  });
  it('next / prev walk the steps and stop at the ends', () => {
    expect(reducer(s0, { type: 'prev' })).toBe(s0);
    const s1 = reducer(s0, { type: 'next' });
    expect(s1.step).toBe('scores');
    expect(reducer(s1, { type: 'prev' }).step).toBe('setting');
  });
  it('Home / End jump within the chapter', () => {
    const last = reducer(s0, { type: 'last' });
    expect(last.step).toBe(chapters[0].steps.at(-1)?.id);
    expect(reducer(last, { type: 'first' }).step).toBe('setting');
  });
  it('go to an unknown step opens the chapter at its first step; unknown chapter changes nothing', () => {
    expect(reducer(s0, { type: 'go', chapter: 'worked', step: 'nope' }).step).toBe('setting');
    expect(reducer(s0, { type: 'go', chapter: 'nope' })).toBe(s0);
  });
  it('a model edit replaces only that chapter state', () => {
    const s = reducer(s0, { type: 'model', id: 'worked', state: { ...s0.models.worked, q: [0, 0, 0] } });
    expect(s.models.worked.q).toEqual([0, 0, 0]);
    expect(s0.models.worked.q).toEqual([1, 1, 2]);
  });
});

describe('playback in the app state', () => {
  it('a play action sets it; moving to another step stops it and keeps its speed', () => {
    const s0 = initialState('en');
    const playing = reducer(s0, { type: 'play', play: { playing: true, speed: 2 } });
    expect(playing.play).toEqual({ playing: true, speed: 2 });
    const moved = reducer(playing, { type: 'next' });
    expect(moved.play).toEqual({ playing: false, speed: 2 });
    expect(reducer(moved, { type: 'play', play: { playing: false, speed: 2 } })).toBe(moved);
  });
});
