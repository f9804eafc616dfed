/**
 * Parameter counts of a decoder-only transformer, tensor by tensor, from the fields of its config.json.
 * Shapes are (in, out) as in x·W (rows = tokens); embeddings are (vocab, hidden); biases and norms (out).
 * Quantization scales and buffers (e.g. RoPE tables) are not parameters and are not counted.
 */

/** The attention projections: per-head Q/K/V (MHA/GQA/MQA, maybe fused into one matrix) or MLA's low-rank form. */
export type AttentionWeights =
  | {
      readonly kind: 'gqa';
      readonly qHeads: number;
      readonly kvHeads: number;
      readonly headDim: number;
      /** One (hidden, (qHeads + 2·kvHeads)·headDim) matrix, as GPT-2's c_attn and Falcon's query_key_value. */
      readonly fusedQkv: boolean;
      readonly qkvBias: boolean;
      readonly outBias: boolean;
    }
  | {
      readonly kind: 'mla';
      readonly heads: number;
      /** q_lora_rank, kv_lora_rank, qk_nope_head_dim, qk_rope_head_dim, v_head_dim (DeepSeek-V3). */
      readonly qRank: number;
      readonly kvRank: number;
      readonly nopeDim: number;
      readonly ropeDim: number;
      readonly vDim: number;
    };

/** The feed-forward block: gated (SwiGLU: gate, up, down) or plain (up, down). */
export interface MlpWeights {
  readonly gated: boolean;
  readonly inter: number;
  readonly bias: boolean;
}

/** Mixture of experts: after the first `denseLayers` layers, the MLP becomes a router plus routed and shared gated experts. */
export interface MoeWeights {
  readonly denseLayers: number;
  readonly routed: number;
  readonly shared: number;
  /** Width of one expert (moe_intermediate_size). */
  readonly inter: number;
  /** A learned per-expert bias in the router (DeepSeek-V3's e_score_correction_bias). */
  readonly routerBias: boolean;
}

/** What the weights of a model are made of, read from its config.json. */
export interface WeightsConfig {
  readonly vocab: number;
  readonly hidden: number;
  readonly layers: number;
  /** Rows of a learned position embedding (GPT-2's wpe); 0 for RoPE models. */
  readonly positions: number;
  readonly attention: AttentionWeights;
  readonly mlp: MlpWeights;
  readonly moe: MoeWeights | null;
  /** LayerNorm has a bias, RMSNorm does not; 2 norms per layer, or 1 (Falcon's parallel attention + MLP). */
  readonly norm: { readonly bias: boolean; readonly perLayer: 1 | 2 };
  /** The output projection reuses the embedding matrix (no lm_head tensor of its own). */
  readonly tied: boolean;
}

/** Which part of the model a tensor belongs to. */
export type TensorGroup = 'embedding' | 'attention' | 'mlp' | 'experts' | 'norms' | 'head';

/** One tensor (or one kind of tensor repeated `copies` times, e.g. once per layer). params = ∏shape × copies. */
export interface TensorCount {
  /** Stable id in Llama-style naming, e.g. 'attn.q', 'attn.q.bias', 'experts.up'. */
  readonly id: string;
  readonly group: TensorGroup;
  readonly shape: readonly number[];
  readonly copies: number;
  readonly params: number;
}

function positive(x: number, label: string): number {
  if (!Number.isSafeInteger(x) || x < 1) throw new RangeError(`${label} must be a positive integer, got ${x}`);
  return x;
}

