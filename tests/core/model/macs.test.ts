// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { forwardMacs, generationMacs, parameterCount } from '../../../src/core/model';
import { testModel } from './load';

const c = testModel().config;

describe('forwardMacs', () => {
  it('one token with nothing cached uses every weight matrix once, plus 2·H·hd per layer for attending to itself', () => {
    const norms = (2 * c.nLayers + 1) * c.dim; // RMSNorm gains multiply nothing in a matrix product
    expect(forwardMacs(c, 0, 1)).toBe(parameterCount(c) - norms + c.nLayers * 2 * c.nHeads * c.headDim);
    expect(forwardMacs(c, 0, 1)).toBe(29_504); // 3·(2,048 + 64 + 1,024 + 6,144) + 32·52
  });
  it('attention grows with the keys: each cached row adds 2·H·hd multiply-adds per layer for one new token', () => {
    expect(forwardMacs(c, 10, 1) - forwardMacs(c, 9, 1)).toBe(c.nLayers * 2 * c.nHeads * c.headDim);
  });
  it('rejects a negative cache or no new tokens, naming both', () => {
    expect(() => forwardMacs(c, -1, 1)).toThrow(/T_past .* -1 and 1/);
    expect(() => forwardMacs(c, 0, 0)).toThrow(/T_q ≥ 1/);
  });
});

describe('generationMacs', () => {
  it('one token costs the same with and without the cache (both are one prefill)', () => {
    expect(generationMacs(c, 3, 1, true)).toBe(generationMacs(c, 3, 1, false));
  });
  it('with the cache: prefill + one-token steps; without: the whole sequence every step', () => {
    expect(generationMacs(c, 3, 3, true)).toBe(forwardMacs(c, 0, 3) + forwardMacs(c, 3, 1) + forwardMacs(c, 4, 1));
    expect(generationMacs(c, 3, 3, false)).toBe(forwardMacs(c, 0, 3) + forwardMacs(c, 0, 4) + forwardMacs(c, 0, 5));
  });
  it('the saving grows with the length', () => {
    const ratio = (n: number) => generationMacs(c, 3, n, false) / generationMacs(c, 3, n, true);
    expect(ratio(10)).toBeGreaterThan(ratio(5));
    expect(ratio(60)).toBeGreaterThan(ratio(10));
  });
});
