// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dequantizeGroup, maxCode, quantizedBits, quantizeGroup, quantizeMatrix } from '../../src/core';

const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
const group = fc.array(finite, { minLength: 1, maxLength: 40 });
const matrix = fc.integer({ min: 1, max: 6 }).chain((hd) => fc.array(fc.array(finite, { minLength: hd, maxLength: hd }), { minLength: 1, maxLength: 20 }));

describe('uniform min–max quantization (KIVI)', () => {
  it('property: int8 round trip stays within half a step, |x − x̂| ≤ scale/2, and codes are 0 … 255', () => {
    fc.assert(
      fc.property(group, (x) => {
        const g = quantizeGroup(x, 8);
        const back = dequantizeGroup(g);
        const tol = 1e-9 * Math.max(1, ...x.map(Math.abs));
        x.forEach((xi, i) => {
          expect(Math.abs(xi - back[i])).toBeLessThanOrEqual(g.scale / 2 + tol);
          expect(Number.isInteger(g.codes[i]) && g.codes[i] >= 0 && g.codes[i] <= 255).toBe(true);
        });
        expect(g.scale).toBeCloseTo((Math.max(...x) - Math.min(...x)) / 255, 12);
      }),
    );
  });

  it('property: the same bound holds at int4 and int2 for whole matrices, per token and per channel', () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom(4, 2), fc.constantFrom('token' as const, 'channel' as const), fc.integer({ min: 1, max: 8 }), (M, bits, axis, block) => {
        const q = quantizeMatrix(M, bits, axis, block);
        const tol = 1e-9 * Math.max(1, ...M.flat().map(Math.abs));
        M.forEach((row, t) => {
          row.forEach((x, j) => {
            expect(Math.abs(x - q.restored[t][j])).toBeLessThanOrEqual(q.bound + tol);
          });
        });
      }),
    );
  });

  it('hand case: [0, 1, 2, 3] at 2 bits has zero 0, scale 1, codes 0 1 2 3 and comes back exactly', () => {
    const g = quantizeGroup([0, 1, 2, 3], 2);
    expect(g).toEqual({ zero: 0, scale: 1, codes: [0, 1, 2, 3] });
    expect(dequantizeGroup(g)).toEqual([0, 1, 2, 3]);
  });

  it('hand case: [−1, 0.2, 0.4, 1] at 2 bits: scale 2/3, codes 0 2 2 3, read back −1, 1/3, 1/3, 1', () => {
    const g = quantizeGroup([-1, 0.2, 0.4, 1], 2);
    expect(g.zero).toBe(-1);
    expect(g.scale).toBeCloseTo(2 / 3, 15);
    expect(g.codes).toEqual([0, 2, 2, 3]);
    const back = dequantizeGroup(g);
    [-1, 1 / 3, 1 / 3, 1].forEach((v, i) => {
      expect(back[i]).toBeCloseTo(v, 12);
    });
  });

  it('a constant group has scale 0 and is stored exactly', () => {
    const g = quantizeGroup([0.7, 0.7, 0.7], 2);
    expect(g.scale).toBe(0);
    expect(dequantizeGroup(g)).toEqual([0.7, 0.7, 0.7]);
  });

  it('largest codes: 255, 15, 3', () => {
    expect([8, 4, 2].map(maxCode)).toEqual([255, 15, 3]);
  });
});

describe('per-token vs per-channel scales (hand-checked)', () => {
  // 4 tokens × 2 channels: channel 1 is ten times larger (an "outlier channel", as KIVI finds in keys).
  const M = [
    [0, 10],
    [1, 20],
    [2, 30],
    [3, 40],
  ];

  it('per token: one zero and scale per row, over its channels', () => {
    const q = quantizeMatrix(M, 2, 'token');
    expect(q.groups.map((g) => g.zero)).toEqual([0, 1, 2, 3]);
    q.groups.forEach((g, t) => {
      expect(g.scale).toBeCloseTo((M[t][1] - M[t][0]) / 3, 12);
    });
    expect(q.quantizedRows).toBe(4);
  });

  it('per channel over a block of 4 tokens: one zero and scale per column — exact here, since each column is evenly spaced', () => {
    const q = quantizeMatrix(M, 2, 'channel', 4);
    expect(q.groups).toEqual([
      { zero: 0, scale: 1 },
      { zero: 10, scale: 10 },
    ]);
    expect(q.restored).toEqual(M);
    expect(q.bound).toBe(5);
  });

  it('per channel over blocks of 2 tokens: a zero and scale per column per block', () => {
    const q = quantizeMatrix(M, 2, 'channel', 2);
    expect(q.groups.map((g) => g.zero)).toEqual([0, 10, 2, 30]);
    q.groups.forEach((g, i) => {
      expect(g.scale).toBeCloseTo([1 / 3, 10 / 3, 1 / 3, 10 / 3][i], 12);
    });
  });

  it('per channel: rows of an incomplete last block stay in full precision (KIVI’s residual)', () => {
    const N = [
      [0.11, 5.5],
      [0.37, -2.25],
      [0.92, 1.125],
      [0.5, 0.123456789],
    ];
    const q = quantizeMatrix(N, 2, 'channel', 3);
    expect(q.quantizedRows).toBe(3);
    expect(q.restored[3]).toEqual(N[3]);
    expect(q.restored[1][0]).not.toBe(N[1][0]); // 0.37 lies between codes: the quantized rows did change
  });

  it('bits to store: codes + an fp16 zero and scale per group + fp16 for rows kept in full precision', () => {
    expect(quantizedBits(4, 2, 2, 'token')).toBe(4 * 2 * 2 + 4 * 32); // 144
    expect(quantizedBits(4, 2, 2, 'channel', 3)).toBe(3 * 2 * 2 + 2 * 32 + 1 * 2 * 16); // 108
    expect(quantizedBits(4, 2, 8, 'channel', 4)).toBe(4 * 2 * 8 + 2 * 32); // 128
  });
});

describe('bad input throws, naming the problem', () => {
  it('bits outside 1 … 16 or not whole', () => {
    for (const b of [0, 17, 2.5, Number.NaN]) expect(() => quantizeGroup([1, 2], b)).toThrow(/bits/);
  });
  it('empty group, non-finite numbers, ragged matrix, bad block', () => {
    expect(() => quantizeGroup([], 8)).toThrow(/empty/);
    expect(() => quantizeGroup([1, Number.NaN], 8)).toThrow(/NaN/);
    expect(() => quantizeMatrix([[1, 2], [3]], 8, 'token')).toThrow(/ragged/);
    expect(() => quantizeMatrix([[1, 2]], 8, 'channel', 0)).toThrow(/block/);
    expect(quantizeMatrix([], 8, 'token').restored).toEqual([]);
  });
});