/** Every tensor of the model with its shape and number of copies; throws RangeError on a non-positive size. */
export function tensorCounts(c: WeightsConfig): TensorCount[] {
  const h = positive(c.hidden, 'hidden');
  const L = positive(c.layers, 'layers');
  const out: TensorCount[] = [];
  const add = (id: string, group: TensorGroup, shape: number[], copies: number) => {
    if (copies > 0) out.push({ id, group, shape, copies, params: shape.reduce((a, b) => a * b, 1) * copies });
  };
  add('embed', 'embedding', [positive(c.vocab, 'vocab'), h], 1);
  if (c.positions > 0) add('pos', 'embedding', [c.positions, h], 1);

  const norm = (id: string, width: number, copies: number) => {
    add(id, 'norms', [width], copies);
    if (c.norm.bias) add(`${id}.bias`, 'norms', [width], copies);
  };
  norm('norm.attn', h, L);
  if (c.norm.perLayer === 2) norm('norm.mlp', h, L);

  const a = c.attention;
  if (a.kind === 'gqa') {
    const q = positive(a.qHeads, 'qHeads') * positive(a.headDim, 'headDim');
    const kv = positive(a.kvHeads, 'kvHeads') * a.headDim;
    if (a.fusedQkv) {
      add('attn.qkv', 'attention', [h, q + 2 * kv], L); // (d, (n_q + 2·n_kv)·d_h)
      if (a.qkvBias) add('attn.qkv.bias', 'attention', [q + 2 * kv], L);
    } else {
      for (const [id, w] of [['q', q], ['k', kv], ['v', kv]] as const) {
        add(`attn.${id}`, 'attention', [h, w], L);
        if (a.qkvBias) add(`attn.${id}.bias`, 'attention', [w], L);
      }
    }
    add('attn.o', 'attention', [q, h], L);
    if (a.outBias) add('attn.o.bias', 'attention', [h], L);
  } else {
    const n = positive(a.heads, 'heads');
    const qk = positive(a.nopeDim, 'nopeDim') + positive(a.ropeDim, 'ropeDim');
    add('attn.q_a', 'attention', [h, positive(a.qRank, 'qRank')], L); // down-projection of the query
    add('attn.q_a_norm', 'attention', [a.qRank], L);
    add('attn.q_b', 'attention', [a.qRank, n * qk], L);
    add('attn.kv_a', 'attention', [h, positive(a.kvRank, 'kvRank') + a.ropeDim], L); // latent c_KV and the shared RoPE key
    add('attn.kv_a_norm', 'attention', [a.kvRank], L);
    add('attn.kv_b', 'attention', [a.kvRank, n * (a.nopeDim + positive(a.vDim, 'vDim'))], L);
    add('attn.o', 'attention', [n * a.vDim, h], L);
  }

  const dense = c.moe ? Math.min(L, c.moe.denseLayers) : L;
  const inter = positive(c.mlp.inter, 'inter');
  if (c.mlp.gated) add('mlp.gate', 'mlp', [h, inter], dense);
  add('mlp.up', 'mlp', [h, inter], dense);
  if (c.mlp.bias) add('mlp.up.bias', 'mlp', [inter], dense);
  add('mlp.down', 'mlp', [inter, h], dense);
  if (c.mlp.bias) add('mlp.down.bias', 'mlp', [h], dense);

  if (c.moe) {
    const moeLayers = L - dense;
    const e = positive(c.moe.inter, 'moe inter');
    add('router', 'experts', [h, positive(c.moe.routed, 'routed experts')], moeLayers);
    if (c.moe.routerBias) add('router.bias', 'experts', [c.moe.routed], moeLayers);
    for (const part of ['gate', 'up'] as const) add(`experts.${part}`, 'experts', [h, e], moeLayers * c.moe.routed);
    add('experts.down', 'experts', [e, h], moeLayers * c.moe.routed);
    for (const part of ['gate', 'up'] as const) add(`shared.${part}`, 'experts', [h, e], moeLayers * c.moe.shared);
    add('shared.down', 'experts', [e, h], moeLayers * c.moe.shared);
  }

  norm('norm.final', h, 1);
  if (!c.tied) add('lm_head', 'head', [h, c.vocab], 1);
  return out;
}

/** Total parameter count (exact: every published model here stays below 2^53). */
export function totalParams(c: WeightsConfig): number {
  return tensorCounts(c).reduce((s, t) => s + t.params, 0);
}

/** Weight memory in bits: params × bits per parameter (32 fp32, 16 bf16/fp16, 8 fp8, 4 int4), exact. */
export function weightBits(params: number, bitsPerParam: number): bigint {
  positive(bitsPerParam, 'bitsPerParam');
  if (!Number.isSafeInteger(params) || params < 0) throw new RangeError(`params must be a non-negative integer, got ${params}`);
  return BigInt(params) * BigInt(bitsPerParam);
}
