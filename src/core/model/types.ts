/**
 * Types of the real model (a Llama-style decoder; names as in Meta's llama/model.py and train/model.py).
 * Shapes: T = tokens (rows), dim = model width, H = query heads, KV = key/value heads, hd = head dim.
 * Weight matrices keep PyTorch's nn.Linear layout (out, in): y = W·x, so row o of W makes output o.
 */
import type { AttentionTrace, Mat, Vec } from '../types';

/** The architecture, read from the weights file's header (never guessed). */
export interface ModelConfig {
  /** Words in the closed vocabulary (V). */
  readonly vocabSize: number;
  /** Width of the residual stream (dim). */
  readonly dim: number;
  /** Transformer blocks. */
  readonly nLayers: number;
  /** Query heads (H). */
  readonly nHeads: number;
  /** Key/value heads (KV), each shared by H/KV query heads (grouped-query attention). */
  readonly nKvHeads: number;
  /** Width of one head's q, k and v (hd); H·hd = dim. */
  readonly headDim: number;
  /** Width of the gated MLP's hidden layer. */
  readonly hiddenDim: number;
  /** Longest context (tokens in the cache plus new tokens) the model was trained on. */
  readonly maxSeqLen: number;
  /** RoPE base b: pair i turns by position · b^(−2i/hd) radians. */
  readonly ropeBase: number;
  /** ε inside RMSNorm's square root. */
  readonly normEps: number;
}

/** One block's weights; (out, in) layout. */
export interface LayerWeights {
  /** RMSNorm gain before attention, (dim). */
  readonly attention_norm: Vec;
  /** Query projection, (H·hd, dim). */
  readonly wq: Mat;
  /** Key projection, (KV·hd, dim). */
  readonly wk: Mat;
  /** Value projection, (KV·hd, dim). */
  readonly wv: Mat;
  /** Output projection of the concatenated heads, (dim, H·hd). */
  readonly wo: Mat;
  /** RMSNorm gain before the MLP, (dim). */
  readonly ffn_norm: Vec;
  /** MLP gate projection, (hidden, dim). */
  readonly w1: Mat;
  /** MLP down projection, (dim, hidden). */
  readonly w2: Mat;
  /** MLP up projection, (hidden, dim). */
  readonly w3: Mat;
}

/** A prediction checked after training: prompt → expected top word, with what the model gave (top, p). */
export interface TrainingCheck {
  readonly prompt: string;
  readonly expected: string;
  /** True when training fails unless top = expected ("the cat sat" → "on"); false for the copying checks. */
  readonly required: boolean;
  readonly top: string;
  readonly p: number;
}

/** How the weights were made (from the file's header; train/train.py writes it). */
export interface TrainingInfo {
  readonly seed: number;
  readonly steps: number;
  readonly corpusSha256: string;
  readonly corpusDocs: number;
  readonly corpusTokens: number;
  readonly finalLoss: number;
  /** Held-out share of answer words (subject, colour, place) the model copies right, greedy, 0–1. */
  readonly heldoutCopyAccuracy: number;
  readonly torch: string;
}

/** A loaded model: config, vocabulary and weights, all float64 numbers read from float32 data. */
export interface Model {
  readonly config: ModelConfig;
  /** The closed vocabulary; a token id is an index into it, (V). */
  readonly vocab: readonly string[];
  /** Language of each vocabulary word, (V). */
  readonly languages: readonly ('en' | 'zh')[];
  /** Token embeddings, (V, dim); also the output matrix (tied): logits = norm(h)·tok_embeddingsᵀ. */
  readonly tok_embeddings: Mat;
  /** The blocks, (nLayers). */
  readonly layers: readonly LayerWeights[];
  /** Final RMSNorm gain, (dim). */
  readonly norm: Vec;
  /** Number of trained parameters (the tied output counted once). */
  readonly parameters: number;
  readonly training: TrainingInfo;
  readonly checks: readonly TrainingCheck[];
}

/** One layer's cache: per K/V head, keys after RoPE and values as projected, each (T, hd). */
export interface LayerCache {
  /** (KV) × (T, hd): row t is token t's key, rotated at the position it was written at. */
  readonly k: readonly Mat[];
  /** (KV) × (T, hd): row t is token t's value. */
  readonly v: readonly Mat[];
}

/** The whole model's KV cache; rows = cached tokens, in order. Never mutated: functions return new caches. */
export interface ModelCache {
  /** Token id of each row, (T). */
  readonly ids: readonly number[];
  /** Position each row's key was rotated at, (T). */
  readonly positions: readonly number[];
  /** (nLayers) layer caches, each with T rows per head. */
  readonly layers: readonly LayerCache[];
}

/** Named intermediates of one head: AttentionTrace (T_q, T_k) plus the K/V head it read. */
export interface HeadTrace extends AttentionTrace {
  /** Index of the K/V head this query head shares: floor(h / (H / KV)). */
  readonly group: number;
}

/** Every named intermediate of one block for T_q new tokens (over T_k keys: cached + new). */
export interface LayerTrace {
  /** Block input, the residual stream, (T_q, dim). */
  readonly x: Mat;
  /** attention_norm(x), (T_q, dim). */
  readonly xn: Mat;
  /** Queries before RoPE, (H) × (T_q, hd). */
  readonly qRaw: readonly Mat[];
  /** Queries after RoPE, (H) × (T_q, hd). */
  readonly q: readonly Mat[];
  /** New keys before RoPE, (KV) × (T_q, hd). */
  readonly kRaw: readonly Mat[];
  /** New keys after RoPE (what the cache stores), (KV) × (T_q, hd). */
  readonly k: readonly Mat[];
  /** New values, (KV) × (T_q, hd). */
  readonly v: readonly Mat[];
  /** Per query head: scores, scaled (masked −∞), weights, output (T_q, hd). */
  readonly heads: readonly HeadTrace[];
  /** The head outputs side by side, (T_q, H·hd). */
  readonly concat: Mat;
  /** concat·woᵀ, (T_q, dim). */
  readonly attn: Mat;
  /** x + attn, (T_q, dim). */
  readonly h: Mat;
  /** ffn_norm(h), (T_q, dim). */
  readonly hn: Mat;
  /** silu(w1·hn) ⊙ (w3·hn), the MLP's hidden layer, (T_q, hidden). */
  readonly hidden: Mat;
  /** w2·hidden, (T_q, dim). */
  readonly ffn: Mat;
  /** Block output h + ffn, (T_q, dim). */
  readonly out: Mat;
}

/** What a forward pass over T_q new tokens returns. */
export interface ForwardResult {
  /** Next-token logits after each new token, (T_q, V). */
  readonly logits: Mat;
  /** The cache grown by the new tokens' rows. */
  readonly cache: ModelCache;
  /** Per layer, every named intermediate, (nLayers). */
  readonly layers: readonly LayerTrace[];
  /** norm(final residual stream), (T_q, dim). */
  readonly final: Mat;
  /** Position each new token was rotated at, (T_q). */
  readonly positions: readonly number[];
}
