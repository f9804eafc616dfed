import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContiguousMemory } from '../../src/core/contiguousMemory';
import { reservation } from '../../src/core/contiguousPool';
import { decodeTokenId, PagedMemory, tokenId } from '../../src/core/pagedMemory';
import type { ServeRequest } from '../../src/core/serveRequests';
import { SHARED, simulateServing, type ServeTrace } from '../../src/core/serveSim';
import { heldBlocks, savedBlocks, summarizeServing } from '../../src/core/serveSummary';

const req = (id: number, arrival: number, prompt: number, output: number): ServeRequest => ({ id, arrival, prompt, output });

describe('hand-worked: one request of prompt 5 + output 2', () => {
  const A = [req(0, 0, 5, 2)];
  it('paged, B = 4: 2 blocks; 5 used, 2 reserved, 1 slot never used (internal fragmentation); finishes at step 2', () => {
    const t = simulateServing(A, new PagedMemory(4, 4));
    expect(t.frames.map((f) => f.counts)).toEqual([
      { used: 5, reserved: 2, wasted: 1, free: 8 },
      { used: 6, reserved: 1, wasted: 1, free: 8 },
      { used: 7, reserved: 0, wasted: 1, free: 8 },
    ]);
    expect(t.frames[0].memory.tables).toEqual([{ id: 0, table: [0, 1], length: 5 }]);
    expect(t.finishedAt).toEqual([2]);
  });
  it('contiguous, max length 12: reserves 12; 5 used, 2 reserved, 5 wasted', () => {
    const t = simulateServing(A, new ContiguousMemory(16, 'max', 12));
    expect(t.frames[0].counts).toEqual({ used: 5, reserved: 2, wasted: 5, free: 4 });
    expect(t.frames[2].counts).toEqual({ used: 7, reserved: 0, wasted: 5, free: 4 });
  });
  it('reservation policies (vLLM §6.1): max → max length, pow2 → prompt + output rounded up to 2^k, oracle → exact', () => {
    expect(reservation('max', 5, 2, 12)).toBe(12);
    expect(reservation('pow2', 5, 25, 64)).toBe(5 + 32);
    expect(reservation('pow2', 5, 2, 12)).toBe(7);
    expect(reservation('oracle', 5, 2, 12)).toBe(7);
    expect(() => reservation('max', 10, 5, 12)).toThrow(RangeError);
  });
});

describe('hand-worked: two requests in 16 slots', () => {
  const two = [req(0, 0, 5, 2), req(1, 0, 3, 1)];
  it('contiguous max 12: the second waits until the first has finished and freed its range', () => {
    const t = simulateServing(two, new ContiguousMemory(16, 'max', 12));
    expect(t.admittedAt).toEqual([0, 3]);
    expect(t.frames[0].waiting).toEqual([1]);
    expect(summarizeServing(t).peakRunning).toBe(1);
  });
  it('paged B = 4: both fit at once (2 + 1 blocks)', () => {
    const t = simulateServing(two, new PagedMemory(4, 4));
    expect(t.admittedAt).toEqual([0, 0]);
    expect(t.frames[0].counts).toEqual({ used: 8, reserved: 3, wasted: 1, free: 4 });
    expect(summarizeServing(t).peakRunning).toBe(2);
  });
  it('paged with too little memory: the later request is preempted, waits, and recomputes', () => {
    // 3 blocks of 2: A (4 + 3) needs 4 blocks eventually, B (1 + 3) needs 2.
    const t = simulateServing([req(0, 0, 4, 2), req(1, 0, 1, 3)], new PagedMemory(3, 2));
    const s = summarizeServing(t);
    expect(s.preemptions).toBeGreaterThan(0);
    expect(t.stalled).toBe(false);
    expect(t.finishedAt[0]).toBe(2);
    expect(s.prefillTokens).toBeGreaterThan(4 + 1); // B's tokens computed twice
  });
});

describe('shared prefix: hand-worked (B = 4, 6 prefix tokens)', () => {
  const reqs = [req(0, 0, 2, 1), req(1, 1, 3, 1)];
  it('without the cache each request stores its own copy of the prefix', () => {
    const t = simulateServing(reqs, new PagedMemory(8, 4, 6, false));
    const f = t.frames[1];
    expect(f.memory.tables.map((x) => x.table.length)).toEqual([3, 3]); // 6+2+1 → 3 blocks; 6+3 → 3 blocks
    expect(f.memory.prefillTokens).toBe(8 + 9);
    expect(f.memory.prefixHits).toBe(0);
  });
  it('with the cache the second maps block 0, copies the partly filled block 1 on its first write, and skips 6 tokens of prefill', () => {
    const t = simulateServing(reqs, new PagedMemory(8, 4, 6, true));
    const f = t.frames[1];
    const [a, b] = f.memory.tables;
    expect(b.table[0]).toBe(a.table[0]);
    expect(f.memory.refs[a.table[0]]).toBe(3); // cache + two requests
    expect(b.table[1]).not.toBe(a.table[1]);
    expect(f.memory.prefillTokens).toBe(8 + 3);
    expect(f.memory.prefixHits).toBe(1);
    expect(f.memory.copies).toBe(2); // each request's first own token copied the partial prefix block
    expect(f.memory.owner[a.table[0] * 4]).toBe(SHARED);
  });
});

