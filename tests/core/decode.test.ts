import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attend, createKVCache, decodeStep, kvAppend, prefill } from '../../src/core';
import type { KVCache } from '../../src/core';
import { closeMat, qkv } from './arbitraries';

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

describe('decodeStep', () => {
  it('appends k, v and lets q attend over every cached key (worked example)', () => {
    const cache = kvAppend(kvAppend(createKVCache(), K[0], V[0]), K[1], V[1]);
    const { cache: next, trace } = decodeStep(cache, [1, 1, 2], K[2], V[2]);
    expect(next.keys).toEqual(K);
    expect(next.values).toEqual(V);
    expect(cache.keys).toHaveLength(2); // the old cache is untouched
    expect(trace.scores).toEqual([[3, 3, 2]]);
    for (const [j, w] of [0.3904, 0.3904, 0.2192].entries()) expect(trace.weights[0][j]).toBeCloseTo(w, 4);
    for (const [j, o] of [0.3096, 0.2952, 0.4781].entries()) expect(trace.output[0][j]).toBeCloseTo(o, 4);
  });

  it('gives the first token all its own weight', () => {
    const { trace } = decodeStep(createKVCache(), [5, -3], [2, 2], [7]);
    expect(trace.weights).toEqual([[1]]);
    expect(trace.output).toEqual([[7]]);
  });

  it('throws naming mismatched widths', () => {
    const cache = kvAppend(createKVCache(), [1, 0], [1]);
    expect(() => decodeStep(cache, [1, 0, 0], [1, 0], [1])).toThrow(/q has 3 entries but k has 2 \(d_k must match\)/);
    expect(() => decodeStep(cache, [1, 0, 0], [1, 0, 0], [1])).toThrow(/k has 3 columns but cached keys \(1, 2\) have 2/);
    expect(() => decodeStep(cache, [1, 0], [1, 0], [1, 2])).toThrow(/v has 2 columns but cached values \(1, 1\) have 1/);
    expect(() => decodeStep(cache, [1, Number.NaN], [1, 0], [1])).toThrow(/q\[1\] is NaN/);
  });

  it('property: decoding token by token through the cache equals full causal attention', () => {
    fc.assert(
      fc.property(qkv, ({ Q, K, V }) => {
        const full = attend(Q, K, V, { causal: true });
        let cache: KVCache = createKVCache();
        Q.forEach((q, t) => {
          const step = decodeStep(cache, q, K[t], V[t]);
          cache = step.cache;
          closeMat(step.trace.weights, [full.weights[t].slice(0, t + 1)]);
          closeMat(step.trace.output, [full.output[t]]);
        });
        expect(cache.keys).toEqual(K);
        expect(cache.values).toEqual(V);
      }),
    );
  });
});

describe('prefill', () => {
  it('appends every row and runs causal attention', () => {
    const { cache, trace } = prefill(createKVCache(), K, K, V);
    expect(cache.keys).toEqual(K);
    expect(trace).toEqual(attend(K, K, V, { causal: true }));
  });

  it('throws naming mismatched shapes', () => {
    expect(() => prefill(createKVCache(), K, K, V.slice(0, 2))).toThrow(/K has 3 rows but V has 2/);
    expect(() => prefill(createKVCache(), [[1, 2]], K, V)).toThrow(/K has 3 columns but Q has 2 \(d_k must match\)/);
    const cache = kvAppend(createKVCache(), [1, 2], [3]);
    expect(() => prefill(cache, K, K, V)).toThrow(/K has 3 columns but cached keys \(1, 2\) have 2/);
  });

  it('property: prefill of the first p tokens, then decode steps, equals full causal attention', () => {
    const withP = qkv.chain((x) => fc.record({ x: fc.constant(x), p: fc.integer({ min: 1, max: x.Q.length }) }));
    fc.assert(
      fc.property(withP, ({ x: { Q, K, V }, p }) => {
        const full = attend(Q, K, V, { causal: true });
        const first = prefill(createKVCache(), Q.slice(0, p), K.slice(0, p), V.slice(0, p));
        closeMat(first.trace.weights, full.weights.slice(0, p).map((row) => row.slice(0, p)));
        closeMat(first.trace.output, full.output.slice(0, p));
        let cache = first.cache;
        for (let t = p; t < Q.length; t++) {
          const step = decodeStep(cache, Q[t], K[t], V[t]);
          cache = step.cache;
          closeMat(step.trace.output, [full.output[t]]);
        }
        expect(cache.keys).toHaveLength(Q.length);
      }),
    );
  });
});
