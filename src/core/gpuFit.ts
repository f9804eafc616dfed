/**
 * What fits on one GPU: weights, KV cache and what is left, in exact integer bits (BigInt), so a
 * half-byte int4 element or a 671-billion-parameter model never rounds. Memory sizes in bytes.
 * A server keeps part of the card for activations and its runtime: `usablePercent` of the GPU is
 * what weights and cache may use (vLLM's gpu_memory_utilization, default 0.9).
 */

/** The fixed part of the question: card size, the share a server may use, the weights, and the cache per token of one sequence. */
export interface FitSetup {
  /** GPU memory in bytes (e.g. 80 GiB = 85,899,345,920). */
  readonly gpuBytes: number;
  /** Whole percent of the GPU that weights and cache may use (1–100). */
  readonly usablePercent: number;
  /** Bits of all weights. */
  readonly weightBits: bigint;
  /** Bits of K and V for one token of one sequence, over all layers (from cachePerToken). */
  readonly kvBitsPerToken: bigint;
}

/** How the card is split for a batch of sequences of one context length: bits of each part; free < 0 means it does not fit. */
export interface FitSplit {
  readonly gpu: bigint;
  readonly usable: bigint;
  /** The share kept back for activations and the runtime (gpu − usable). */
  readonly heldBack: bigint;
  readonly weights: bigint;
  readonly kv: bigint;
  /** usable − weights − kv (negative when over). */
  readonly free: bigint;
  readonly fits: boolean;
}

function check(s: FitSetup): void {
  if (!Number.isSafeInteger(s.gpuBytes) || s.gpuBytes < 1) throw new RangeError(`gpuBytes must be a positive integer, got ${s.gpuBytes}`);
  if (!Number.isInteger(s.usablePercent) || s.usablePercent < 1 || s.usablePercent > 100) {
    throw new RangeError(`usablePercent must be a whole number from 1 to 100, got ${s.usablePercent}`);
  }
  if (s.weightBits < 0n || s.kvBitsPerToken < 1n) throw new RangeError('weightBits must be ≥ 0 and kvBitsPerToken ≥ 1');
}

function count(x: number, label: string): bigint {
  if (!Number.isSafeInteger(x) || x < 1) throw new RangeError(`${label} must be a positive integer, got ${x}`);
  return BigInt(x);
}

/** Usable memory in bits: floor(gpuBytes × usablePercent / 100) bytes, × 8. */
export function usableBits(s: FitSetup): bigint {
  check(s);
  return ((BigInt(s.gpuBytes) * BigInt(s.usablePercent)) / 100n) * 8n;
}

/** The split for `batch` sequences of `context` tokens each: weights | KV cache | free | held back. */
export function fitSplit(s: FitSetup, batch: number, context: number): FitSplit {
  const usable = usableBits(s);
  const gpu = BigInt(s.gpuBytes) * 8n;
  const kv = s.kvBitsPerToken * count(batch, 'batch') * count(context, 'context');
  const free = usable - s.weightBits - kv;
  return { gpu, usable, heldBack: gpu - usable, weights: s.weightBits, kv, free, fits: free >= 0n };
}

/** Bits left for the KV cache once the weights are in (0 when the weights alone do not fit). */
export function cacheRoom(s: FitSetup): bigint {
  const room = usableBits(s) - s.weightBits;
  return room > 0n ? room : 0n;
}

/** The longest context (tokens per sequence) for `batch` sequences: ⌊room / (kvPerToken × batch)⌋; 0 if none fits. */
export function maxContext(s: FitSetup, batch: number): number {
  return Number(cacheRoom(s) / (s.kvBitsPerToken * count(batch, 'batch')));
}

/** The largest batch of sequences `context` tokens long: ⌊room / (kvPerToken × context)⌋; 0 if none fits. */
export function maxBatch(s: FitSetup, context: number): number {
  return Number(cacheRoom(s) / (s.kvBitsPerToken * count(context, 'context')));
}

/** How many such GPUs the weights alone need (⌈weights / usable⌉), ignoring what splitting a model costs. */
export function gpusForWeights(s: FitSetup): number {
  const u = usableBits(s);
  return Number((s.weightBits + u - 1n) / u);
}
