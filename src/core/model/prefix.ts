import { forward, prefill } from './forward';
import { selectRows } from './cache';
import type { Model, ModelCache } from './types';

/**
 * Prefix caching (vLLM's automatic prefix caching, SGLang's RadixAttention): a stored cache can be reused only
 * for the longest run of tokens at the START of the prompt that equals the start of a stored sequence, because a
 * row's K/V depend on every token before it. We match token by token, as SGLang's radix tree does; vLLM
 * matches whole blocks of 16 tokens (block hashes), which can only cover less.
 */

/** The longest prefix of `prompt` (T ids) that starts one of the `stored` sequences: its length and which one (−1 if none). */
export function longestPrefix(stored: readonly (readonly number[])[], prompt: readonly number[]): { length: number; source: number } {
  let best = { length: 0, source: -1 };
  stored.forEach((seq, s) => {
    let n = 0;
    while (n < seq.length && n < prompt.length && seq[n] === prompt[n]) n++;
    if (n > best.length) best = { length: n, source: s };
  });
  return best;
}

/**
 * The prompt (T ids) run with prefix caching over `stored` sequences (each prefilled alone, as a cache store holds
 * them): the matched rows are taken from the store, the remaining T − p tokens computed over them.
 * -> the cache (T rows), the last token's logits (V), and p. When the whole prompt matches, its last token is
 * recomputed anyway (a next-token distribution needs one query), as vLLM does.
 */
export function prefixCachedRun(model: Model, stored: readonly (readonly number[])[], prompt: readonly number[]): { cache: ModelCache; logits: number[]; reused: number } {
  const match = longestPrefix(stored, prompt);
  const reused = Math.min(match.length, prompt.length - 1);
  if (reused === 0) {
    const run = prefill(model, prompt);
    return { cache: run.cache, logits: [...run.logits[run.logits.length - 1]], reused: 0 };
  }
  const hit = selectRows(prefill(model, stored[match.source]).cache, Array.from({ length: reused }, (_, i) => i)); // (p rows)
  const run = forward(model, prompt.slice(reused), { cache: hit });
  return { cache: run.cache, logits: [...run.logits[run.logits.length - 1]], reused };
}
