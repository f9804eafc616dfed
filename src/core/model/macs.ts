import type { ModelConfig } from './types';

/**
 * Multiply-adds of the matrix products in one forward() call over T_q new tokens after T_past cached rows,
 * counted as our code computes them (RMSNorm, RoPE, softmax and the MLP's activation, a few operations per
 * number, are left out; so are additions):
 *   per layer  wq, wk, wv: T_q·dim·(H + 2·KV)·hd;  scores and weights·V: 2·H·T_q·T_k·hd (masked entries too);
 *              wo: T_q·H·hd·dim;  MLP w1, w3, w2: 3·T_q·dim·hidden;
 *   once       logits: T_q·dim·V (every new row, tied output).   T_k = T_past + T_q.
 * Throws unless T_past ≥ 0 and T_q ≥ 1 are integers.
 */
export function forwardMacs(c: ModelConfig, T_past: number, T_q: number): number {
  if (!Number.isInteger(T_past) || T_past < 0 || !Number.isInteger(T_q) || T_q < 1) {
    throw new RangeError(`forwardMacs: T_past must be an integer ≥ 0 and T_q ≥ 1, got ${T_past} and ${T_q}`);
  }
  const { dim, nHeads: H, nKvHeads: KV, headDim: hd, hiddenDim: hid } = c;
  const T_k = T_past + T_q;
  const projections = T_q * dim * (H + 2 * KV) * hd;
  const attention = 2 * H * T_q * T_k * hd;
  const output = T_q * H * hd * dim;
  const mlp = 3 * T_q * dim * hid;
  return c.nLayers * (projections + attention + output + mlp) + T_q * dim * c.vocabSize;
}

/**
 * Multiply-adds to generate n ≥ 1 tokens after a prompt of T0 ≥ 1 tokens, as sample.ts's generate runs it.
 * With the cache: prefill (T0 tokens), then n − 1 decode steps of one token each over the growing cache.
 * Without: the whole sequence again at every step, T0, T0 + 1, …, T0 + n − 1 tokens.
 */
export function generationMacs(c: ModelConfig, T0: number, n: number, useCache: boolean): number {
  if (!Number.isInteger(T0) || T0 < 1 || !Number.isInteger(n) || n < 1) throw new RangeError(`generationMacs: T0 and n must be integers ≥ 1, got ${T0} and ${n}`);
  let total = useCache ? forwardMacs(c, 0, T0) : 0;
  for (let s = 0; s < n; s++) {
    if (useCache && s > 0) total += forwardMacs(c, T0 + s - 1, 1); // feed the token chosen at step s − 1
    if (!useCache) total += forwardMacs(c, 0, T0 + s);
  }
  return total;
}
