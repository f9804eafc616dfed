/**
 * Layout of a memory map (pure): the simulated KV memory as rows of 16 token slots, each slot with
 * its owner and state, each row with the requests it holds, and where block boundaries fall.
 */
import { type MemoryPicture, NO_OWNER, SHARED } from '../../core/serveSim';

/** Slots drawn per row. */
export const ROW_SLOTS = 16;

/** One slot: who holds it (request id, SHARED or NO_OWNER), its state (FREE/USED/RESERVED/WASTED) and token id (−1 empty). */
export interface MapCell {
  owner: number;
  state: number;
  token: number;
}

/** One row of the map: its cells, the distinct requests in it, and the physical blocks that start in it. */
export interface MapRow {
  index: number;
  cells: MapCell[];
  owners: number[];
  shared: boolean;
  /** Blocks starting in this row: [block number, slot offset in the row]. */
  blockStarts: [number, number][];
}

/** Rows of a memory picture; `blockSize` marks block boundaries (0 for contiguous memory). */
export function mapRows(m: MemoryPicture, blockSize: number): MapRow[] {
  const n = m.owner.length;
  return Array.from({ length: Math.ceil(n / ROW_SLOTS) }, (_, r) => {
    const cells: MapCell[] = [];
    const owners = new Set<number>();
    let shared = false;
    const blockStarts: [number, number][] = [];
    for (let j = 0; j < ROW_SLOTS && r * ROW_SLOTS + j < n; j++) {
      const i = r * ROW_SLOTS + j;
      const owner = m.owner[i];
      cells.push({ owner, state: m.state[i], token: m.token[i] });
      if (owner === SHARED) shared = true;
      else if (owner !== NO_OWNER) owners.add(owner);
      if (blockSize > 0 && i % blockSize === 0) blockStarts.push([i / blockSize, j]);
    }
    return { index: r, cells, owners: [...owners].sort((a, b) => a - b), shared, blockStarts };
  });
}

/** Which physical block holds slot i, and the reference count of that block (0 for contiguous memory). */
export function blockOf(m: MemoryPicture, i: number, blockSize: number): { block: number; refs: number } {
  const block = blockSize > 0 ? Math.floor(i / blockSize) : -1;
  return { block, refs: block >= 0 ? (m.refs[block] ?? 0) : 0 };
}
