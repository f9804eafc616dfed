import { describe, expect, it } from 'vitest';
import { createKVCache, kvAppend } from '../../src/core';

describe('KV cache', () => {
  it('starts empty', () => {
    expect(createKVCache()).toEqual({ keys: [], values: [] });
  });

  it('appends one row per token without changing the old cache', () => {
    const empty = createKVCache();
    const one = kvAppend(empty, [1, 0, 1], [0.1, 0.5]);
    const two = kvAppend(one, [0, 1, 1], [0.3, 0.2]);
    expect(empty.keys).toHaveLength(0);
    expect(one).toEqual({ keys: [[1, 0, 1]], values: [[0.1, 0.5]] });
    expect(two.keys).toEqual([
      [1, 0, 1],
      [0, 1, 1],
    ]);
    expect(two.values[1]).toEqual([0.3, 0.2]);
  });

  it('copies the appended rows, so later edits of the caller do not leak in', () => {
    const k = [1, 2];
    const cache = kvAppend(createKVCache(), k, [3]);
    k[0] = 99;
    expect(cache.keys[0]).toEqual([1, 2]);
    expect(Object.isFrozen(cache.keys)).toBe(true);
  });

  it('throws naming the widths that must match, and bad values', () => {
    const cache = kvAppend(createKVCache(), [1, 2], [3]);
    expect(() => kvAppend(cache, [1, 2, 3], [4])).toThrow(/kvAppend: k has 3 columns but cached keys \(1, 2\) have 2 \(d_k must match\)/);
    expect(() => kvAppend(cache, [1, 2], [4, 5])).toThrow(/kvAppend: v has 2 columns but cached values \(1, 1\) have 1 \(d_v must match\)/);
    expect(() => kvAppend(cache, [1, Infinity], [4])).toThrow(/kvAppend: k\[1\] is Infinity/);
    expect(() => kvAppend(cache, [], [4])).toThrow(/kvAppend: k is empty/);
    expect(() => kvAppend({ keys: [[1]], values: [] }, [1], [1])).toThrow(/cache has 1 keys but 0 values/);
  });
});
