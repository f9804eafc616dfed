import { describe, expect, it } from 'vitest';
import { maxAbsDiff } from '../../src/core';

describe('maxAbsDiff', () => {
  it('is 0 for identical vectors and the largest gap otherwise', () => {
    expect(maxAbsDiff([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(maxAbsDiff([1, -2, 3], [1.5, 2, 3])).toBe(4);
  });
  it('throws on mismatched shapes or non-finite entries, naming them', () => {
    expect(() => maxAbsDiff([1, 2], [1, 2, 3])).toThrow(/\(2\).*\(3\)/);
    expect(() => maxAbsDiff([Number.NaN], [1])).toThrow(/a\[0\]/);
  });
});
