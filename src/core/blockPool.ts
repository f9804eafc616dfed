/**
 * Paged KV memory (vLLM's PagedAttention, Kwon et al., SOSP 2023, §4.2–4.4): a pool of physical
 * blocks of B token slots with reference counts, and per sequence a block table mapping logical
 * block i to a physical block. A slot holds what the cache would hold for one token; here its
 * token id stands for that token's K and V, so reading a sequence back checks every mapping.
 * Blocks fill left to right and are taken on demand; a block shared by several sequences
 * (reference count > 1) is copied before anyone writes into it (copy on write).
 */

/** A sequence's view of the pool: its block table (logical → physical) and how many tokens it holds. */
export interface SeqBlocks {
  table: number[];
  length: number;
}

/** What one append did: blocks taken from the free list and blocks copied because they were shared. */
export interface AppendResult {
  ok: boolean;
  allocated: number;
  copied: number;
}

/** A pool of `numBlocks` blocks of `blockSize` slots; free blocks are handed out oldest-freed first. */
export class BlockPool {
  readonly blockSize: number;
  readonly numBlocks: number;
  /** References to each physical block (block tables and the prefix cache): (numBlocks). */
  readonly refCount: number[];
  /** Token id in each slot, null when empty: (numBlocks, blockSize). */
  readonly data: (number | null)[][];
  private readonly free: number[];

  constructor(numBlocks: number, blockSize: number) {
    for (const [x, label] of [[numBlocks, 'numBlocks'], [blockSize, 'blockSize']] as const) {
      if (!Number.isSafeInteger(x) || x < 1) throw new RangeError(`${label} must be a positive integer, got ${x}`);
    }
    this.blockSize = blockSize;
    this.numBlocks = numBlocks;
    this.refCount = new Array(numBlocks).fill(0);
    this.data = Array.from({ length: numBlocks }, () => new Array<number | null>(blockSize).fill(null));
    this.free = Array.from({ length: numBlocks }, (_, i) => i);
  }

  /** Blocks on the free list. */
  get freeCount(): number {
    return this.free.length;
  }

  /** Takes the block at the head of the free list (reference count 1), or null when none is free. */
  allocate(): number | null {
    const b = this.free.shift();
    if (b === undefined) return null;
    this.refCount[b] = 1;
    return b;
  }

  /** One more reference to a block in use (a second table maps it). */
  retain(b: number): void {
    if (!(this.refCount[b] > 0)) throw new Error(`retain: block ${b} is not in use`);
    this.refCount[b]++;
  }

  /** One reference fewer; at zero the block is emptied and goes to the tail of the free list. */
  release(b: number): void {
    if (!(this.refCount[b] > 0)) throw new Error(`release: block ${b} is not in use`);
    if (--this.refCount[b] === 0) {
      this.data[b].fill(null);
      this.free.push(b);
    }
  }
}

/** Free blocks needed to append n tokens to seq: a copy of a shared, partly filled last block, plus new blocks. */
export function blocksNeeded(pool: BlockPool, seq: SeqBlocks, n: number): number {
  if (n <= 0) return 0;
  const B = pool.blockSize;
  const used = seq.length % B;
  const room = used === 0 ? 0 : B - used;
  const copy = used !== 0 && pool.refCount[seq.table[seq.table.length - 1]] > 1 ? 1 : 0;
  return copy + Math.ceil(Math.max(0, n - room) / B);
}

/** Appends token ids to seq, all or nothing: returns ok false (and changes nothing) when too few blocks are free. */
export function appendTokens(pool: BlockPool, seq: SeqBlocks, tokens: readonly number[]): AppendResult {
  if (blocksNeeded(pool, seq, tokens.length) > pool.freeCount) return { ok: false, allocated: 0, copied: 0 };
  const B = pool.blockSize;
  let allocated = 0;
  let copied = 0;
  for (const tok of tokens) {
    const slot = seq.length % B;
    if (slot === 0) {
      seq.table.push(pool.allocate() as number); // checked above: a block is free
      allocated++;
    } else {
      const last = seq.table[seq.table.length - 1];
      if (pool.refCount[last] > 1) {
        // Copy on write: this sequence gets its own copy of the filled slots; the others keep the original.
        const fresh = pool.allocate() as number;
        for (let j = 0; j < slot; j++) pool.data[fresh][j] = pool.data[last][j];
        pool.release(last);
        seq.table[seq.table.length - 1] = fresh;
        allocated++;
        copied++;
      }
    }
    pool.data[seq.table[seq.table.length - 1]][slot] = tok;
    seq.length++;
  }
  return { ok: true, allocated, copied };
}

/** A new sequence that maps the same physical blocks (each retained once) for its first `length` tokens. */
export function shareBlocks(pool: BlockPool, table: readonly number[], length: number): SeqBlocks {
  if (length > table.length * pool.blockSize || length <= (table.length - 1) * pool.blockSize) {
    throw new RangeError(`shareBlocks: ${length} tokens do not fill exactly ${table.length} blocks of ${pool.blockSize}`);
  }
  for (const b of table) pool.retain(b);
  return { table: [...table], length };
}

/** Drops every reference a sequence holds and empties its table. */
export function releaseSeq(pool: BlockPool, seq: SeqBlocks): void {
  for (const b of seq.table) pool.release(b);
  seq.table = [];
  seq.length = 0;
}

/** The token ids a sequence reads through its block table, in logical order: (length). */
export function readTokens(pool: BlockPool, seq: SeqBlocks): (number | null)[] {
  return Array.from({ length: seq.length }, (_, i) => pool.data[seq.table[Math.floor(i / pool.blockSize)]][i % pool.blockSize]);
}
