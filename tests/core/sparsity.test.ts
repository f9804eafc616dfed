import { describe, expect, it } from 'vitest';
import { belowEps, causalMask, sparsity, topKMass } from '../../src/core';

const W = [
  [1, 0, 0],
  [0.995, 0.005, 0],
  [0.5, 0.0004, 0.4996],
];

describe('sparsity', () => {
  it('belowEps marks the visible weights below ε (hand-checked); masked cells are never marked', () => {
    expect(belowEps(W, 0.01, causalMask(3, 3))).toEqual([
      [false, false, false],
      [false, true, false],
      [false, true, false],
    ]);
    expect(belowEps(W, 0.01)[0]).toEqual([false, true, true]); // without a mask the zeros count
    expect(() => belowEps(W, 0)).toThrow(/ε must be a positive number/);
  });

  it('counts weights below ε, masked zeros apart (hand-checked)', () => {
    const c = sparsity(W, 0.01, causalMask(3, 3));
    expect(c.total).toBe(9);
    expect(c.masked).toBe(3);
    expect(c.visible).toBe(6);
    expect(c.belowVisible).toBe(2); // 0.005 and 0.0004
    expect(c.shareAll).toBeCloseTo(5 / 9, 12);
    expect(c.shareVisible).toBeCloseTo(2 / 6, 12);
    expect(sparsity(W, 0.001, causalMask(3, 3)).belowVisible).toBe(1);
  });

  it("without a mask every zero counts as below ε (the article's definition)", () => {
    const c = sparsity(W, 0.01);
    expect(c.masked).toBe(0);
    expect(c.belowVisible).toBe(5);
    expect(c.shareAll).toBeCloseTo(5 / 9, 12);
  });

  it('topKMass averages the k largest weights per row', () => {
    expect(topKMass([[0.5, 0.3, 0.2]], 2)).toBeCloseTo(0.8, 12);
    expect(topKMass(W, 1)).toBeCloseTo((1 + 0.995 + 0.5) / 3, 12);
  });

  it('rejects a bad ε or mask shape', () => {
    expect(() => sparsity(W, 0)).toThrow(/ε must be a positive number/);
    expect(() => sparsity(W, 0.1, causalMask(2, 2))).toThrow(/mask must have the shape of W \(3, 3\)/);
    expect(() => topKMass(W, 0)).toThrow(/k must be a positive integer/);
  });
});
