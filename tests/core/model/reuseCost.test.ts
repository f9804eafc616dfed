// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blendMacs, cacheBlend, causalKeys, layerMacs, prefillMacs, suffixMacs } from '../../../src/core/model';
import { testModel } from './load';

const model = testModel();
const cfg = model.config; // dim 32, H 4, KV 2, hd 8, hidden 64, 3 layers

describe('multiply-adds of full prefill, reuse and CacheBlend', () => {
  it('one layer, counted by hand: q, k, v projections, 2·n·H·hd per query over n keys, wo and the gated MLP', () => {
    // 2 tokens projected: 2·32·(4 + 2·2)·8 = 4,096; queries over 1 and 2 keys: 2·(1 + 2)·4·8 = 192; 2·(32·32 + 3·32·64) = 14,336.
    expect(layerMacs(cfg, 2, [1, 2])).toBe(4096 + 192 + 14336);
    expect(causalKeys(3, 2)).toEqual([4, 5]);
  });

  it('reusing nothing costs a full prefill; reusing tokens costs less; CacheBlend at r = 100 % costs a full prefill', () => {
    const T = 22;
    expect(suffixMacs(cfg, 0, T)).toBe(prefillMacs(cfg, T));
    expect(suffixMacs(cfg, 15, T)).toBeLessThan(prefillMacs(cfg, T) / 2);
    const chunks = [[0, 6, 8, 1, 0, 18, 17, 25], [0, 5, 10, 1, 0, 15, 25]];
    const q = [23, 10, 1, 0, 15, 24, 0];
    const all = cacheBlend(model, chunks, q, { ratio: 1 });
    expect(blendMacs(cfg, T, 1, all.visible)).toBe(prefillMacs(cfg, T));
    const none = cacheBlend(model, chunks, q, { ratio: 0 });
    // r = 0 still runs layer 0 for every token and projects every token's q, k, v on the check layer.
    expect(blendMacs(cfg, T, 1, none.visible)).toBeGreaterThan(suffixMacs(cfg, 15, T));
    expect(blendMacs(cfg, T, 1, none.visible)).toBeLessThan(prefillMacs(cfg, T));
  });
});
