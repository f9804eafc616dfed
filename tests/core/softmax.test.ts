import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from '../../src/core';
import { num } from './arbitraries';

describe('softmax', () => {
  it('matches the worked example', () => {
    const w = softmax([Math.sqrt(3), Math.sqrt(3), 2 / Math.sqrt(3)]);
    expect(w[0]).toBeCloseTo(0.3904, 4);
    expect(w[1]).toBeCloseTo(0.3904, 4);
    expect(w[2]).toBeCloseTo(0.2192, 4);
  });

  it('gives equal scores equal weight and one score weight 1', () => {
    expect(softmax([2, 2, 2, 2])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(softmax([-7])).toEqual([1]);
  });

  it('is stable for huge scores (subtracts the max)', () => {
    const w = softmax([1000, 1000, 999]);
    expect(w.every(Number.isFinite)).toBe(true);
    expect(w[0]).toBeCloseTo(w[1], 12);
    expect(softmax([1e308, -1e308])).toEqual([1, 0]);
  });

  it('gives a -Infinity (masked) score weight exactly 0', () => {
    const w = softmax([1, -Infinity, 1]);
    expect(w).toEqual([0.5, 0, 0.5]);
    expect(Object.is(w[1], 0)).toBe(true);
  });

  it('throws RangeError when every score is masked', () => {
    expect(() => softmax([-Infinity, -Infinity])).toThrow(RangeError);
    expect(() => softmax([-Infinity])).toThrow(/every key is masked/);
  });

  it('throws naming NaN or +Infinity and its index', () => {
    expect(() => softmax([0, Number.NaN])).toThrow(/x\[1\] is NaN/);
    expect(() => softmax([Infinity, 0, 1])).toThrow(/x\[0\] is Infinity/);
  });

  it('throws on an empty row', () => {
    expect(() => softmax([])).toThrow(/empty/);
  });

  it('property: every row sums to 1 and every weight is in [0, 1]', () => {
    const entry = fc.oneof({ weight: 1, arbitrary: fc.constant(-Infinity) }, { weight: 5, arbitrary: num(700) });
    const row = fc.array(entry, { minLength: 1, maxLength: 20 }).filter((x) => x.some(Number.isFinite));
    fc.assert(
      fc.property(row, (x) => {
        const w = softmax(x);
        expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-12);
        for (const wi of w) expect(wi >= 0 && wi <= 1).toBe(true);
      }),
    );
  });

  it('property: adding a constant to every score changes no weight', () => {
    const entry = fc.oneof({ weight: 1, arbitrary: fc.constant(-Infinity) }, { weight: 5, arbitrary: num(30) });
    const row = fc.array(entry, { minLength: 1, maxLength: 12 }).filter((x) => x.some(Number.isFinite));
    fc.assert(
      fc.property(row, num(30), (x, c) => {
        const w = softmax(x);
        const shifted = softmax(x.map((xi) => xi + c));
        for (const [i, wi] of w.entries()) expect(Math.abs(shifted[i] - wi)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });
});
