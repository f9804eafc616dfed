// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cacheBits, cacheError, prefill, runQuantized, runWithEviction, storeCache } from '../../../src/core/model';
import { maxDiff, testModel } from './load';

const model = testModel();
const ids = [3, 7, 1, 20, 11, 5, 9, 14, 2, 30, 8, 4];

describe('the real model with a quantized KV cache', () => {
  it('int8, per token: every stored number is within its group’s half step of the number computed', () => {
    const { computed, stored, bound } = runQuantized(model, ids, { bits: 8, k: 'token', v: 'token', block: 1 });
    const errors = cacheError(computed, stored);
    expect(errors).toHaveLength(model.config.nLayers * 2);
    for (const e of errors) {
      expect(e.maxAbs).toBeLessThanOrEqual(bound + 1e-12);
      expect(e.relative).toBeGreaterThan(0);
      expect(e.relative).toBeLessThan(0.01);
    }
  });

  it('fewer bits, larger error: int2 reconstructs worse than int4, int4 worse than int8 (every layer, K and V)', () => {
    const err = (bits: number) => {
      const q = runQuantized(model, ids, { bits, k: 'channel', v: 'token', block: 4 });
      return cacheError(q.computed, q.stored);
    };
    const [e8, e4, e2] = [8, 4, 2].map(err);
    e8.forEach((e, i) => {
      expect(e.relative).toBeLessThan(e4[i].relative);
      expect(e4[i].relative).toBeLessThan(e2[i].relative);
    });
  });

  it('per channel with a block longer than the text stores nothing quantized: the full cache, exactly', () => {
    const q = runQuantized(model, ids, { bits: 2, k: 'channel', v: 'channel', block: 64 });
    expect(q.logits).toEqual(runWithEviction(model, ids, { kind: 'full', budget: 1 }).logits);
    expect(cacheError(q.computed, q.stored).every((e) => e.maxAbs === 0)).toBe(true);
  });

  it('the first token reads an empty cache, so its logits are the full model’s', () => {
    const q = runQuantized(model, ids, { bits: 2, k: 'token', v: 'token', block: 1 });
    expect(maxDiff(q.logits[0], prefill(model, ids.slice(0, 1)).logits[0])).toBeLessThan(1e-12);
    expect(maxDiff(q.logits[5], prefill(model, ids.slice(0, 6)).logits[5])).toBeGreaterThan(1e-6);
  });

  it('storeCache keeps the rows of an incomplete per-channel block as they are', () => {
    const c = prefill(model, ids.slice(0, 6)).cache;
    const { stored } = storeCache(c, { bits: 2, k: 'channel', v: 'token', block: 4 });
    expect(stored.layers[1].k[0].slice(4)).toEqual(c.layers[1].k[0].slice(4));
    expect(stored.layers[1].k[0][1]).not.toEqual(c.layers[1].k[0][1]);
    expect(stored.layers[1].v[0][5]).not.toEqual(c.layers[1].v[0][5]);
  });

  it('bits of a 10-token cache (3 layers × 2 K/V heads × 8 numbers, K and V): int8 per token = 11,520; fp16 = 15,360', () => {
    expect(cacheBits(model, 10, { bits: 8, k: 'token', v: 'token', block: 1 })).toEqual({ quantized: 11_520, fp16: 15_360 });
    // K per channel in blocks of 4: 8 rows coded + 2 × 8 fp16 zero/scale pairs + 2 rows fp16.
    const k = 8 * 8 * 2 + 2 * 8 * 32 + 2 * 8 * 16;
    const v = 10 * 8 * 2 + 10 * 32;
    expect(cacheBits(model, 10, { bits: 2, k: 'channel', v: 'token', block: 4 }).quantized).toBe(3 * 2 * (k + v));
  });
});

describe('the stored cache grows with the text', () => {
  it('after every prefix it equals storing the whole computed cache at once', () => {
    for (const scheme of [
      { bits: 2, k: 'channel', v: 'token', block: 4 },
      { bits: 4, k: 'token', v: 'channel', block: 3 },
      { bits: 8, k: 'channel', v: 'channel', block: 1 },
    ] as const) {
      for (const n of [1, 3, 4, 7, 12]) {
        const q = runQuantized(model, ids.slice(0, n), scheme);
        expect(q.stored).toEqual(storeCache(q.computed, scheme).stored);
      }
    }
  });
});
