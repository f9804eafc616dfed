import type { MemoryPicture } from '../../core/serveSim';
import { type LinkGraph, linkGraph } from '../links';

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
