import { describe, expect, it } from 'vitest';
import { mulberry32, uniformMat } from '../../src/core';

describe('mulberry32 and uniformMat', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('fills a (rows, cols) matrix within ±scale', () => {
    const M = uniformMat(mulberry32(1), 3, 4, 0.5);
    expect(M).toHaveLength(3);
    for (const row of M) {
      expect(row).toHaveLength(4);
      for (const x of row) expect(Math.abs(x)).toBeLessThanOrEqual(0.5);
    }
  });
});
