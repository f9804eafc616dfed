/**
 * The config.json fields that size each memory-chapter preset's weights (beyond what the KV cache needs),
 * keyed by preset id, with the published parameter count each total must reproduce exactly.
 * Sources: the config.json of each model on Hugging Face; DeepSeek-V3 from deepseek-ai/DeepSeek-V3
 * inference/configs/config_671B.json and its README ("671B of the Main Model weights and 14B of the
 * Multi-Token Prediction (MTP) Module weights"; the MTP module is not counted here).
 */
import type { WeightsConfig } from '../../core/paramCount';

/** A preset's weight layout, its published total, its trained context limit and the tensor names its checkpoint uses. */
export interface PresetWeights {
  readonly config: WeightsConfig;
  /** The published parameter count the per-tensor sum must equal (DeepSeek-V3: main model, 671 B). */
  readonly published: number;
  /** True when the published figure is rounded (DeepSeek-V3's "671B"); the sum must then round to it. */
  readonly rounded: boolean;
  /** max_position_embeddings (n_positions for GPT-2): the longest context the model was trained for. */
  readonly maxContext: number;
  /** The config fields the numbers come from, shown on the page. */
  readonly fields: string;
  /** Checkpoint tensor names by TensorCount id (a proper noun each; the same in both languages). */
  readonly names: Readonly<Record<string, string>>;
}

const LLAMA_NAMES: Record<string, string> = {
  embed: 'model.embed_tokens',
  'norm.attn': 'input_layernorm',
  'norm.mlp': 'post_attention_layernorm',
  'attn.q': 'self_attn.q_proj',
  'attn.q.bias': 'self_attn.q_proj.bias',
  'attn.k': 'self_attn.k_proj',
  'attn.k.bias': 'self_attn.k_proj.bias',
  'attn.v': 'self_attn.v_proj',
  'attn.v.bias': 'self_attn.v_proj.bias',
  'attn.o': 'self_attn.o_proj',
  'mlp.gate': 'mlp.gate_proj',
  'mlp.up': 'mlp.up_proj',
  'mlp.down': 'mlp.down_proj',
  'norm.final': 'model.norm',
  lm_head: 'lm_head',
};

const DEEPSEEK_NAMES: Record<string, string> = {
  ...LLAMA_NAMES,
  'attn.q_a': 'self_attn.q_a_proj',
  'attn.q_a_norm': 'self_attn.q_a_layernorm',
  'attn.q_b': 'self_attn.q_b_proj',
  'attn.kv_a': 'self_attn.kv_a_proj_with_mqa',
  'attn.kv_a_norm': 'self_attn.kv_a_layernorm',
  'attn.kv_b': 'self_attn.kv_b_proj',
  router: 'mlp.gate',
  'router.bias': 'mlp.gate.e_score_correction_bias',
  'experts.gate': 'mlp.experts.*.gate_proj',
  'experts.up': 'mlp.experts.*.up_proj',
  'experts.down': 'mlp.experts.*.down_proj',
  'shared.gate': 'mlp.shared_experts.gate_proj',
  'shared.up': 'mlp.shared_experts.up_proj',
  'shared.down': 'mlp.shared_experts.down_proj',
};

const llamaLike = (vocab: number, hidden: number, layers: number, qHeads: number, kvHeads: number, inter: number, qkvBias = false): WeightsConfig => ({
  vocab,
  hidden,
  layers,
  positions: 0,
  attention: { kind: 'gqa', qHeads, kvHeads, headDim: hidden / qHeads, fusedQkv: false, qkvBias, outBias: false },
  mlp: { gated: true, inter, bias: false },
  moe: null,
  norm: { bias: false, perLayer: 2 },
  tied: false,
});

