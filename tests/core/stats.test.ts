import { describe, expect, it } from 'vitest';
import { argmax, entropy } from '../../src/core';

describe('argmax and entropy', () => {
  it('argmax finds the largest entry, the first on a tie', () => {
    expect(argmax([0.2, 0.5, 0.3])).toBe(1);
    expect(argmax([0.3904, 0.3904, 0.2192])).toBe(0);
    expect(argmax([-3])).toBe(0);
  });

  it('entropy is 0 for a one-hot row and ln T for a uniform row', () => {
    expect(entropy([0, 1, 0])).toBe(0);
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
    expect(entropy([0.5, 0.5, 0])).toBeCloseTo(Math.log(2), 12);
  });

  it('throws on empty, non-finite or negative input', () => {
    expect(() => argmax([])).toThrow(/argmax: x is empty/);
    expect(() => argmax([1, Number.NaN])).toThrow(/argmax: x\[1\] is NaN/);
    expect(() => entropy([0.5, -0.5])).toThrow(/entropy: p\[1\] is -0.5; probabilities cannot be negative/);
  });
});
