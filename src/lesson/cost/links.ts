/**
 * Quantity ids of the cost stage and how they feed each other (linked highlighting, src/lesson/links.ts):
 * the sizes S, d, B, N, L and the bytes per number b → the multiply-adds of a full pass and of one
 * cached step, the S × S scores of one layer, a fused kernel's row statistics, the KV cache → their
 * ratio and the arithmetic intensities. Dependencies follow src/core/cost.ts.
 */
import { feeds, type LinkGraph, linkGraph } from '../links';

/** Quantity ids of the cost stage's inputs (cq.S …) and results. */
export const cq = {
  size: (k: 'S' | 'd' | 'B' | 'N' | 'L') => `cq.${k}`,
  bytes: 'cq.b',
  full: 'cq.full',
  decode: 'cq.decode',
  ratio: 'cq.ratio',
  scores: 'cq.scores',
  fused: 'cq.fused',
  cache: 'cq.cache',
  decodeI: 'cq.decodeI',
  prefillI: 'cq.prefillI',
} as const;

/** The cost stage's link graph. */
export function costLinks(): LinkGraph {
  return linkGraph([
    ...feeds((['S', 'd', 'B', 'N', 'L'] as const).map(cq.size), [cq.full, cq.decode, cq.cache]),
    // One layer's scores: B · N · S² numbers of b bytes; a fused kernel keeps 2 fp32 statistics per row.
    ...feeds((['S', 'B', 'N'] as const).map(cq.size), [cq.scores, cq.fused]),
    ...feeds([cq.bytes], [cq.cache, cq.scores]),
    ...feeds([cq.full, cq.decode], [cq.ratio]),
    ...feeds([cq.decode, cq.cache], [cq.decodeI]),
    ...feeds([cq.full, cq.cache], [cq.prefillI]),
  ]);
}

/** Quantity ids of the sparsity step's counts (src/core sparsity): entries n², masked, visible, visible below ε, and both shares. */
export const spq = {
  total: 'sp.total',
  masked: 'sp.masked',
  visible: 'sp.visible',
  below: 'sp.below',
  shareVisible: 'sp.shareVisible',
  shareAll: 'sp.shareAll',
} as const;

/**
 * The sparsity step's graph: n² entries less the masked are the visible ones; those below ε are counted among them;
 * below ÷ visible is the share of visible weights, (below + masked) ÷ n² the article's share.
 */
export const SPARSITY_LINKS: LinkGraph = linkGraph([
  ...feeds([spq.total, spq.masked], [spq.visible]),
  [spq.visible, spq.below],
  ...feeds([spq.below, spq.visible], [spq.shareVisible]),
  ...feeds([spq.below, spq.masked, spq.total], [spq.shareAll]),
]);
