// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decode,
  firstTokensShare,
  type EvictionPolicy,
  h2oKeep,
  h2oRecent,
  pastRoom,
  prefill,
  repositionCache,
  runWithEviction,
  selectRows,
  selectRowsByHead,
  sinksKeep,
  windowKeep,
} from '../../../src/core/model';
import { maxDiff, testModel } from './load';

const model = testModel();
const { vocabSize: V, nLayers: L, nKvHeads: KV, nHeads: H } = model.config;
const text = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: V - 1 }), { minLength: min, maxLength: max });

describe('kept rows of each policy (hand cases; the new token is the budget’s last row)', () => {
  it('sliding window: the newest B − 1 past rows', () => {
    expect(windowKeep(10, 4)).toEqual([7, 8, 9]);
    expect(windowKeep(2, 4)).toEqual([0, 1]);
    expect(windowKeep(5, 1)).toEqual([]);
    expect(pastRoom(10, 4)).toBe(3);
  });

  it('sinks + window: the first S rows and the newest rows after them', () => {
    expect(sinksKeep(10, 6, 2)).toEqual([0, 1, 7, 8, 9]);
    expect(sinksKeep(10, 3, 4)).toEqual([0, 1]); // only sinks fit
    expect(sinksKeep(10, 6, 0)).toEqual(windowKeep(10, 6));
    expect(sinksKeep(3, 6, 4)).toEqual([0, 1, 2]); // nothing to evict yet
  });

  it('H2O: the recent rows plus the older rows with the most accumulated attention', () => {
    // 8 past rows; B = 5 → 4 kept; recent 3 (new token included) → rows 6, 7; 2 heavy hitters among rows 0–5.
    expect(h2oKeep([5, 1, 4, 0, 9, 2, 3, 7], 5, 3)).toEqual([0, 4, 6, 7]);
    // ties go to the earlier row
    expect(h2oKeep([1, 1, 1, 1], 3, 1)).toEqual([0, 1]);
    // recent = 1: only the new token is "recent", every kept past row is a heavy hitter
    expect(h2oKeep([0.1, 0.9, 0.5, 0.2], 3, 1)).toEqual([1, 2]);
    expect(h2oRecent(8)).toBe(4);
    expect(h2oRecent(7)).toBe(4);
  });

  it('bad budgets and counts throw', () => {
    expect(() => windowKeep(4, 0)).toThrow(/budget/);
    expect(() => sinksKeep(4, 3, -1)).toThrow(/sinks/);
    expect(() => windowKeep(1.5, 3)).toThrow(/past/);
  });
});

