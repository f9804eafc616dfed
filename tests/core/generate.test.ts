import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benchCachedStep,
  benchUncachedStep,
  createBenchCache,
  createBenchModel,
  createBenchScratch,
  decodeStep,
  generateCached,
  generateUncached,
  maxAbsDiffMat,
  project,
} from '../../src/core';
import { mat } from './arbitraries';

/** X (T, d_model) and weights (d_model, d_k | d_v), with a prompt length 1..T. */
const inputs = fc
  .record({ T: fc.integer({ min: 1, max: 7 }), dm: fc.integer({ min: 1, max: 5 }), dk: fc.integer({ min: 1, max: 4 }), dv: fc.integer({ min: 1, max: 4 }) })
  .chain(({ T, dm, dk, dv }) =>
    fc.record({
      X: mat(T, dm, 2),
      W: fc.record({ W_Q: mat(dm, dk, 2), W_K: mat(dm, dk, 2), W_V: mat(dm, dv, 2) }),
      prompt: fc.integer({ min: 1, max: T }),
    }),
  );

describe('generation with and without a cache', () => {
  it('gives the same output for every generated token (property)', () => {
    fc.assert(
      fc.property(inputs, ({ X, W, prompt }) => {
        const cached = generateCached(X, W, prompt);
        const uncached = generateUncached(X, W, prompt);
        expect(cached.steps).toHaveLength(X.length - prompt);
        expect(uncached).toHaveLength(X.length - prompt);
        cached.steps.forEach((s, i) => {
          const full = uncached[i].trace.output;
          expect(maxAbsDiffMat(s.trace.output, [full[full.length - 1]])).toBeLessThan(1e-12);
          // The cache holds exactly the K and V the uncached path recomputes.
          expect(maxAbsDiffMat(s.cache.keys, uncached[i].K)).toBe(0);
          expect(maxAbsDiffMat(s.cache.values, uncached[i].V)).toBe(0);
        });
        // Prefill rows equal the uncached path's earlier rows too.
        if (uncached.length > 0) {
          const rows = uncached[0].trace.output.slice(0, prompt);
          expect(maxAbsDiffMat(cached.prefill.trace.output, rows)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('grows the cache by one row per generated token and projects only the new one', () => {
    const X = [[1, 0], [0, 1], [1, 1], [2, 0]];
    const W = { W_Q: [[1, 0], [0, 1]], W_K: [[1, 0], [0, 1]], W_V: [[0.5, 0], [0, 2]] };
    const run = generateCached(X, W, 2);
    expect(run.prefill.cache.keys).toHaveLength(2);
    expect(run.steps.map((s) => s.cache.keys.length)).toEqual([3, 4]);
    expect(run.steps[1].k).toEqual(project([X[3]], W.W_K)[0]);
    const step = decodeStep(run.steps[0].cache, run.steps[1].q, run.steps[1].k, run.steps[1].v);
    expect(step.trace.output).toEqual(run.steps[1].trace.output);
  });

  it('rejects a bad prompt length and mismatched shapes with clear messages', () => {
    const W = { W_Q: [[1]], W_K: [[1]], W_V: [[1]] };
    expect(() => generateCached([[1], [2]], W, 0)).toThrow(/prompt length must be an integer in 1..2/);
    expect(() => generateUncached([[1], [2]], W, 3)).toThrow(/got 3/);
    expect(() => maxAbsDiffMat([[1, 2]], [[1]])).toThrow(/shapes differ, \(1, 2\) vs \(1, 1\)/);
    expect(maxAbsDiffMat([[1, 2]], [[1, 2.5]])).toBe(0.5);
  });
});

describe('the benchmark decode loop', () => {
  it('matches the core attention: cached and uncached outputs agree with generateCached (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.integer(), (N, d, seed) => {
        const m = createBenchModel(N, d, seed);
        const rows = (a: Float64Array, r: number) => Array.from({ length: r }, (_, i) => Array.from(a.slice(i * d, (i + 1) * d)));
        const W = { W_Q: rows(m.Wq, d), W_K: rows(m.Wk, d), W_V: rows(m.Wv, d) };
        const X = rows(m.X, N);
        const ref = generateCached(X, W, 1);
        const cache = createBenchCache(m);
        const scratch = createBenchScratch(m);
        const out = new Float64Array(d);
        const out2 = new Float64Array(d);
        for (let t = 0; t < N; t++) {
          benchCachedStep(m, cache, out);
          benchUncachedStep(m, t + 1, scratch, out2);
          const expected = t === 0 ? ref.prefill.trace.output[0] : ref.steps[t - 1].trace.output[0];
          expect(maxAbsDiffMat([Array.from(out)], [expected])).toBeLessThan(1e-9);
          expect(maxAbsDiffMat([Array.from(out2)], [Array.from(out)])).toBeLessThan(1e-12);
        }
        expect(cache.length).toBe(N);
        expect(() => benchCachedStep(m, cache, out)).toThrow(/cache is full/);
      }),
      { numRuns: 60 },
    );
  });

  it('is seeded: the same seed gives the same inputs', () => {
    expect(createBenchModel(4, 3, 9).X).toEqual(createBenchModel(4, 3, 9).X);
    expect(createBenchModel(4, 3, 9).X).not.toEqual(createBenchModel(4, 3, 10).X);
    expect(() => createBenchModel(0, 3, 1)).toThrow(/N and d must be >= 1/);
  });
});
