// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  concatCaches,
  decode,
  emptyCache,
  finishBlock,
  gqaAttention,
  mapCache,
  prefill,
  projectQKV,
  repositionCache,
  rerotate,
  rope,
  selectRows,
  writeRows,
} from '../../../src/core/model';
import { maxDiff, testModel } from './load';

const model = testModel();
const { vocabSize: V, maxSeqLen } = model.config;
const ids = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: V - 1 }), { minLength: min, maxLength: max });

describe('decoding token by token with the cache equals the full forward pass', () => {
  it('property: prefill of a prefix + one decode per remaining token gives the full pass\'s logits, keys and values', () => {
    fc.assert(
      fc.property(ids(2, 24), fc.nat(), (seq, cut) => {
        const split = 1 + (cut % (seq.length - 1)); // 1..T−1 tokens prefilled
        const full = prefill(model, seq);
        let run = prefill(model, seq.slice(0, split));
        const logits = [...run.logits];
        for (let t = split; t < seq.length; t++) {
          run = decode(model, run.cache, seq[t]);
          logits.push(run.logits[0]);
        }
        expect(maxDiff(logits, full.logits)).toBeLessThan(1e-9);
        expect(maxDiff(run.cache.layers.map((L) => L.k), full.cache.layers.map((L) => L.k))).toBeLessThan(1e-9);
        expect(maxDiff(run.cache.layers.map((L) => L.v), full.cache.layers.map((L) => L.v))).toBeLessThan(1e-9);
        expect(run.cache.positions).toEqual(seq.map((_, i) => i));
      }),
      { numRuns: 25 },
    );
  });

  it('the cache grows by exactly one row per layer and K/V head per decoded token, earlier rows unchanged', () => {
    const a = prefill(model, [0, 2, 9]);
    const b = decode(model, a.cache, 11);
    for (let l = 0; l < model.config.nLayers; l++) {
      for (let g = 0; g < model.config.nKvHeads; g++) {
        expect(b.cache.layers[l].k[g]).toHaveLength(4);
        expect(b.cache.layers[l].k[g].slice(0, 3)).toEqual(a.cache.layers[l].k[g]);
        expect(b.cache.layers[l].v[g].slice(0, 3)).toEqual(a.cache.layers[l].v[g]);
        expect(b.cache.layers[l].k[g][3]).toEqual(b.layers[l].k[g][0]); // the new row is the new token's rotated key
      }
    }
  });

  it('the cache stores K after RoPE: cached key = rope(raw key, its position)', () => {
    const run = prefill(model, [0, 2, 9, 11]);
    const t = run.layers[1];
    t.kRaw.forEach((K, g) => {
      K.forEach((row, pos) => {
        expect(maxDiff(rope(row, pos, model.config.ropeBase), run.cache.layers[1].k[g][pos])).toBeLessThan(1e-12);
      });
    });
  });
});

describe('positions are explicit', () => {
  it('a token decoded at the wrong position gets different logits (the off-by-one bug), the right one reproduces prefill', () => {
    const seq = [0, 2, 9, 11];
    const full = prefill(model, seq).logits[3];
    const head = prefill(model, seq.slice(0, 3));
    expect(maxDiff(decode(model, head.cache, seq[3], 3).logits[0], full)).toBeLessThan(1e-9);
    expect(maxDiff(decode(model, head.cache, seq[3], 0).logits[0], full)).toBeGreaterThan(1e-3);
  });

  it('property: re-rotating a key R(Δ)·k equals the key computed at the new position (≤ 1e-9)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 8, maxLength: 8 }), fc.nat(200), fc.nat(200), (k, from, to) => {
        const base = model.config.ropeBase;
        expect(maxDiff(rerotate(rope(k, from, base), from, to, base), rope(k, to, base))).toBeLessThan(1e-9);
      }),
    );
  });

  it('repositionCache moves a chunk cached at 0.. to a later offset: first-layer keys equal the full prefill\'s', () => {
    const chunkA = [0, 2, 9, 11];
    const chunkB = [0, 3, 10, 11, 0, 14];
    const full = prefill(model, [...chunkA, ...chunkB]);
    const alone = prefill(model, chunkB); // positions 0..5
    const moved = repositionCache(model, alone.cache, chunkB.map((_, i) => chunkA.length + i));
    const naive = concatCaches(prefill(model, chunkA).cache, moved);
    expect(naive.positions).toEqual(full.cache.positions);
    // Layer 0's keys and values depend only on the token and its position: exact after re-rotation.
    expect(maxDiff(naive.layers[0].k, full.cache.layers[0].k)).toBeLessThan(1e-9);
    expect(maxDiff(naive.layers[0].v, full.cache.layers[0].v)).toBeLessThan(1e-12);
    // Deeper layers differ: chunk B's tokens never attended to chunk A.
    expect(maxDiff(naive.layers[2].v, full.cache.layers[2].v)).toBeGreaterThan(1e-3);
  });

  it('a single chunk reused with its own positions equals its full prefill', () => {
    const seq = [0, 2, 9, 11, 0];
    const one = concatCaches(emptyCache(model), prefill(model, seq).cache);
    const next = decode(model, one, 1);
    expect(maxDiff(next.logits, prefill(model, [...seq, 1]).logits.slice(-1))).toBeLessThan(1e-9);
  });
});

