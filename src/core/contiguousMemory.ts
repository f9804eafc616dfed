/**
 * Contiguous KV memory for the serving loop: on admission a request reserves one range sized by the
 * policy (max length, power-of-two output, or the exact length an oracle would know), and keeps it
 * until it finishes. Slots past what it will ever write are internal fragmentation.
 */
import { ContiguousPool, type ReservePolicy, reservation } from './contiguousPool';
import { tokenId } from './pagedMemory';
import { type MemoryPicture, NO_OWNER, RESERVED, type ServeMemory, USED, WASTED } from './serveSim';
import type { ServeRequest } from './serveRequests';

/** `slots` token slots handed out as contiguous ranges of reservation(policy, …, maxLen). */
export class ContiguousMemory implements ServeMemory {
  readonly pool: ContiguousPool;
  readonly slots: number;
  /** Tokens written and final length (prompt + output) of each request holding a range. */
  private readonly written = new Map<number, number>();
  private readonly finalLength = new Map<number, number>();
  private prefillTokens = 0;

  constructor(
    slots: number,
    readonly policy: ReservePolicy,
    readonly maxLen: number,
  ) {
    this.pool = new ContiguousPool(slots);
    this.slots = slots;
  }

  admit(r: ServeRequest, tokens: number): boolean {
    if (this.pool.allocate(r.id, reservation(this.policy, r.prompt, r.output, this.maxLen)) === null) return false;
    this.written.set(r.id, tokens);
    this.finalLength.set(r.id, r.prompt + r.output);
    this.prefillTokens += tokens;
    return true;
  }

  grow(r: ServeRequest): boolean {
    const n = this.written.get(r.id);
    const range = this.pool.ranges.find((x) => x.owner === r.id);
    if (n === undefined || !range) throw new Error(`grow: request ${r.id} holds no memory`);
    if (n >= range.size) return false; // cannot happen: every policy reserves at least prompt + output
    this.written.set(r.id, n + 1);
    return true;
  }

  release(r: ServeRequest): void {
    this.pool.free(r.id);
    this.written.delete(r.id);
    this.finalLength.delete(r.id);
  }

  picture(): MemoryPicture {
    const owner = new Int16Array(this.slots).fill(NO_OWNER);
    const state = new Uint8Array(this.slots);
    const token = new Int32Array(this.slots).fill(-1);
    for (const { owner: id, start, size } of this.pool.ranges) {
      const n = this.written.get(id) ?? 0;
      const final = this.finalLength.get(id) ?? 0;
      for (let j = 0; j < size; j++) {
        owner[start + j] = id;
        state[start + j] = j < n ? USED : j < final ? RESERVED : WASTED;
        if (j < n) token[start + j] = tokenId(id, j, 0);
      }
    }
    return { owner, state, token, tables: [], refs: [], cachedTable: [], copies: 0, prefillTokens: this.prefillTokens, prefixHits: 0 };
  }
}
