import { describe, expect, it } from 'vitest';
import { tensorCounts, totalParams, type WeightsConfig } from '../../src/core/paramCount';

// A toy model small enough to count by hand: vocab 10, hidden 4, 2 layers, 2 query heads and 1 K/V head of width 2.
const toy: WeightsConfig = {
  vocab: 10,
  hidden: 4,
  layers: 2,
  positions: 0,
  attention: { kind: 'gqa', qHeads: 2, kvHeads: 1, headDim: 2, fusedQkv: false, qkvBias: false, outBias: false },
  mlp: { gated: true, inter: 8, bias: false },
  moe: null,
  norm: { bias: false, perLayer: 2 },
  tied: false,
};

describe('tensorCounts on a hand-counted toy model', () => {
  it('counts every tensor: embed 40, per layer q 16 + k 8 + v 8 + o 16 + mlp 3·32 + norms 8, final norm 4, head 40', () => {
    const perLayer = 16 + 8 + 8 + 16 + 96 + 8;
    expect(totalParams(toy)).toBe(40 + 2 * perLayer + 4 + 40);
    const k = tensorCounts(toy).find((t) => t.id === 'attn.k');
    expect(k).toMatchObject({ shape: [4, 2], copies: 2, params: 16 });
  });

  it('tying the head removes lm_head; a fused QKV with bias has (q + 2·kv) outputs', () => {
    expect(totalParams({ ...toy, tied: true })).toBe(totalParams(toy) - 40);
    const fused = tensorCounts({ ...toy, attention: { ...toy.attention, fusedQkv: true, qkvBias: true } as WeightsConfig['attention'] });
    expect(fused.find((t) => t.id === 'attn.qkv')?.shape).toEqual([4, 8]);
    expect(fused.find((t) => t.id === 'attn.qkv.bias')?.params).toBe(16);
  });

  it('MoE layers replace the dense MLP after denseLayers', () => {
    const moe = tensorCounts({ ...toy, moe: { denseLayers: 1, routed: 3, shared: 1, inter: 2, routerBias: false } });
    expect(moe.find((t) => t.id === 'mlp.up')?.copies).toBe(1);
    expect(moe.find((t) => t.id === 'experts.down')).toMatchObject({ shape: [2, 4], copies: 3 });
    expect(moe.find((t) => t.id === 'router')?.params).toBe(12);
  });
});
