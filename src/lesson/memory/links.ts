/**
 * Quantity ids of the memory calculator and how they feed each other (linked highlighting,
 * src/lesson/links.ts): the factors of one token's cache in one layer → per token over all layers
 * → the whole cache, and the whole cache → the point on the plot.
 *   H_kv, d_h, b (or d_c, d_h^R, b) → per token per layer → × L → per token → × min(T, W) × B → total
 */
import { type LinkGraph, linkGraph } from '../links';

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
    ...own.map((id) => [id, mq.perLayer] as const),
    [mq.bytes, mq.perLayer],
    [mq.perLayer, mq.perToken],
    [mq.layers, mq.perToken],
    [mq.perToken, mq.total],
    [mq.tokens, mq.total],
    [mq.window, mq.total],
    [mq.batch, mq.total],
    [mq.total, mq.dot],
  ]);
}
