import { describe, expect, it } from 'vitest';
import { attentionCost, ratio, toGiB } from '../../src/core';

describe('attentionCost', () => {
  it('matches hand counts for S = 4, d = 2, one head, one layer, fp16', () => {
    const c = attentionCost({ S: 4, d: 2, B: 1, N: 1, L: 1, bytes: 2 });
    // Causal: query i sees i + 1 keys, 1 + 2 + 3 + 4 = 10 (query, key) pairs; Q·Kᵀ: 10·2 = 20, weights·V: 20.
    expect(c.fullMacs).toBe(40);
    expect(c.decodeMacs).toBe(16); // q·Kᵀ: 4·2 = 8, w·V: 8
    expect(c.scoresNumbers).toBe(16);
    expect(c.scoresBytes).toBe(32);
    expect(c.cacheNumbers).toBe(16); // K and V: 2 · 4 · 2
    expect(c.cacheBytes).toBe(32);
    expect(c.decodeIntensity).toBe(1); // 2·16 FLOPs / 32 bytes
    expect(c.prefillIntensity).toBe(2.5); // 2·40 FLOPs / 32 bytes = (S + 1)/2 at fp16
    expect(c.prefillIntensityQKVO).toBe(1.25); // Q and O add as many bytes as K and V
    expect(c.fusedExtraBytes).toBe(32); // m and ℓ for 4 query rows, fp32
    expect(c.scoresExceedCacheAbove).toBe(4); // 2·L·d: one layer's S² scores outgrow the cache beyond it
  });

  it('a full causal pass costs exactly the sum of the decode steps of lengths 1 … S', () => {
    const sizes = { d: 3, B: 2, N: 2, L: 3, bytes: 2 };
    for (const S of [1, 2, 7, 100]) {
      let sum = 0;
      for (let t = 1; t <= S; t++) sum += attentionCost({ ...sizes, S: t }).decodeMacs;
      expect(attentionCost({ ...sizes, S }).fullMacs).toBe(sum);
    }
  });

  it('one layer of scores exceeds the whole cache exactly when S > 2·L·d', () => {
    const sizes = { d: 4, B: 1, N: 2, L: 3, bytes: 2 };
    const at = (S: number) => attentionCost({ ...sizes, S });
    const edge = at(1).scoresExceedCacheAbove;
    expect(at(edge).scoresBytes).toBe(at(edge).cacheBytes);
    expect(at(edge + 1).scoresBytes).toBeGreaterThan(at(edge + 1).cacheBytes);
    expect(at(edge - 1).scoresBytes).toBeLessThan(at(edge - 1).cacheBytes);
  });

  it('scales with B, N, L; full pass ≈ ∝ S², decode ∝ S', () => {
    const base = { S: 8, d: 4, B: 1, N: 1, L: 1, bytes: 2 };
    const a = attentionCost(base);
    const b = attentionCost({ ...base, B: 2, N: 3, L: 5 });
    expect(b.fullMacs).toBe(30 * a.fullMacs);
    expect(b.cacheBytes).toBe(30 * a.cacheBytes);
    expect(b.scoresBytes).toBe(6 * a.scoresBytes); // one layer only
    const d = attentionCost({ ...base, S: 16 });
    expect(ratio(d.fullMacs, a.fullMacs)).toBe((16 * 17) / (8 * 9)); // S(S+1): just under 4
    expect(ratio(d.decodeMacs, a.decodeMacs)).toBe(2);
  });

  it('decode intensity is 2/bytes; fp32 halves it', () => {
    expect(attentionCost({ S: 100, d: 64, B: 1, N: 1, L: 1, bytes: 4 }).decodeIntensity).toBe(0.5);
  });

  it('converts bytes to GiB and rejects non-positive or fractional sizes', () => {
    expect(toGiB(2 ** 31)).toBe(2);
    expect(() => attentionCost({ S: 0, d: 2, B: 1, N: 1, L: 1, bytes: 2 })).toThrow(/S must be at least 1/);
    expect(() => attentionCost({ S: 2, d: 1.5, B: 1, N: 1, L: 1, bytes: 2 })).toThrow(/d must be a non-negative integer/);
    expect(() => ratio(1, 0)).toThrow(/denominator is 0/);
  });
});
