// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kvDeviation, kvScore, prefill, writeRows } from '../../../src/core/model';
import { testModel } from './load';

const model = testModel();

describe('kvDeviation and kvScore', () => {
  it('is 0 for a cache against itself and measures an overwritten row exactly', () => {
    const run = prefill(model, [0, 2, 8, 1]);
    for (const layer of kvDeviation(run.cache, run.cache)) for (const d of layer) expect(d).toEqual({ k: 0, v: 0, kRel: 0, vRel: 0 });
    const L = run.cache.layers[1];
    const k = L.k.map((K) => [K[2].map((x) => x + 3)]); // +3 on each of 2 heads × 8 entries: ‖Δk‖ = 3·√16 = 12
    const v = L.v.map((V) => [V[2]]);
    const moved = writeRows(run.cache, 1, [2], k, v);
    const dev = kvDeviation(moved, run.cache);
    expect(dev[1][2].k).toBeCloseTo(12, 12);
    expect(dev[1][2].v).toBe(0);
    const norm = Math.sqrt(L.k.reduce((s, K) => s + K[2].reduce((a, x) => a + x * x, 0), 0));
    expect(dev[1][2].kRel).toBeCloseTo(12 / norm, 12);
    expect(dev[1][1].k).toBe(0);
    expect(kvScore(moved.layers[1].k, moved.layers[1].v, L.k, L.v)).toEqual([0, 0, expect.closeTo(144, 9), 0]);
  });

  it('names a row missing from either cache', () => {
    const a = prefill(model, [0, 2]).cache;
    const b = prefill(model, [0, 2, 8]).cache;
    expect(kvDeviation(a, b)[0]).toHaveLength(2);
    expect(() => kvDeviation(a, b, [2])).toThrow('row 2 is not in both caches');
  });
});
