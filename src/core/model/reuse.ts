import { concatCaches, emptyCache, repositionCache } from './cache';
import { assertTokenIds, forward, prefill } from './forward';
import type { Model, ModelCache } from './types';

/**
 * Reusing the caches of text chunks that were computed on their own (RAG: retrieved passages cached once,
 * then stitched into many prompts). "Full KV reuse" in the CacheBlend paper (Yao et al., EuroSys 2025, §3.3):
 * each chunk's cache is prefilled alone at positions 0..n−1, its keys re-rotated to the chunk's place in the
 * prompt (RoPE: R(Δ)·k, paper §4.3 footnote 3), and the caches concatenated. Layer 0's rows then equal the
 * full prefill's; deeper rows do not, because no chunk ever attended to the chunks before it.
 */

/** Throws unless every chunk is a non-empty list of token ids and the whole prompt fits the model's context. */
export function assertChunks(model: Model, chunks: readonly (readonly number[])[], question: readonly number[]): void {
  if (chunks.length === 0) throw new RangeError('reuse: no chunks given; at least one context chunk is needed');
  chunks.forEach((c, i) => {
    if (c.length === 0) throw new RangeError(`reuse: chunk ${i + 1} is empty`);
    assertTokenIds(model, c);
  });
  assertTokenIds(model, question);
  const total = chunks.reduce((n, c) => n + c.length, 0) + question.length;
  if (total > model.config.maxSeqLen) {
    throw new RangeError(`reuse: the prompt has ${total} tokens, but the model's maximum context is ${model.config.maxSeqLen}`);
  }
}

/** Where each chunk starts in the prompt: chunk lengths (C) -> offsets (C), the first 0. */
export function chunkOffsets(chunks: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const c of chunks) {
    out.push(at);
    at += c.length;
  }
  return out; // (C)
}

/** Each chunk's own cache, prefilled alone at positions 0..n−1 (what a cache store holds): (C) caches of (n_c) rows. */
export function chunkCaches(model: Model, chunks: readonly (readonly number[])[]): ModelCache[] {
  return chunks.map((c) => prefill(model, c).cache);
}

/**
 * Naive reuse ("full KV reuse"): the chunks' own caches, keys re-rotated to their offsets in the prompt, one after
 * the other -> a cache of N = Σ n_c rows at positions 0..N−1. `caches` defaults to chunkCaches(model, chunks).
 */
export function reusedCache(model: Model, chunks: readonly (readonly number[])[], caches = chunkCaches(model, chunks)): ModelCache {
  const offsets = chunkOffsets(chunks);
  return caches.reduce(
    (acc, cache, i) => concatCaches(acc, repositionCache(model, cache, cache.ids.map((_, t) => offsets[i] + t))),
    emptyCache(model),
  ); // (N rows)
}

/** What a way of building the context cache gives the question: its cache (N + Q rows) and the next-token logits (V). */
export interface ReuseRun {
  /** The cache after the question, (N + Q) rows. */
  cache: ModelCache;
  /** Logits after the question's last token, (V). */
  logits: number[];
}

/** Full prefill of chunks + question: the reference every reuse is compared with. */
export function fullPrefill(model: Model, chunks: readonly (readonly number[])[], question: readonly number[]): ReuseRun {
  assertChunks(model, chunks, question);
  const run = prefill(model, [...chunks.flat(), ...question]);
  return { cache: run.cache, logits: [...run.logits[run.logits.length - 1]] };
}

/** Naive reuse: the question (Q tokens, never cached) prefilled over the reused chunk caches. */
export function naiveReuse(model: Model, chunks: readonly (readonly number[])[], question: readonly number[], caches?: ModelCache[]): ReuseRun {
  assertChunks(model, chunks, question);
  const run = forward(model, question, { cache: reusedCache(model, chunks, caches) });
  return { cache: run.cache, logits: [...run.logits[run.logits.length - 1]] };
}
