import type { MemoryPicture } from '../../core/serveSim';
import { feeds, type LinkGraph, linkGraph } from '../links';

/** Quantity id of request r (its column in the request list, its block-table row, its slots in contiguous memory). */
export const reqQ = (r: number): string => `req.${r}`;
/** Quantity id of physical block b (its entries in the block tables, its slots in paged memory). */
export const blockQ = (b: number): string => `blk.${b}`;

/**
 * Which request maps which physical block, as a link graph: req.r → blk.b for every entry of r's block
 * table (a shared block has several sources). Pointing at a request lights its blocks in the map and the
 * tables; pointing at a block lights every request that maps it.
 */
export function blockLinks(memory: MemoryPicture): LinkGraph {
  return linkGraph(memory.tables.flatMap((x) => x.table.map((b) => [reqQ(x.id), blockQ(b)] as const)));
}

/** Quantity ids of part A (what fits on a card): the inputs, the memory terms of the formula and the two answers. */
export const fq = {
  /** Parameters of one part of the model (embeddings, attention, MLP, …), on the weights step. */
  group: (g: string): string => `fit.group.${g}`,
  params: 'fit.params',
  gpu: 'fit.gpu',
  usable: 'fit.usable',
  batch: 'fit.B',
  context: 'fit.T',
  /** Usable memory M, the weights W, the room M − W, the cache per token c. */
  M: 'fit.M',
  W: 'fit.W',
  room: 'fit.room',
  c: 'fit.c',
  kv: 'fit.kv',
  free: 'fit.free',
  heldBack: 'fit.held',
  maxBatch: 'fit.Bmax',
  maxContext: 'fit.Tmax',
} as const;

/**
 * Where part A's numbers come from, as a link graph: each part's parameters → the total → the weights W;
 * the card and its usable share → M (and what is held back); M, W → the room M − W; the room and c with T
 * → the largest batch, with B → the longest context; c × B × T → the cache; M − W − cache → free.
 */
export function fitLinks(groups: readonly string[]): LinkGraph {
  return linkGraph([
    ...groups.map((g) => [fq.group(g), fq.params] as const),
    [fq.params, fq.W],
    ...feeds([fq.gpu, fq.usable], [fq.M, fq.heldBack]),
    ...feeds([fq.M, fq.W], [fq.room]),
    ...feeds([fq.room, fq.c, fq.context], [fq.maxBatch]),
    ...feeds([fq.room, fq.c, fq.batch], [fq.maxContext]),
    ...feeds([fq.c, fq.batch, fq.context], [fq.kv]),
    ...feeds([fq.room, fq.kv], [fq.free]),
  ]);
}
