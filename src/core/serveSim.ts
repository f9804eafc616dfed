/**
 * A serving loop with iteration-level scheduling (Orca; the vLLM paper §2.3, §4.5): every step each
 * running request appends one token, then waiting requests are admitted first come, first served
 * while memory allows (prefill writes their whole prompt), then a snapshot of memory is taken, then
 * finished requests free their memory. When a running request needs memory that is not there, the
 * latest admitted request is preempted (its memory freed; it waits again at the head of the queue and
 * recomputes its tokens when readmitted, vLLM's "recomputation"). The memory layout is pluggable:
 * contiguous ranges or paged blocks. A request admitted at step t finishes at step t + output.
 */
import { fcfsOrder, type ServeRequest } from './serveRequests';

/** Slot state: free. */
export const FREE = 0;
/** Slot state: holds a token's K and V. */
export const USED = 1;
/** Slot state: reserved for a token the owner will write later. */
export const RESERVED = 2;
/** Slot state: held but never to be used (internal fragmentation). */
export const WASTED = 3;
/** Owner of a slot that belongs to no request. */
export const NO_OWNER = -1;
/** Owner of a slot in a block several sequences (or the prefix cache) share. */
export const SHARED = -2;

/** Memory seen at one step: per slot its owner, state and token id (−1 empty): (slots) each. */
export interface MemoryPicture {
  owner: Int16Array;
  state: Uint8Array;
  token: Int32Array;
  /** Paged only: each running request's block table, and every block's reference count. */
  tables: { id: number; table: number[]; length: number }[];
  refs: number[];
  /** Paged with a prefix cache: the blocks the cache itself holds (empty before the prefix is computed). */
  cachedTable: number[];
  /** Cumulative counters of the memory layout: blocks copied on write, prompt tokens computed, prefix-cache hits. */
  copies: number;
  prefillTokens: number;
  prefixHits: number;
}

/** A memory layout the loop drives; every method is all or nothing. */
export interface ServeMemory {
  readonly slots: number;
  /** Writes the request's first `tokens` tokens (prompt, plus tokens generated before a preemption); false if there is no room. */
  admit(r: ServeRequest, tokens: number, first: boolean): boolean;
  /** Appends the request's next token; false if there is no room. */
  grow(r: ServeRequest): boolean;
  release(r: ServeRequest): void;
  picture(): MemoryPicture;
}

/** One step of the run: who runs, who waits, how many finished (those finishing now included), and the memory after the step's writes. */
export interface ServeFrame {
  step: number;
  running: number[];
  waiting: number[];
  finished: number;
  preemptions: number;
  counts: { used: number; reserved: number; wasted: number; free: number };
  memory: MemoryPicture;
}

/** A whole run: a frame per step until every request finished (or maxSteps), and when each request was admitted and finished. */
export interface ServeTrace {
  frames: ServeFrame[];
  slots: number;
  admittedAt: number[];
  finishedAt: number[];
  /** True when maxSteps ran out first (a request that can never fit, or too few steps). */
  stalled: boolean;
}

function countStates(state: Uint8Array): ServeFrame['counts'] {
  const c = [0, 0, 0, 0];
  for (const s of state) c[s]++;
  return { free: c[FREE], used: c[USED], reserved: c[RESERVED], wasted: c[WASTED] };
}

/** Runs the requests through `mem` step by step from step 0. */
export function simulateServing(reqs: readonly ServeRequest[], mem: ServeMemory, maxSteps = 2000): ServeTrace {
  const order = fcfsOrder(reqs);
  const generated = reqs.map(() => 0);
  const admittedAt = reqs.map(() => -1);
  const finishedAt = reqs.map(() => -1);
  let queue: number[] = [];
  let running: number[] = [];
  let next = 0;
  let finished = 0;
  let preemptions = 0;
  const preemptedAt = reqs.map(() => -1);
  const frames: ServeFrame[] = [];
  const preempt = (id: number, t: number) => {
    mem.release(reqs[id]);
    running = running.filter((x) => x !== id);
    queue.unshift(id);
    preemptedAt[id] = t;
    preemptions++;
  };
  for (let t = 0; t < maxSteps && finished < reqs.length; t++) {
    while (next < order.length && order[next].arrival <= t) queue.push(order[next++].id);
    for (const id of [...running]) {
      if (!running.includes(id)) continue; // preempted earlier in this step
      while (!mem.grow(reqs[id])) {
        const victim = running[running.length - 1];
        preempt(victim, t);
        if (victim === id) break;
      }
      if (running.includes(id)) generated[id]++;
    }
    while (queue.length > 0) {
      const r = reqs[queue[0]];
      if (preemptedAt[r.id] === t || !mem.admit(r, r.prompt + generated[r.id], admittedAt[r.id] < 0)) break;
      if (admittedAt[r.id] < 0) admittedAt[r.id] = t;
      running.push(r.id);
      queue = queue.slice(1);
    }
    const memory = mem.picture();
    const done = running.filter((x) => generated[x] >= reqs[x].output);
    const counts = countStates(memory.state);
    frames.push({ step: t, running: [...running], waiting: [...queue], finished: finished + done.length, preemptions, counts, memory });
    for (const id of done) {
      mem.release(reqs[id]);
      finishedAt[id] = t;
      finished++;
    }
    running = running.filter((x) => finishedAt[x] < 0);
  }
  return { frames, slots: mem.slots, admittedAt, finishedAt, stalled: finished < reqs.length };
}
