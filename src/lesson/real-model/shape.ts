/**
 * The real model's shape as the chapter's share-link fields need it before the weights load (bounds of the
 * layer and head pickers, the context). Read from src/lesson/real-model/weights.json's header; a test
 * (tests/lesson/real-model/model.test.ts) fails if a retrained model changes any of them.
 */
import { fmtInt } from '../format';
export const MODEL_SHAPE = {
  /** Transformer blocks (config.n_layers). */
  layers: 3,
  /** Query heads (config.n_heads). */
  heads: 4,
  /** Key/value heads (config.n_kv_heads). */
  kvHeads: 2,
  /** Width of each head (config.head_dim). */
  headDim: 8,
  /** Longest context in tokens (config.max_seq_len). */
  context: 64,
  /** Words in the vocabulary (config.vocab_size). */
  vocab: 52,
  /** RoPE base (config.rope_base). */
  ropeBase: 10_000,
} as const;

/** The placeholders of the chapter's narrative, from the shape (so the text reads before the weights arrive). */
export const NARRATIVE_PARAMS = {
  V: MODEL_SHAPE.vocab,
  L: MODEL_SHAPE.layers,
  H: MODEL_SHAPE.heads,
  KV: MODEL_SHAPE.kvHeads,
  hd: MODEL_SHAPE.headDim,
  heads: MODEL_SHAPE.layers * MODEL_SHAPE.heads,
  caches: MODEL_SHAPE.layers * MODEL_SHAPE.kvHeads,
  base: fmtInt(MODEL_SHAPE.ropeBase),
} as const;
