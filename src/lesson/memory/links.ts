/**
 * Quantity ids of the memory calculator and how they feed each other (linked highlighting,
 * src/lesson/links.ts): the factors of one token's cache in one layer → per token over all layers
 * → the whole cache, and the whole cache → the point on the plot.
 *   H_kv, d_h, b (or d_c, d_h^R, b) → per token per layer → × L → per token → × min(T, W) × B → total
 */
import { feeds, type LinkGraph, linkGraph } from '../links';

/** Quantity ids of the calculator's numbers. */
export const mq = {
  layers: 'mem.L',
  qHeads: 'mem.q',
  kvHeads: 'mem.kv',
  headDim: 'mem.dh',
  latentDim: 'mem.dc',
  ropeDim: 'mem.dr',
  tokens: 'mem.T',
  batch: 'mem.B',
  window: 'mem.W',
  bytes: 'mem.b',
  perLayer: 'mem.perLayer',
  perToken: 'mem.perToken',
  total: 'mem.total',
  dot: 'mem.dot',
} as const;

/** The calculator's link graph, for the per-head layout ('kv') or MLA. */
export function memoryLinks(layout: 'kv' | 'mla'): LinkGraph {
  const own = layout === 'mla' ? [mq.latentDim, mq.ropeDim] : [mq.kvHeads, mq.headDim];
  return linkGraph([
    ...feeds([...own, mq.bytes], [mq.perLayer]),
    ...feeds([mq.perLayer, mq.layers], [mq.perToken]),
    ...feeds([mq.perToken, mq.tokens, mq.window, mq.batch], [mq.total]),
    ...feeds([mq.total], [mq.dot]),
  ]);
}
