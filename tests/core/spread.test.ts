import { describe, expect, it } from 'vitest';
import { dot, dotBound, dotPrefixes, dotsAt, extent, histogram, meanStd, mulberry32, normals, randomDots, scaleVec } from '../../src/core';

describe('spread of random dot products', () => {
  it('meanStd and extent are hand-checked on a tiny sample', () => {
    expect(meanStd([1, 3])).toEqual({ mean: 2, std: 1 });
    expect(meanStd([2, 2, 2]).std).toBe(0);
    expect(extent([3, -1, 2])).toEqual({ min: -1, max: 3 });
  });

  it('the std of q·k grows like √d_k (fixed seed, 2000 samples, within 6 %)', () => {
    for (const dk of [1, 16, 64, 256]) {
      const dots = randomDots(1, 2000, dk);
      expect(dots).toHaveLength(2000);
      const { std } = meanStd(dots);
      expect(Math.abs(std / Math.sqrt(dk) - 1)).toBeLessThan(0.06);
      // ÷√d_k brings it back to ≈ 1 whatever d_k is.
      expect(Math.abs(meanStd(scaleVec(dots, 1 / Math.sqrt(dk))).std - 1)).toBeLessThan(0.06);
    }
  });

  it('dotPrefixes holds running sums: column d_k − 1 is q·k of the vectors cut to d_k', () => {
    const P = dotPrefixes(3, 2, 5);
    const rand = mulberry32(3);
    const q = normals(rand, 5);
    const k = normals(rand, 5);
    expect(P[0][4]).toBeCloseTo(dot(q, k), 12);
    expect(P[0][1]).toBeCloseTo(dot(q.slice(0, 2), k.slice(0, 2)), 12);
    const big = dotPrefixes(1, 2000, 256);
    expect(Math.abs(meanStd(dotsAt(big, 256)).std / 16 - 1)).toBeLessThan(0.06);
    expect(Math.abs(meanStd(dotsAt(big, 64)).std / 8 - 1)).toBeLessThan(0.06);
    expect(() => dotsAt(big, 257)).toThrow(/1\.\.256/);
  });

  it('is repeatable for a seed and differs for another', () => {
    expect(randomDots(7, 5, 8)).toEqual(randomDots(7, 5, 8));
    expect(randomDots(8, 5, 8)).not.toEqual(randomDots(7, 5, 8));
  });

  it('histogram counts every sample once, the top edge in the last bin, outside apart', () => {
    const h = histogram([-1, -0.5, 0, 0.5, 1, 5], -1, 1, 4);
    expect(h.edges).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(h.counts).toEqual([1, 1, 1, 2]);
    expect(h.outside).toBe(1);
  });

  it("dotBound is the article's range d_k for entries in [−1, 1]", () => {
    expect(dotBound(64)).toBe(64);
    expect(dotBound(4, 0.5)).toBe(1);
  });

  it('rejects bad input with messages naming it', () => {
    expect(() => randomDots(1, 0, 4)).toThrow(/n = 0/);
    expect(() => histogram([1], 1, 1, 3)).toThrow(/hi > lo/);
    expect(() => meanStd([])).toThrow(/meanStd: x is empty/);
  });
});