/** Weight layouts of every memory preset, keyed by preset id. */
export const PRESET_WEIGHTS: Readonly<Record<string, PresetWeights>> = {
  gpt2: {
    config: {
      vocab: 50257,
      hidden: 768,
      layers: 12,
      positions: 1024,
      attention: { kind: 'gqa', qHeads: 12, kvHeads: 12, headDim: 64, fusedQkv: true, qkvBias: true, outBias: true },
      mlp: { gated: false, inter: 3072, bias: true },
      moe: null,
      norm: { bias: true, perLayer: 2 },
      tied: true,
    },
    published: 124_439_808,
    rounded: false,
    maxContext: 1024,
    fields: 'vocab_size 50257, n_positions 1024, n_embd 768, n_layer 12, n_inner null → 4 × 768, LayerNorm, tied wte',
    names: {
      embed: 'wte',
      pos: 'wpe',
      'norm.attn': 'h.*.ln_1',
      'norm.attn.bias': 'h.*.ln_1.bias',
      'norm.mlp': 'h.*.ln_2',
      'norm.mlp.bias': 'h.*.ln_2.bias',
      'attn.qkv': 'h.*.attn.c_attn',
      'attn.qkv.bias': 'h.*.attn.c_attn.bias',
      'attn.o': 'h.*.attn.c_proj',
      'attn.o.bias': 'h.*.attn.c_proj.bias',
      'mlp.up': 'h.*.mlp.c_fc',
      'mlp.up.bias': 'h.*.mlp.c_fc.bias',
      'mlp.down': 'h.*.mlp.c_proj',
      'mlp.down.bias': 'h.*.mlp.c_proj.bias',
      'norm.final': 'ln_f',
      'norm.final.bias': 'ln_f.bias',
    },
  },
  'llama2-7b': {
    config: llamaLike(32000, 4096, 32, 32, 32, 11008),
    published: 6_738_415_616,
    rounded: false,
    maxContext: 4096,
    fields: 'vocab_size 32000, hidden_size 4096, intermediate_size 11008, num_hidden_layers 32, tie_word_embeddings false',
    names: LLAMA_NAMES,
  },
  'llama3-8b': {
    config: llamaLike(128256, 4096, 32, 32, 8, 14336),
    published: 8_030_261_248,
    rounded: false,
    maxContext: 8192,
    fields: 'vocab_size 128256, hidden_size 4096, intermediate_size 14336, num_key_value_heads 8, tie_word_embeddings false',
    names: LLAMA_NAMES,
  },
  'mistral-7b': {
    config: llamaLike(32000, 4096, 32, 32, 8, 14336),
    published: 7_241_732_096,
    rounded: false,
    maxContext: 32768,
    fields: 'vocab_size 32000, hidden_size 4096, intermediate_size 14336, num_key_value_heads 8, tie_word_embeddings false',
    names: LLAMA_NAMES,
  },
  'qwen2.5-7b': {
    config: llamaLike(152064, 3584, 28, 28, 4, 18944, true),
    published: 7_615_616_512,
    rounded: false,
    maxContext: 131072,
    fields: 'vocab_size 152064, hidden_size 3584, intermediate_size 18944, num_key_value_heads 4, bias on q/k/v only, tie_word_embeddings false',
    names: LLAMA_NAMES,
  },
  'falcon-7b': {
    config: {
      vocab: 65024,
      hidden: 4544,
      layers: 32,
      positions: 0,
      attention: { kind: 'gqa', qHeads: 71, kvHeads: 1, headDim: 64, fusedQkv: true, qkvBias: false, outBias: false },
      mlp: { gated: false, inter: 4 * 4544, bias: false },
      moe: null,
      norm: { bias: true, perLayer: 1 },
      tied: true,
    },
    published: 6_921_720_704,
    rounded: false,
    maxContext: 2048,
    fields: 'vocab_size 65024, hidden_size 4544, multi_query true, parallel_attn true (one LayerNorm per layer), bias false, MLP 4 × 4544, tied embeddings',
    names: {
      embed: 'transformer.word_embeddings',
      'norm.attn': 'h.*.input_layernorm',
      'norm.attn.bias': 'h.*.input_layernorm.bias',
      'attn.qkv': 'h.*.self_attention.query_key_value',
      'attn.o': 'h.*.self_attention.dense',
      'mlp.up': 'h.*.mlp.dense_h_to_4h',
      'mlp.down': 'h.*.mlp.dense_4h_to_h',
      'norm.final': 'transformer.ln_f',
      'norm.final.bias': 'transformer.ln_f.bias',
    },
  },
  'deepseek-v3': {
    config: {
      vocab: 129280,
      hidden: 7168,
      layers: 61,
      positions: 0,
      attention: { kind: 'mla', heads: 128, qRank: 1536, kvRank: 512, nopeDim: 128, ropeDim: 64, vDim: 128 },
      mlp: { gated: true, inter: 18432, bias: false },
      moe: { denseLayers: 3, routed: 256, shared: 1, inter: 2048, routerBias: true },
      norm: { bias: false, perLayer: 2 },
      tied: false,
    },
    published: 671e9,
    rounded: true,
    maxContext: 163840,
    fields:
      'vocab_size 129280, hidden_size 7168, intermediate_size 18432, first_k_dense_replace 3, n_routed_experts 256, n_shared_experts 1, moe_intermediate_size 2048, q_lora_rank 1536, kv_lora_rank 512',
    names: DEEPSEEK_NAMES,
  },
  // Our own model (train/model.py, Meta's llama/model.py names); published = the count its weights header records.
  ours: {
    config: { ...llamaLike(52, 32, 3, 4, 2, 64), tied: true },
    published: 29_536,
    rounded: false,
    maxContext: 64,
    fields: 'vocab_size 52, dim 32, hidden_dim 64, n_kv_heads 2, output tied to tok_embeddings',
    names: {
      embed: 'tok_embeddings',
      'norm.attn': 'layers.*.attention_norm',
      'norm.mlp': 'layers.*.ffn_norm',
      'attn.q': 'layers.*.attention.wq',
      'attn.k': 'layers.*.attention.wk',
      'attn.v': 'layers.*.attention.wv',
      'attn.o': 'layers.*.attention.wo',
      'mlp.gate': 'layers.*.feed_forward.w1',
      'mlp.up': 'layers.*.feed_forward.w3',
      'mlp.down': 'layers.*.feed_forward.w2',
      'norm.final': 'norm',
    },
  },
};

/** The weight layout of a preset, or undefined for an unknown id. */
export function presetWeights(id: string): PresetWeights | undefined {
  return Object.hasOwn(PRESET_WEIGHTS, id) ? PRESET_WEIGHTS[id] : undefined;
}
