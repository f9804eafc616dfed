import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tensorCounts, totalParams, weightBits, type WeightsConfig } from '../../src/core/paramCount';
import { PRESET_WEIGHTS } from '../../src/lesson/memory/weightsConfig';
import { PRESETS } from '../../src/lesson/memory/presets';

describe('parameter counts reproduce the published totals exactly', () => {
  it.each([
    ['gpt2', 124_439_808],
    ['llama2-7b', 6_738_415_616],
    ['llama3-8b', 8_030_261_248],
    ['mistral-7b', 7_241_732_096],
    ['qwen2.5-7b', 7_615_616_512],
    ['falcon-7b', 6_921_720_704],
  ])('%s = %i', (id, n) => {
    expect(totalParams(PRESET_WEIGHTS[id].config)).toBe(n);
    expect(PRESET_WEIGHTS[id].published).toBe(n);
  });

  it('DeepSeek-V3 main model = 671,026,419,200 ≈ 671 B (MTP module not counted)', () => {
    const n = totalParams(PRESET_WEIGHTS['deepseek-v3'].config);
    expect(n).toBe(671_026_419_200);
    expect(Math.round(n / 1e9)).toBe(671);
  });

  it('every memory preset has a weight layout whose attention matches the KV-cache preset', () => {
    for (const p of PRESETS) {
      const w = PRESET_WEIGHTS[p.id];
      expect(w, p.id).toBeDefined();
      expect(w.config.layers).toBe(p.layers);
      const a = w.config.attention;
      if (a.kind === 'gqa') expect([a.qHeads, a.kvHeads, a.headDim]).toEqual([p.qHeads, p.kvHeads, p.headDim]);
      else expect([a.heads, a.kvRank, a.ropeDim]).toEqual([p.qHeads, p.mla?.latentDim, p.mla?.ropeDim]);
      for (const t of tensorCounts(w.config)) expect(w.names[t.id], `${p.id} ${t.id}`).toBeTruthy();
    }
  });
});

describe('per-tensor counts, hand-checked', () => {
  it('GPT-2: tied head, fused c_attn (768, 2304) with bias, LayerNorm biases', () => {
    const t = tensorCounts(PRESET_WEIGHTS.gpt2.config);
    const by = Object.fromEntries(t.map((x) => [x.id, x]));
    expect(by.embed.params).toBe(50257 * 768);
    expect(by.pos.params).toBe(1024 * 768);
    expect(by['attn.qkv'].shape).toEqual([768, 2304]);
    expect(by['attn.qkv'].copies).toBe(12);
    expect(by['norm.mlp.bias'].params).toBe(768 * 12);
    expect(by.lm_head).toBeUndefined();
  });

  it('Llama-3-8B: K and V are (4096, 1024) because 8 K/V heads × 128', () => {
    const by = Object.fromEntries(tensorCounts(PRESET_WEIGHTS['llama3-8b'].config).map((x) => [x.id, x]));
    expect(by['attn.k'].shape).toEqual([4096, 1024]);
    expect(by['attn.q'].shape).toEqual([4096, 4096]);
    expect(by.lm_head.shape).toEqual([4096, 128256]);
  });

  it('DeepSeek-V3: 3 dense layers, 58 MoE layers of 256 routed + 1 shared expert', () => {
    const by = Object.fromEntries(tensorCounts(PRESET_WEIGHTS['deepseek-v3'].config).map((x) => [x.id, x]));
    expect(by['mlp.up'].copies).toBe(3);
    expect(by['experts.up'].copies).toBe(58 * 256);
    expect(by['shared.up'].copies).toBe(58);
    expect(by['attn.q_b'].shape).toEqual([1536, 128 * 192]);
    expect(by['attn.kv_a'].shape).toEqual([7168, 576]);
    expect(by['attn.kv_b'].shape).toEqual([512, 128 * 256]);
    expect(by['router.bias'].params).toBe(58 * 256);
  });

  it('rejects a non-positive size', () => {
    const bad: WeightsConfig = { ...PRESET_WEIGHTS.gpt2.config, hidden: 0 };
    expect(() => tensorCounts(bad)).toThrow(RangeError);
  });
});

describe('weight bytes', () => {
  it('bits = params × bits per parameter, exact (int4: half a byte)', () => {
    expect(weightBits(8_030_261_248, 16)).toBe(8_030_261_248n * 16n);
    expect(Number(weightBits(8_030_261_248, 16) / 8n)).toBe(16_060_522_496);
    expect(weightBits(3, 4)).toBe(12n); // 1.5 bytes
    expect(() => weightBits(1.5, 16)).toThrow(RangeError);
  });
});

describe('our own model as a preset (memory and serve chapters)', () => {
  it('is read from the header of its weights file: sizes, context and the parameter count', () => {
    const header = JSON.parse(readFileSync(join(__dirname, '../../src/lesson/real-model/weights.json'), 'utf8')) as {
      config: { vocab_size: number; dim: number; n_layers: number; n_heads: number; n_kv_heads: number; head_dim: number; hidden_dim: number; max_seq_len: number };
      parameters: number;
    };
    const c = header.config;
    const p = PRESETS.find((x) => x.id === 'ours');
    expect(p).toMatchObject({ layers: c.n_layers, qHeads: c.n_heads, kvHeads: c.n_kv_heads, headDim: c.head_dim, context: c.max_seq_len, own: true });
    const w = PRESET_WEIGHTS.ours;
    expect(w.config).toMatchObject({ vocab: c.vocab_size, hidden: c.dim, layers: c.n_layers, tied: true, mlp: { gated: true, inter: c.hidden_dim, bias: false } });
    expect(totalParams(w.config)).toBe(header.parameters);
    expect(w.published).toBe(header.parameters);
  });
});