describe('layer-level access for eviction and quantisation', () => {
  it('selectRows of every row, and mapCache with the identity, change nothing', () => {
    const run = prefill(model, [0, 2, 9, 11, 0, 14]);
    const all = run.cache.ids.map((_, i) => i);
    expect(selectRows(run.cache, all)).toEqual(run.cache);
    expect(mapCache(run.cache, (M) => M.map((r) => [...r]))).toEqual(run.cache);
  });

  it('mapCache sees whole (T, hd) matrices (per-channel transforms possible) and refuses a change of shape', () => {
    const run = prefill(model, [0, 2, 9, 11]);
    const zeroV = mapCache(run.cache, (M, at) => (at.kind === 'v' ? M.map((r) => r.map(() => 0)) : M));
    expect(zeroV.layers[2].k).toEqual(run.cache.layers[2].k);
    expect(zeroV.layers[2].v[1][3]).toEqual(Array(8).fill(0));
    // With every value zero, every head outputs zeros: the last token's first block adds nothing from attention.
    const next = decode(model, zeroV, 1);
    expect(next.layers[0].concat[0].every((x) => Math.abs(x) < 1e-12)).toBe(false); // its own new v is not zero
    expect(() => mapCache(run.cache, (M) => M.slice(1))).toThrow('changed the shape of layer 0 head 0 k');
  });

  it('an evicted cache decodes at the true next position (one past the last kept row), with only the kept rows visible', () => {
    const run = prefill(model, [0, 2, 9, 11, 0, 14]);
    const kept = selectRows(run.cache, [0, 4, 5]);
    const next = decode(model, kept, 1);
    expect(next.positions).toEqual([6]);
    expect(next.layers[0].heads[0].weights[0]).toHaveLength(4);
  });

  it('layer API (CacheBlend\'s recompute): selected tokens as queries over the whole cache, masked by their rows, reproduce the full pass', () => {
    const seq = [0, 2, 9, 11, 0, 14, 1];
    const full = prefill(model, seq);
    const rows = [1, 4]; // the "selected" tokens, anywhere in the sequence
    const l = 1;
    const x = rows.map((r) => full.layers[l].x[r]); // (2, dim): their inputs to layer 1
    const p = projectQKV(model, l, x, rows); // positions = rows here
    const L = full.cache.layers[l];
    const att = gqaAttention(p.q, L.k, L.v, rows); // each query sees keys 0..its row
    const out = finishBlock(model, l, x, att.concat).out;
    expect(maxDiff(out, rows.map((r) => full.layers[l].out[r]))).toBeLessThan(1e-9);
    expect(maxDiff(att.heads[2].weights, rows.map((r) => full.layers[l].heads[2].weights[r]))).toBeLessThan(1e-12);
    expect(att.heads[2].weights[0].slice(2)).toEqual([0, 0, 0, 0, 0]); // row 1 sees keys 0 and 1 only
  });

  it('writeRows puts recomputed keys and values over reused ones, in one layer only', () => {
    const seq = [0, 2, 9, 11, 0, 14];
    const full = prefill(model, seq);
    const naive = concatCaches(prefill(model, seq.slice(0, 3)).cache, repositionCache(model, prefill(model, seq.slice(3)).cache, [3, 4, 5]));
    const rows = [4, 5];
    const fixed = writeRows(naive, 2, rows, full.cache.layers[2].k.map((K) => rows.map((r) => K[r])), full.cache.layers[2].v.map((V) => rows.map((r) => V[r])));
    expect(maxDiff(fixed.layers[2].v.map((V) => rows.map((r) => V[r])), full.cache.layers[2].v.map((V) => rows.map((r) => V[r])))).toBe(0);
    expect(fixed.layers[2].v[0][3]).toBe(naive.layers[2].v[0][3]);
    expect(fixed.layers[1]).toBe(naive.layers[1]);
    expect(() => writeRows(naive, 2, [9], [[[0]], [[0]]], [[[0]], [[0]]])).toThrow('rows[0] = 9 is not a row 0..5');
  });

  it('the maximum context fills exactly; one more token is refused', () => {
    const seq = Array.from({ length: maxSeqLen }, (_, i) => i % V);
    const run = prefill(model, seq);
    expect(run.cache.ids).toHaveLength(maxSeqLen);
    expect(() => decode(model, run.cache, 0)).toThrow(/context too long.*64 cached \+ 1 new = 65.*maximum context is 64/);
  });
});
