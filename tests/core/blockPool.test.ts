import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendTokens, BlockPool, blocksNeeded, readTokens, releaseSeq, type SeqBlocks, shareBlocks } from '../../src/core/blockPool';

const seq = (): SeqBlocks => ({ table: [], length: 0 });
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('BlockPool: blocks on demand, hand-worked (B = 4)', () => {
  it('7 tokens take 2 blocks; the last has 1 empty slot; the 9th token takes a third block', () => {
    const pool = new BlockPool(5, 4);
    const a = seq();
    expect(appendTokens(pool, a, range(100, 7))).toEqual({ ok: true, allocated: 2, copied: 0 });
    expect(a.table).toEqual([0, 1]);
    expect(pool.data[1]).toEqual([104, 105, 106, null]);
    appendTokens(pool, a, [107]);
    expect(a.table.length).toBe(2);
    appendTokens(pool, a, [108]);
    expect(a.table).toEqual([0, 1, 2]);
    expect(readTokens(pool, a)).toEqual(range(100, 9));
    expect(pool.freeCount).toBe(2);
  });

  it('all or nothing: an append that needs more blocks than are free changes nothing', () => {
    const pool = new BlockPool(2, 4);
    const a = seq();
    appendTokens(pool, a, range(0, 6));
    const before = JSON.stringify({ a, data: pool.data, refs: pool.refCount });
    expect(appendTokens(pool, a, range(6, 3)).ok).toBe(false); // 6 + 3 = 9 tokens need 3 blocks
    expect(JSON.stringify({ a, data: pool.data, refs: pool.refCount })).toBe(before);
  });

  it('freed blocks go to the tail of the free list, so a later request gets non-contiguous blocks', () => {
    const pool = new BlockPool(4, 2);
    const a = seq();
    const b = seq();
    appendTokens(pool, a, range(0, 2)); // block 0
    appendTokens(pool, b, range(10, 2)); // block 1
    releaseSeq(pool, a); // free list: 2, 3, 0
    const c = seq();
    appendTokens(pool, c, range(20, 6));
    expect(c.table).toEqual([2, 3, 0]);
  });
});

describe('copy on write', () => {
  it('a shared, partly filled block is copied before a write; the other sequence reads the same numbers as before', () => {
    const pool = new BlockPool(6, 4);
    const a = seq();
    appendTokens(pool, a, range(1, 6)); // blocks 0 (full), 1 (2 of 4)
    const b = shareBlocks(pool, a.table, 6);
    expect(pool.refCount.slice(0, 2)).toEqual([2, 2]);
    const aBefore = readTokens(pool, a);
    expect(blocksNeeded(pool, b, 1)).toBe(1); // the copy
    expect(appendTokens(pool, b, [99])).toEqual({ ok: true, allocated: 1, copied: 1 });
    expect(readTokens(pool, a)).toEqual(aBefore); // unchanged
    expect(readTokens(pool, b)).toEqual([...range(1, 6), 99]);
    expect(b.table[0]).toBe(a.table[0]); // the full block stays shared
    expect(b.table[1]).not.toBe(a.table[1]);
    expect(pool.refCount[a.table[1]]).toBe(1); // A may now write its block in place
    expect(appendTokens(pool, a, [55]).copied).toBe(0);
    expect(readTokens(pool, b)).toEqual([...range(1, 6), 99]);
  });

  it('property: appends to one sharer never change what any other sequence reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 6 })), { maxLength: 25 }), (B, prefix, ops) => {
        const pool = new BlockPool(64, B);
        const root = seq();
        appendTokens(pool, root, range(1000, prefix));
        const seqs = [root, ...range(0, 3).map(() => shareBlocks(pool, root.table, prefix))];
        const expected = seqs.map(() => range(1000, prefix) as number[]);
        let tok = 0;
        for (const [who, n] of ops) {
          const toks = range(tok, n);
          tok += n;
          if (appendTokens(pool, seqs[who], toks).ok) {
            expected[who].push(...toks);
            // The block just written belongs to the writer alone: no other table maps a block someone writes into.
            const w = seqs[who];
            const written = w.table[Math.floor((w.length - 1) / B)];
            expect(pool.refCount[written]).toBe(1);
            seqs.forEach((o, j) => {
              if (j !== who) expect(o.table).not.toContain(written);
            });
          }
          seqs.forEach((s, i) => {

            expect(readTokens(pool, s)).toEqual(expected[i]);

          });
        }
        // Reference counts equal the number of tables mapping each block.
        const counted = new Array(64).fill(0);
        for (const s of seqs) for (const b of s.table) counted[b]++;
        expect(pool.refCount).toEqual(counted);
      }),
    );
  });
});

describe('errors', () => {
  it('rejects bad sizes and double release', () => {
    expect(() => new BlockPool(0, 16)).toThrow(RangeError);
    expect(() => new BlockPool(4, 1.5)).toThrow(RangeError);
    const pool = new BlockPool(2, 2);
    expect(() => pool.release(0)).toThrow(/not in use/);
    expect(() => shareBlocks(pool, [0], 3)).toThrow(RangeError);
  });
});
