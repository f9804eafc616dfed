import { describe, expect, it } from 'vitest';
import { softmax, softmaxParts } from '../../src/core';

describe('softmaxParts', () => {
  it('shows e^x, their sum and the weights for ordinary scores', () => {
    const x = [Math.sqrt(3), Math.sqrt(3), 2 / Math.sqrt(3)];
    const p = softmaxParts(x);
    expect(p.shift).toBe(0);
    expect(p.exps[0]).toBeCloseTo(Math.exp(Math.sqrt(3)), 12);
    expect(p.sum).toBeCloseTo(p.exps[0] + p.exps[1] + p.exps[2], 12);
    p.exps.forEach((e, i) => {
      expect(e / p.sum).toBeCloseTo(p.weights[i], 12);
    });
    expect(p.weights).toEqual(softmax(x));
  });

  it('shifts by the max only when e^x would overflow', () => {
    const p = softmaxParts([1000, 999]);
    expect(p.shift).toBe(1000);
    expect(p.exps[0]).toBe(1);
    expect(p.exps.every(Number.isFinite)).toBe(true);
  });

  it('gives masked entries e^-Infinity = 0 and throws like softmax', () => {
    expect(softmaxParts([0, -Infinity]).exps).toEqual([1, 0]);
    expect(() => softmaxParts([Number.NaN])).toThrow(/x\[0\] is NaN/);
    expect(() => softmaxParts([-Infinity])).toThrow(RangeError);
  });
});
