import type { StageDef } from '../stage/types';

/**
 * The projection stage: each token's embedding row x (a row of X, d_model numbers) times the three
 * weight matrices W_Q, W_K, W_V (d_model × d_k) gives its q, k and v (d_k numbers each); k and v are
 * the row the token leaves in the KV cache. Source: "Attention Is All You Need" (Vaswani et al.,
 * 2017) §3.2.2, Q = X·W_Q, K = X·W_K, V = X·W_V; article 002 of the seed articles.
 */
export const projectionStage: StageDef = {
  id: 'projection',
  titleKey: 'origin.stage.title',
  flow: [
    { id: 'X', symbol: 'x', labelKey: 'origin.part.X', role: 'input' },
    { id: 'W', symbol: '·W_Q, W_K, W_V', labelKey: 'origin.part.W', role: 'op' },
    { id: 'result', symbol: 'q, k, v', labelKey: 'origin.part.result', role: 'output' },
    { id: 'cache', symbol: 'KV', labelKey: 'origin.part.cache', role: 'store' },
  ],
};
