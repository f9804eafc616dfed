/**
 * Paged KV memory for the serving loop: blocks taken on demand (vLLM §4.3), optionally with a shared
 * system prompt of `prefix` tokens in front of every request. With the prefix cache on, the first
 * request computes the prefix, the cache keeps a reference to its blocks, and every later request maps
 * them (reference counts) and skips their prefill; the last, partly filled prefix block is marked copy
 * on write, so a request's first own token copies it (the paper's §4.4 "Shared prefix").
 */
import { appendTokens, BlockPool, blocksNeeded, readTokens, releaseSeq, type SeqBlocks, shareBlocks } from './blockPool';
import { type MemoryPicture, NO_OWNER, RESERVED, SHARED, type ServeMemory, USED, WASTED } from './serveSim';
import type { ServeRequest } from './serveRequests';

/** Token id a slot holds: prefix tokens are the same for every request (1,000,000 + position), others are the request's own. */
export function tokenId(request: number, position: number, prefix: number): number {
  return position < prefix ? 1_000_000 + position : (request + 1) * 10_000 + position;
}

/** The inverse of tokenId: a shared-prefix token's position, or a request's own token (request, position); −1 is empty. */
export function decodeTokenId(token: number): { kind: 'empty' } | { kind: 'prefix'; position: number } | { kind: 'own'; request: number; position: number } {
  if (token < 0) return { kind: 'empty' };
  if (token >= 1_000_000) return { kind: 'prefix', position: token - 1_000_000 };
  return { kind: 'own', request: Math.floor(token / 10_000) - 1, position: token % 10_000 };
}

/** Paged memory of `numBlocks` × `blockSize` slots; `prefix` shared tokens per request, cached or recomputed per request. */
export class PagedMemory implements ServeMemory {
  readonly pool: BlockPool;
  readonly slots: number;
  readonly prefix: number;
  readonly cachePrefix: boolean;
  /** The prefix cache's own reference to the prefix blocks, once computed. */
  cached: SeqBlocks | null = null;
  private readonly seqs = new Map<number, { seq: SeqBlocks; r: ServeRequest }>();
  private copies = 0;
  private prefillTokens = 0;
  private prefixHits = 0;

  constructor(numBlocks: number, blockSize: number, prefix = 0, cachePrefix = false) {
    this.pool = new BlockPool(numBlocks, blockSize);
    this.slots = numBlocks * blockSize;
    this.prefix = prefix;
    this.cachePrefix = cachePrefix && prefix > 0;
  }

  private ids(r: ServeRequest, from: number, to: number): number[] {
    return Array.from({ length: to - from }, (_, i) => tokenId(r.id, from + i, this.prefix));
  }

  admit(r: ServeRequest, tokens: number, first: boolean): boolean {
    const total = this.prefix + tokens;
    const pool = this.pool;
    if (this.cachePrefix && this.cached) {
      const seq = shareBlocks(pool, this.cached.table, this.prefix); // hit: map the cached blocks
      const res = appendTokens(pool, seq, this.ids(r, this.prefix, total));
      if (!res.ok) {
        releaseSeq(pool, seq);
        return false;
      }
      this.copies += res.copied;
      this.prefillTokens += tokens;
      if (first) this.prefixHits++;
      this.seqs.set(r.id, { seq, r });
      return true;
    }
    const seq: SeqBlocks = { table: [], length: 0 };
    const copy = this.cachePrefix && this.prefix % pool.blockSize !== 0 ? 1 : 0; // the partial prefix block, copied on write
    if (blocksNeeded(pool, seq, total) + copy > pool.freeCount) return false;
    appendTokens(pool, seq, this.ids(r, 0, this.prefix));
    if (this.cachePrefix) this.cached = shareBlocks(pool, seq.table, this.prefix); // miss: keep the prefix for later requests
    this.copies += appendTokens(pool, seq, this.ids(r, this.prefix, total)).copied;
    this.prefillTokens += total;
    this.seqs.set(r.id, { seq, r });
    return true;
  }

  grow(r: ServeRequest): boolean {
    const s = this.seqs.get(r.id);
    if (!s) throw new Error(`grow: request ${r.id} holds no memory`);
    const res = appendTokens(this.pool, s.seq, [tokenId(r.id, s.seq.length, this.prefix)]);
    this.copies += res.copied;
    return res.ok;
  }

  release(r: ServeRequest): void {
    const s = this.seqs.get(r.id);
    if (s) releaseSeq(this.pool, s.seq);
    this.seqs.delete(r.id);
  }

  /** The token ids request `id` reads through its block table (empty if it holds no memory). */
  read(id: number): (number | null)[] {
    const s = this.seqs.get(id);
    return s ? readTokens(this.pool, s.seq) : [];
  }

  picture(): MemoryPicture {
    const { pool } = this;
    const B = pool.blockSize;
    const owner = new Int16Array(this.slots).fill(NO_OWNER);
    const state = new Uint8Array(this.slots);
    const token = new Int32Array(this.slots).fill(-1);
    const claim = (table: readonly number[], id: number, finalLength: number) => {
      table.forEach((b, k) => {
        const shared = pool.refCount[b] > 1;
        for (let j = 0; j < B; j++) {
          const i = b * B + j;
          const tok = pool.data[b][j];
          owner[i] = shared ? SHARED : id;
          token[i] = tok ?? -1;
          state[i] = tok !== null ? USED : !shared && k * B + j < finalLength ? RESERVED : WASTED;
        }
      });
    };
    if (this.cached) claim(this.cached.table, SHARED, this.prefix);
    for (const { seq, r } of this.seqs.values()) claim(seq.table, r.id, this.prefix + r.prompt + r.output);
    const tables = [...this.seqs.values()].map(({ seq, r }) => ({ id: r.id, table: [...seq.table], length: seq.length }));
    tables.sort((a, b) => a.id - b.id);
    return { owner, state, token, tables, refs: [...pool.refCount], cachedTable: [...(this.cached?.table ?? [])], copies: this.copies, prefillTokens: this.prefillTokens, prefixHits: this.prefixHits };
  }
}
