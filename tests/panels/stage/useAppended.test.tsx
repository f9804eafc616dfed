import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppended } from '../../../src/panels/stage/useAppended';

// The cache's slide-in marks only rows that were appended since the picture was last drawn.
describe('useAppended', () => {
  const appended = (fn: (k: string) => boolean, keys: string[]) => keys.filter(fn);

  it('marks nothing on the first picture, then exactly the rows a decode step appends', () => {
    const { result, rerender } = renderHook(({ keys }) => useAppended('t1', keys), { initialProps: { keys: ['The', 'cat'] } });
    expect(appended(result.current, ['The', 'cat'])).toEqual([]);
    rerender({ keys: ['The', 'cat', 'sat'] });
    expect(appended(result.current, ['The', 'cat', 'sat'])).toEqual(['sat']);
    // A re-render with the same rows (an edit, a late font) keeps the mark: the slide-in is never cut.
    rerender({ keys: ['The', 'cat', 'sat'] });
    expect(appended(result.current, ['The', 'cat', 'sat'])).toEqual(['sat']);
  });

  it('a new picture of the same rows (the next step opens) marks nothing; growing again marks the new row', () => {
    const first = renderHook(({ keys }) => useAppended('t2', keys), { initialProps: { keys: ['a', 'b'] } });
    first.rerender({ keys: ['a', 'b', 'c'] });
    first.unmount();
    const next = renderHook(({ keys }) => useAppended('t2', keys), { initialProps: { keys: ['a', 'b', 'c'] } });
    expect(appended(next.result.current, ['a', 'b', 'c'])).toEqual([]);
    next.rerender({ keys: ['a', 'b'] });
    expect(appended(next.result.current, ['a', 'b'])).toEqual([]);
    next.rerender({ keys: ['a', 'b', 'c'] });
    expect(appended(next.result.current, ['a', 'b', 'c'])).toEqual(['c']);
  });

  it('stages are independent', () => {
    renderHook(() => useAppended('t3', ['x']));
    const other = renderHook(() => useAppended('t4', ['x', 'y']));
    expect(appended(other.result.current, ['x', 'y'])).toEqual([]);
  });
});
