import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attend, causalAttentionFull } from '../../src/core';
import { closeMat, mat, qkv } from './arbitraries';

// The worked example of the tutorial.
const K = [
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 0],
];
const V = [
  [0.1, 0.5, 0.2],
  [0.3, 0.2, 0.8],
  [0.7, 0.1, 0.4],
];
const q = [1, 1, 2];

function expectRow(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  for (const [i, x] of actual.entries()) expect(x).toBeCloseTo(expected[i], 4);
}

describe('attend', () => {
  it('reproduces the worked example: scores, scaled, weights, output', () => {
    const t = attend([q], K, V);
    expect(t.scores).toEqual([[3, 3, 2]]);
    expectRow(t.scaled[0], [1.7321, 1.7321, 1.1547]);
    expectRow(t.weights[0], [0.3904, 0.3904, 0.2192]);
    expectRow(t.output[0], [0.3096, 0.2952, 0.4781]);
  });

  it('skips the 1/√d_k when scale is false', () => {
    const t = attend([q], K, V, { scale: false });
    expect(t.scaled).toEqual([[3, 3, 2]]);
    expect(t.weights[0][2]).toBeLessThan(attend([q], K, V).weights[0][2]);
  });

  it('keeps raw scores unmasked, puts -Infinity in scaled and exactly 0 in weights when causal', () => {
    const t = attend(K, K, V, { causal: true });
    expect(t.scores[0]).toEqual([2, 1, 1]);
    expect(t.scaled[0][1]).toBe(-Infinity);
    expect(t.scaled[0][2]).toBe(-Infinity);
    expect(t.weights[0]).toEqual([1, 0, 0]);
    expect(t.output[0]).toEqual(V[0]);
  });

  it('causalAttentionFull is attend with causal: true', () => {
    expect(causalAttentionFull(K, K, V)).toEqual(attend(K, K, V, { causal: true }));
  });

  it('returns the documented shapes', () => {
    const t = attend([q, q], K, [[1], [2], [3]]);
    expect([t.scores.length, t.scores[0].length]).toEqual([2, 3]);
    expect([t.output.length, t.output[0].length]).toEqual([2, 1]);
  });

  it('throws naming the shapes when they do not fit', () => {
    expect(() => attend([[1, 2, 3, 4]], K, V)).toThrow(/attend: K has 3 columns but Q has 4 \(d_k must match/);
    expect(() => attend([q], K, V.slice(0, 2))).toThrow(/V has 2 rows but K has 3 \(T_k must match/);
    expect(() => attend([q], [[1, 0], [1]], V)).toThrow(/K row 1 has 1 columns but row 0 has 2 \(ragged rows\)/);
    expect(() => attend([], K, V)).toThrow(/Q is empty/);
    expect(() => attend([[]], K, V)).toThrow(/Q row 0 is empty/);
    expect(() => attend([q, q, q, q], K, V, { causal: true })).toThrow(/causal attention needs T_q <= T_k/);
  });

  it('throws naming a non-finite input and where it is', () => {
    expect(() => attend([[1, Number.NaN, 2]], K, V)).toThrow(/Q\[0\]\[1\] is NaN/);
    expect(() => attend([q], K, [V[0], V[1], [0, Infinity, 0]])).toThrow(/V\[2\]\[1\] is Infinity/);
  });

  it('throws when finite inputs overflow the scores, never returning Infinity or NaN', () => {
    expect(() => attend([[1e200]], [[1e200]], [[1]])).toThrow(/scores overflowed at \[0\]\[0\]/);
    expect(() => attend([[1e200, 1e200]], [[1e200, -1e200]], [[1]])).toThrow(/scores overflowed/);
    // A weighted average of huge values stays finite, so it is returned, not rejected.
    const big = Number.MAX_VALUE;
    expect(attend([[1]], [[1], [1]], [[big], [big]]).output[0][0]).toBe(big);
  });

  it('property: masked weights are exactly 0 and every weight row sums to 1', () => {
    fc.assert(
      fc.property(qkv, ({ Q, K, V }) => {
        const t = attend(Q, K, V, { causal: true });
        t.weights.forEach((row, i) => {
          row.forEach((w, j) => {
            if (j > i) {
              expect(Object.is(w, 0)).toBe(true);
              expect(t.scaled[i][j]).toBe(-Infinity);
            }
          });
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-12);
        });
      }),
    );
  });

  it('property: row i of causal attention ignores every later token', () => {
    const later = fc.integer({ min: 1, max: 4 }).chain((extra) => fc.tuple(mat(extra, 3), mat(extra, 3), mat(extra, 2)));
    fc.assert(
      fc.property(mat(4, 3), mat(4, 3), mat(4, 2), later, (Q, K, V, [Qx, Kx, Vx]) => {
        const short = attend(Q, K, V, { causal: true });
        const long = attend([...Q, ...Qx], [...K, ...Kx], [...V, ...Vx], { causal: true });
        closeMat(long.output.slice(0, 4), short.output);
      }),
    );
  });

  it('without the mask, appending a token changes the earlier rows', () => {
    const Q2 = [[1, 0]];
    const K2 = [[1, 0]];
    const V2 = [[1]];
    const before = attend(Q2, K2, V2, { causal: false });
    const after = attend([...Q2, [0, 1]], [...K2, [0, 1]], [...V2, [0]], { causal: false });
    expect(before.output[0][0]).toBe(1);
    expect(after.output[0][0]).toBeLessThan(1); // row 0 now also looks at the new token
    expect(after.weights[0][1]).toBeGreaterThan(0);
    const causalAfter = attend([...Q2, [0, 1]], [...K2, [0, 1]], [...V2, [0]], { causal: true });
    expect(causalAfter.output[0]).toEqual(before.output[0]);
  });
});
