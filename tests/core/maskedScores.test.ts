import { describe, expect, it } from 'vitest';
import { additiveMask, attend, causalMask, maskedScores, softmax } from '../../src/core';

describe('additiveMask', () => {
  it('turns a causal mask into the 0 / −∞ matrix of article 003', () => {
    expect(additiveMask(causalMask(3, 3))).toEqual([
      [0, -Infinity, -Infinity],
      [0, 0, -Infinity],
      [0, 0, 0],
    ]);
  });
  it('rejects an empty mask', () => {
    expect(() => additiveMask([])).toThrow(/empty/);
  });
});

describe('maskedScores', () => {
  const S = [
    [1, 2],
    [3, 4],
  ];
  it('keeps allowed scores and puts −∞ where the mask forbids', () => {
    expect(maskedScores(S, causalMask(2, 2))).toEqual([
      [1, -Infinity],
      [3, 4],
    ]);
  });
  it('gives weights of exactly 0 after softmax', () => {
    const w = maskedScores(S, causalMask(2, 2)).map((r) => softmax(r));
    expect(w[0]).toEqual([1, 0]);
  });
  it('agrees with attend(causal) on the scaled scores', () => {
    const Q = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const t = attend(Q, Q, Q, { causal: true });
    const unmasked = attend(Q, Q, Q);
    expect(maskedScores(unmasked.scaled, causalMask(3, 3))).toEqual(t.scaled);
  });
  it('names both shapes when they differ', () => {
    expect(() => maskedScores(S, causalMask(2, 3))).toThrow(/\(2, 3\).*\(2, 2\)/);
  });
});
