import { describe, expect, it } from 'vitest';
import { cachePerToken, cachePerTokenPerLayer, cacheTotal, elementsPerTokenPerLayer } from '../../src/core/cacheSize';

const kv = (layers: number, kvHeads: number, headDim: number) => ({ kind: 'kv', layers, kvHeads, headDim }) as const;

describe('cache size', () => {
  it('counts 2 · kvHeads · headDim elements per token per layer (K and V)', () => {
    expect(elementsPerTokenPerLayer(kv(32, 8, 128))).toBe(2048);
    expect(elementsPerTokenPerLayer({ kind: 'mla', layers: 61, latentDim: 512, ropeDim: 64 })).toBe(576);
  });

  it('keys and values of different widths: kvHeads · (headDim + valueDim)', () => {
    // DeepSeek-V3 without MLA: 128 heads, keys 128 + 64 = 192 wide, values 128 wide.
    expect(elementsPerTokenPerLayer({ ...kv(61, 128, 192), valueDim: 128 })).toBe(40_960);
    expect(elementsPerTokenPerLayer({ ...kv(1, 2, 3), valueDim: 3 })).toBe(elementsPerTokenPerLayer(kv(1, 2, 3)));
    expect(() => elementsPerTokenPerLayer({ ...kv(1, 2, 3), valueDim: 0 })).toThrow(/valueDim must be a positive integer/);
  });

  it('hand-checked bytes per token at 16 bits', () => {
    expect(cachePerToken(kv(32, 32, 128), 16).bytes).toBe(524_288); // Llama-2-7B: 512 KiB
    expect(cachePerToken(kv(32, 8, 128), 16).bytes).toBe(131_072); // Llama-3-8B, Mistral-7B
    expect(cachePerToken(kv(12, 12, 64), 16).bytes).toBe(36_864); // GPT-2 small
    expect(cachePerToken(kv(32, 1, 64), 16).bytes).toBe(8_192); // Falcon-7B
    expect(cachePerToken(kv(28, 4, 128), 16).bytes).toBe(57_344); // Qwen2.5-7B
    expect(cachePerToken({ kind: 'mla', layers: 61, latentDim: 512, ropeDim: 64 }, 16).bytes).toBe(70_272); // DeepSeek-V3
  });

  it('per layer and total: Llama-3-8B at 8192 tokens is exactly 1 GiB', () => {
    expect(cachePerTokenPerLayer(kv(32, 8, 128), 16).bytes).toBe(4096);
    const t = cacheTotal(kv(32, 8, 128), 16, 8192, 1);
    expect(t.bytes).toBe(1_073_741_824);
    expect(t.bits).toBe(8n * 1_073_741_824n);
  });

  it('keeps int4 half bytes and huge totals exact', () => {
    expect(cacheTotal({ kind: 'mla', layers: 1, latentDim: 1, ropeDim: 2 }, 4, 1, 1).bits).toBe(12n); // 1.5 bytes
    const huge = cacheTotal(kv(1000, 1024, 4096), 32, 10_000_000, 1024);
    expect(huge.bits).toBe(2n * 1000n * 1024n * 4096n * 32n * 10_000_000n * 1024n);
  });

  it('rejects non-positive or fractional sizes', () => {
    expect(() => cachePerToken(kv(0, 8, 128), 16)).toThrow(/layers must be a positive integer, got 0/);
    expect(() => cacheTotal(kv(32, 8, 128), 16, 1.5, 1)).toThrow(/tokens must be a positive integer/);
  });
});
