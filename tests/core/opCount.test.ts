import { describe, expect, it } from 'vitest';
import {
  cachedStepMacs,
  causalPassMacs,
  decodeMacsTotal,
  extrapolateByMacs,
  kvBytes,
  projectMacs,
  uncachedStepMacs,
} from '../../src/core';

const dims = { d_model: 4, d_k: 3, d_v: 3 };

describe('op counts (hand-checked for small T)', () => {
  it('projects one token with d_model·(2·d_k + d_v) MACs', () => {
    expect(projectMacs(dims)).toBe(4 * 9); // q: 4·3, k: 4·3, v: 4·3
    expect(projectMacs({ d_model: 2, d_k: 1, d_v: 5 })).toBe(2 * 7);
  });

  it('a cached step at T = 4 costs one projection + 4 scores of 3 + 4 mixes of 3', () => {
    expect(cachedStepMacs(4, dims)).toBe(36 + 12 + 12);
    expect(cachedStepMacs(1, dims)).toBe(36 + 6);
  });

  it('an uncached step at T = 4 projects 4 tokens and runs causal attention over 1 + 2 + 3 + 4 keys', () => {
    expect(uncachedStepMacs(4, dims)).toBe(4 * 36 + (1 + 2 + 3 + 4) * 6);
    expect(causalPassMacs(3, dims)).toBe(3 * 36 + 6 * 6);
    expect(uncachedStepMacs(1, dims)).toBe(cachedStepMacs(1, dims)); // the first token costs the same either way
  });

  it('grows linearly with a cache and quadratically without one', () => {
    const c = (T: number) => cachedStepMacs(T, dims) - projectMacs(dims);
    expect(c(200)).toBe(2 * c(100));
    const u = (T: number) => uncachedStepMacs(T, dims);
    expect(u(2000) / u(1000)).toBeGreaterThan(3.9);
  });

  it('sums steps and counts fp32 K/V bytes', () => {
    expect(decodeMacsTotal(4, 6, dims, true)).toBe(cachedStepMacs(4, dims) + cachedStepMacs(5, dims) + cachedStepMacs(6, dims));
    expect(decodeMacsTotal(4, 5, dims, false)).toBe(uncachedStepMacs(4, dims) + uncachedStepMacs(5, dims));
    expect(decodeMacsTotal(5, 4, dims, true)).toBe(0);
    expect(kvBytes(6, dims)).toBe(6 * 6 * 4);
    expect(kvBytes(6, dims, 2)).toBe(72);
  });

  it('extrapolates a time by MACs and rejects bad counts', () => {
    expect(extrapolateByMacs(2, 100, 1000)).toBe(20);
    expect(() => extrapolateByMacs(2, 0, 1000)).toThrow(/measured MACs > 0/);
    expect(() => cachedStepMacs(-1, dims)).toThrow(/T must be a non-negative integer/);
    expect(() => projectMacs({ d_model: 1.5, d_k: 1, d_v: 1 })).toThrow(/d_model/);
  });
});