describe('running the real model with an evicting cache', () => {
  const full = (ids: number[]) => runWithEviction(model, ids, { kind: 'full', budget: 1 });

  it('the full run equals the model’s full forward pass (≤ 1e-9)', () => {
    const ids = [3, 7, 1, 20, 11, 5, 9];
    expect(maxDiff(full(ids).logits, prefill(model, ids).logits)).toBeLessThan(1e-9);
  });

  it('property: a budget ≥ the text’s length reproduces the full cache exactly, for every policy', () => {
    fc.assert(
      fc.property(text(1, 20), fc.integer({ min: 0, max: 5 }), fc.constantFrom('window' as const, 'sinks' as const, 'h2o' as const), fc.boolean(), (ids, extra, kind, renumber) => {
        const policy: EvictionPolicy = { kind, budget: ids.length + extra, sinks: 2, renumber };
        const r = runWithEviction(model, ids, policy);
        expect(r.logits).toEqual(full(ids).logits);
        expect(r.positions).toEqual(ids.map((_, t) => t));
        r.read.forEach((layers, t) => {
          expect(layers.flat()).toEqual(Array.from({ length: L * KV }, () => Array.from({ length: t + 1 }, (_, i) => i)));
        });
      }),
      { numRuns: 25 },
    );
  });

  const ids = [3, 7, 1, 20, 11, 5, 9, 14, 2, 30];

  it('window: at the first eviction the new token reads exactly the newest B − 1 rows of the full cache and itself', () => {
    const B = 4;
    const r = runWithEviction(model, ids, { kind: 'window', budget: B });
    const t = B; // rows 0..B−1 exist; B − 1 may stay
    expect(r.read[t][0][0]).toEqual([1, 2, 3, 4]);
    const kept = selectRows(prefill(model, ids.slice(0, t)).cache, [1, 2, 3]);
    expect(maxDiff(r.logits[t], decode(model, kept, ids[t], t).logits[0])).toBeLessThan(1e-12);
    expect(r.read[ids.length - 1].flat()).toEqual(Array.from({ length: L * KV }, () => [6, 7, 8, 9]));
  });

  it('sinks with renumbering: kept rows re-rotated to cache positions 0 … n−1, the new token at n (StreamingLLM §3.2)', () => {
    const B = 5;
    const r = runWithEviction(model, ids, { kind: 'sinks', budget: B, sinks: 2, renumber: true });
    const t = B;
    expect(r.read[t][0][0]).toEqual([0, 1, 3, 4, 5]);
    expect(r.positions.slice(0, t + 2)).toEqual([0, 1, 2, 3, 4, 4, 4]);
    const kept = repositionCache(model, selectRows(prefill(model, ids.slice(0, t)).cache, [0, 1, 3, 4]), [0, 1, 2, 3]);
    expect(maxDiff(r.logits[t], decode(model, kept, ids[t], 4).logits[0])).toBeLessThan(1e-12);
    const plain = runWithEviction(model, ids, { kind: 'sinks', budget: B, sinks: 2, renumber: false });
    expect(plain.positions).toEqual(ids.map((_, i) => i));
    expect(maxDiff(plain.logits[t], r.logits[t])).toBeGreaterThan(1e-6); // positions matter
  });

  it('H2O: each layer’s K/V head keeps its own heavy hitters, chosen by the attention they received so far', () => {
    const B = 5;
    const r = runWithEviction(model, ids, { kind: 'h2o', budget: B });
    const t = B;
    const pre = prefill(model, ids.slice(0, t)); // no eviction before step t: identical attention
    for (let l = 0; l < L; l++) {
      for (let g = 0; g < KV; g++) {
        const scores = Array.from({ length: t }, (_, j) => {
          let s = 0;
          for (let h = 0; h < H; h++) if (pre.layers[l].heads[h].group === g) for (let i = 0; i < t; i++) s += pre.layers[l].heads[h].weights[i][j];
          return s;
        });
        expect(r.read[t][l][g]).toEqual([...h2oKeep(scores, B, h2oRecent(B)), t]);
      }
    }
    const sets = new Set(r.read[ids.length - 1].flat().map((rows) => rows.join(',')));
    expect(sets.size).toBeGreaterThan(1); // heads disagree on this text
    expect(r.scores[t][0][0]).toHaveLength(B);
  });

  it('selectRowsByHead rejects lists of different lengths', () => {
    const c = prefill(model, ids.slice(0, 4)).cache;
    const keep = Array.from({ length: L }, () => Array.from({ length: KV }, () => [0, 1]));
    expect(selectRowsByHead(c, keep).layers[0].k[0]).toHaveLength(2);
    keep[1][1] = [0];
    expect(() => selectRowsByHead(c, keep)).toThrow(/rows/);
  });

  it('bad budgets and texts throw with the problem named', () => {
    expect(() => runWithEviction(model, ids, { kind: 'window', budget: 0 })).toThrow(/budget/);
    expect(() => runWithEviction(model, [V + 3], { kind: 'window', budget: 4 })).toThrow(/vocabulary/);
  });
});

describe('attention on the first tokens (attention sinks)', () => {
  it('hand case: two queries over three keys', () => {
    const heads = [{ weights: [[1], [0.5, 0.5], [0.7, 0.2, 0.1]] }];
    const layers = [{ heads }] as unknown as Parameters<typeof firstTokensShare>[0];
    // rows t ≥ 1: row 1 puts 0.5 on key 0, row 2 puts 0.7 → mean 0.6; uniform 1/2 and 1/3 → 5/12
    const r = firstTokensShare(layers, 1);
    expect(r.observed).toBeCloseTo(0.6, 12);
    expect(r.uniform).toBeCloseTo(5 / 12, 12);
  });
  it('on the real model the shares are between 0 and 1, and all of it for every key', () => {
    const layers = prefill(model, [3, 7, 1, 20, 11, 5, 9]).layers;
    const r = firstTokensShare(layers, 2);
    expect(r.observed).toBeGreaterThan(0);
    expect(r.observed).toBeLessThan(1);
    expect(firstTokensShare(layers, 7, 0).observed).toBeCloseTo(1, 12);
    expect(() => firstTokensShare(layers, 2, 7)).toThrow(/no query rows/);
  });
});
