import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheRoom, fitSplit, type FitSetup, gpusForWeights, maxBatch, maxContext, usableBits } from '../../src/core/gpuFit';

const GIB = 1024 ** 3;
// Llama-3-8B in bf16 (8,030,261,248 × 16 bits) with an fp16 cache of 131,072 B per token, on 80 GiB at 90 %.
const llama: FitSetup = { gpuBytes: 80 * GIB, usablePercent: 90, weightBits: 8_030_261_248n * 16n, kvBitsPerToken: 131_072n * 8n };

describe('gpuFit, hand-checked on Llama-3-8B / 80 GiB', () => {
  it('usable = 72 GiB; room for the cache = 72 GiB − 16,060,522,496 B', () => {
    expect(usableBits(llama)).toBe(BigInt(72 * GIB) * 8n);
    expect(cacheRoom(llama) / 8n).toBe(BigInt(72 * GIB - 16_060_522_496));
  });
  it('8,192 tokens cost exactly 1 GiB per sequence, so 57 sequences fit (57.04 GiB of room)', () => {
    expect(maxBatch(llama, 8192)).toBe(57);
    expect(fitSplit(llama, 57, 8192).fits).toBe(true);
    expect(fitSplit(llama, 58, 8192).fits).toBe(false);
  });
  it('one sequence may be 467,268 tokens long: ⌊61,248,888,832 / 131,072⌋', () => {
    expect(maxContext(llama, 1)).toBe(Math.floor(61_248_888_832 / 131_072));
  });
  it('weights that do not fit leave no room, and say how many cards the weights need', () => {
    const big: FitSetup = { ...llama, weightBits: 671_026_419_200n * 8n }; // DeepSeek-V3 in fp8
    expect(maxBatch(big, 1)).toBe(0);
    expect(maxContext(big, 1)).toBe(0);
    expect(fitSplit(big, 1, 1).fits).toBe(false);
    expect(gpusForWeights(big)).toBe(Math.ceil(671_026_419_200 / (72 * GIB)));
  });
  it('the split adds up to the whole card', () => {
    const s = fitSplit(llama, 3, 1000);
    expect(s.weights + s.kv + s.free + s.heldBack).toBe(s.gpu);
  });
  it('rejects bad inputs', () => {
    expect(() => usableBits({ ...llama, usablePercent: 0 })).toThrow(RangeError);
    expect(() => maxBatch(llama, 0)).toThrow(RangeError);
    expect(() => fitSplit(llama, 1.5, 10)).toThrow(RangeError);
  });
});

describe('gpuFit properties', () => {
  it('maxBatch is the largest batch that fits; maxContext the longest context', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 64 }), (gib, pct, ctx, batch) => {
        const s: FitSetup = { gpuBytes: gib * GIB, usablePercent: pct, weightBits: 8_000_000_000n * 16n, kvBitsPerToken: 131_072n * 8n };
        const b = maxBatch(s, ctx);
        if (b > 0) expect(fitSplit(s, b, ctx).fits).toBe(true);
        expect(fitSplit(s, b + 1, ctx).fits).toBe(false);
        const c = maxContext(s, batch);
        if (c > 0) expect(fitSplit(s, batch, c).fits).toBe(true);
        expect(fitSplit(s, batch, c + 1).fits).toBe(false);
      }),
    );
  }, 60_000);
});
