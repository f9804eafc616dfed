import { describe, expect, it } from 'vitest';
import { sum } from '../../src/core';

describe('sum', () => {
  it('adds the entries; an empty vector sums to 0', () => {
    expect(sum([0.3904, 0.3904, 0.2192])).toBeCloseTo(1, 12);
    expect(sum([1, -2, 3.5])).toBe(2.5);
    expect(sum([])).toBe(0);
  });

  it('throws on non-finite entries and on overflow', () => {
    expect(() => sum([1, Number.NaN])).toThrow(/sum: x\[1\] is NaN/);
    expect(() => sum([1.7e308, 1.7e308])).toThrow(/sum: the result overflowed/);
  });
});
