import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributions, softmax, weightedSum } from '../../src/core';
import { mat, num } from './arbitraries';

const V = [
  [0.1, 0.5, 0.2],
  [0.3, 0.2, 0.8],
  [0.7, 0.1, 0.4],
];

describe('weightedSum and contributions', () => {
  it('mixes the worked example values', () => {
    const w = softmax([Math.sqrt(3), Math.sqrt(3), 2 / Math.sqrt(3)]);
    const out = weightedSum(w, V);
    for (const [j, o] of [0.3096, 0.2952, 0.4781].entries()) expect(out[j]).toBeCloseTo(o, 4);
    expect(contributions([1, 0, 0.5], V)).toEqual([[0.1, 0.5, 0.2], [0, 0, 0], [0.35, 0.05, 0.2]]);
  });

  it('property: the contributions add up to the weighted sum', () => {
    fc.assert(
      fc.property(fc.array(num(), { minLength: 4, maxLength: 4 }), mat(4, 3), (w, Vs) => {
        const parts = contributions(w, Vs);
        const out = weightedSum(w, Vs);
        for (const [j, o] of out.entries()) expect(parts.reduce((s, row) => s + row[j], 0)).toBeCloseTo(o, 12);
      }),
    );
  });

  it('throws when there is not one weight per value row', () => {
    expect(() => weightedSum([0.5, 0.5], V)).toThrow(/weightedSum: weights has 2 entries but V \(3, 3\) has 3 rows/);
    expect(() => contributions([1, 0, Number.NaN], V)).toThrow(/contributions: weights\[2\] is NaN/);
  });
});
