import type { CacheLayout } from '../cacheSize';
import type { ModelConfig } from './types';

/** Upper bounds that keep a hostile or corrupt header from allocating without limit. */
const LIMITS = { vocabSize: 10_000, dim: 1024, nLayers: 32, nHeads: 64, headDim: 256, hiddenDim: 8192, maxSeqLen: 8192 };

/** Reads one positive integer field `key` of the header's config object, ≤ max; throws naming the field. */
function int(raw: Record<string, unknown>, key: string, max: number): number {
  const x = raw[key];
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > max) {
    throw new Error(`model file: config.${key} must be an integer from 1 to ${max}, got ${JSON.stringify(x)}`);
  }
  return x;
}

/** Reads one positive finite number field `key`; throws naming the field. */
function positive(raw: Record<string, unknown>, key: string): number {
  const x = raw[key];
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
    throw new Error(`model file: config.${key} must be a positive number, got ${JSON.stringify(x)}`);
  }
  return x;
}

/** Validates the header's config (snake_case, as train/train.py writes it) and returns it; throws naming the field. */
export function parseConfig(raw: unknown): ModelConfig {
  if (typeof raw !== 'object' || raw === null) throw new Error('model file: config is missing or not an object');
  const c = raw as Record<string, unknown>;
  const config: ModelConfig = {
    vocabSize: int(c, 'vocab_size', LIMITS.vocabSize),
    dim: int(c, 'dim', LIMITS.dim),
    nLayers: int(c, 'n_layers', LIMITS.nLayers),
    nHeads: int(c, 'n_heads', LIMITS.nHeads),
    nKvHeads: int(c, 'n_kv_heads', LIMITS.nHeads),
    headDim: int(c, 'head_dim', LIMITS.headDim),
    hiddenDim: int(c, 'hidden_dim', LIMITS.hiddenDim),
    maxSeqLen: int(c, 'max_seq_len', LIMITS.maxSeqLen),
    ropeBase: positive(c, 'rope_base'),
    normEps: positive(c, 'norm_eps'),
  };
  if (config.nHeads % config.nKvHeads !== 0) {
    throw new Error(`model file: n_kv_heads = ${config.nKvHeads} must divide n_heads = ${config.nHeads}`);
  }
  if (config.nHeads * config.headDim !== config.dim) {
    throw new Error(`model file: n_heads · head_dim = ${config.nHeads * config.headDim} must equal dim = ${config.dim}`);
  }
  if (config.headDim % 2 !== 0) throw new Error(`model file: head_dim = ${config.headDim} must be even (RoPE turns pairs)`);
  return config;
}

/** Names and shapes of every tensor in file order ((out, in) layout), as train/train.py's param_order writes them. */
export function tensorLayout(c: ModelConfig): { name: string; shape: number[] }[] {
  const { dim: d, headDim: hd, hiddenDim: hid } = c;
  const out = [{ name: 'tok_embeddings.weight', shape: [c.vocabSize, d] }];
  for (let i = 0; i < c.nLayers; i++) {
    const p = `layers.${i}.`;
    out.push(
      { name: `${p}attention_norm.weight`, shape: [d] },
      { name: `${p}attention.wq.weight`, shape: [c.nHeads * hd, d] },
      { name: `${p}attention.wk.weight`, shape: [c.nKvHeads * hd, d] },
      { name: `${p}attention.wv.weight`, shape: [c.nKvHeads * hd, d] },
      { name: `${p}attention.wo.weight`, shape: [d, c.nHeads * hd] },
      { name: `${p}ffn_norm.weight`, shape: [d] },
      { name: `${p}feed_forward.w1.weight`, shape: [hid, d] },
      { name: `${p}feed_forward.w2.weight`, shape: [d, hid] },
      { name: `${p}feed_forward.w3.weight`, shape: [hid, d] },
    );
  }
  out.push({ name: 'norm.weight', shape: [d] });
  return out;
}

/** Parameters of a model with this config: every tensor of tensorLayout (the tied output counted once). */
export function parameterCount(c: ModelConfig): number {
  return tensorLayout(c).reduce((n, t) => n + t.shape.reduce((a, b) => a * b, 1), 0);
}

/** The model's KV-cache layout for the memory formulas of src/core/cacheSize.ts: K and V per layer and K/V head, width head_dim. */
export function cacheLayoutOf(c: ModelConfig): CacheLayout {
  return { kind: 'kv', layers: c.nLayers, kvHeads: c.nKvHeads, headDim: c.headDim };
}