// Random workloads: every request fits the pool with room to spare (the prefix cache pins its blocks; a copy may need one more).
const workload = fc
  .record({
    B: fc.constantFrom(1, 2, 4, 8, 16),
    blocks: fc.integer({ min: 4, max: 24 }),
    prefix: fc.integer({ min: 0, max: 12 }),
    cache: fc.boolean(),
    n: fc.integer({ min: 1, max: 8 }),
  })
  .map((w) => ({ ...w, room: Math.max(2, w.B * w.blocks - w.prefix - 2 * w.B - 2) }))
  .filter((w) => w.B * w.blocks - w.prefix - 2 * w.B - 2 >= 2)
  .chain(({ B, blocks, prefix, cache, n, room }) =>
    fc
      .array(
        fc.integer({ min: 2, max: room }).chain((len) => fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: len - 1 }), fc.constant(len))),
        { minLength: n, maxLength: n },
      )
      .map((rs) => ({ B, blocks, prefix, cache, reqs: rs.map(([a, p, len], id) => req(id, a, p, len - p)) })),
  );

function eachFrame(t: ServeTrace, check: (f: ServeTrace['frames'][number]) => void) {
  for (const f of t.frames) check(f);
}

describe('paged serving: properties', () => {
  it('no two requests map the block one of them writes into; every request reads back exactly its own tokens; refs count the tables', () => {
    fc.assert(
      fc.property(workload, ({ B, blocks, prefix, cache, reqs }) => {
        const mem = new PagedMemory(blocks, B, prefix, cache);
        const t = simulateServing(reqs, mem);
        expect(t.stalled).toBe(false);
        eachFrame(t, (f) => {
          const refs = new Array(blocks).fill(0);
          for (const b of f.memory.cachedTable) refs[b]++;
          for (const { id, table, length } of f.memory.tables) {
            for (const b of table) refs[b]++;
            // Read through the block table from the frame's copy of memory.
            const read = Array.from({ length }, (_, i) => f.memory.token[table[Math.floor(i / B)] * B + (i % B)]);
            expect(read).toEqual(Array.from({ length }, (_, i) => tokenId(id, i, prefix)));
            // The block holding the last written token is this request's alone.
            const w = table[Math.floor((length - 1) / B)];
            expect(f.memory.refs[w]).toBe(1);
            for (const o of f.memory.tables) if (o.id !== id) expect(o.table).not.toContain(w);
          }
          expect(f.memory.refs).toEqual(refs);
          const c = f.counts;
          expect(c.used + c.reserved + c.wasted + c.free).toBe(blocks * B);
        });
        for (const r of reqs) expect(t.finishedAt[r.id] - t.admittedAt[r.id]).toBeGreaterThanOrEqual(r.output);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('internal fragmentation never exceeds B − 1 slots per running request (without a shared prefix)', () => {
    fc.assert(
      fc.property(workload, ({ B, blocks, reqs }) => {
        const t = simulateServing(reqs, new PagedMemory(blocks, B));
        eachFrame(t, (f) => expect(f.counts.wasted + f.counts.reserved).toBeLessThanOrEqual(f.running.length * (B - 1)));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('contiguous memory: a request never moves, and its range is sized by the policy', () => {
    fc.assert(
      fc.property(workload, fc.constantFrom('max', 'pow2', 'oracle' as const), ({ B, blocks, reqs }, policy) => {
        const maxLen = Math.max(...reqs.map((r) => r.prompt + r.output));
        const t = simulateServing(reqs, new ContiguousMemory(B * blocks, policy, maxLen));
        expect(t.stalled).toBe(false);
        eachFrame(t, (f) => {
          for (const id of f.running) {
            const held = f.memory.owner.filter((o) => o === id).length;
            expect(held).toBe(reservation(policy, reqs[id].prompt, reqs[id].output, maxLen));
          }
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('sharing saving (blocks saved ÷ blocks without sharing)', () => {
  it('hand-worked: prefix of 8 = 2 full blocks of 4; two requests map both; the cache holds one copy', () => {
    const t = simulateServing([req(0, 0, 2, 1), req(1, 0, 2, 1)], new PagedMemory(8, 4, 8, true));
    const m = t.frames[0].memory;
    expect(m.cachedTable).toEqual([0, 1]);
    expect(m.refs[0]).toBe(3);
    expect(savedBlocks(m)).toBe(2); // each of the 2 blocks: 3 references − 2
    expect(heldBlocks(m)).toBe(4); // 2 prefix blocks + one own block each
    // Without sharing the two requests would hold 2 × 3 = 6 blocks: saving 2 / 6.
    expect(summarizeServing(t).sharingSaving).toBeCloseTo((2 + 2) / (6 + 6), 12);
  });
  it('is zero without a prefix cache', () => {
    const t = simulateServing([req(0, 0, 2, 1), req(1, 0, 2, 1)], new PagedMemory(8, 4, 8, false));
    expect(summarizeServing(t).sharingSaving).toBe(0);
  });
});

describe('token ids', () => {
  it('decode back to prefix position or (request, position)', () => {
    expect(decodeTokenId(tokenId(3, 5, 20))).toEqual({ kind: 'prefix', position: 5 });
    expect(decodeTokenId(tokenId(3, 25, 20))).toEqual({ kind: 'own', request: 3, position: 25 });
    expect(decodeTokenId(-1)).toEqual({ kind: 'empty' });
  });
});
