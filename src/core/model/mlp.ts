import type { Mat } from '../types';
import { linear } from './linear';
import type { LayerWeights } from './types';

/** SiLU (swish): x·σ(x) = x / (1 + e^(−x)). */
export function silu(x: number): number {
  return x / (1 + Math.exp(-x));
}

/**
 * The gated MLP (SwiGLU; Shazeer 2020, as in Llama): w2·(silu(w1·x) ⊙ w3·x), applied per row.
 * X (T, dim) -> hidden (T, hiddenDim) and out (T, dim).
 */
export function gatedMlp(W: Pick<LayerWeights, 'w1' | 'w2' | 'w3'>, X: Mat): { hidden: number[][]; out: number[][] } {
  const hidden = X.map((x) => {
    const gate = linear(W.w1, x); // (hidden)
    const up = linear(W.w3, x); // (hidden)
    return gate.map((g, i) => silu(g) * up[i]); // (hidden)
  }); // (T, hidden)
  const out = hidden.map((h) => linear(W.w2, h)); // (T, hidden) -> (T, dim)
  return { hidden, out };
}
