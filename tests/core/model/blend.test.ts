// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cacheBlend,
  chunkCaches,
  fullPrefill,
  kvDeviation,
  type ModelCache,
  logitShift,
  naiveReuse,
  recomputeCount,
  reusedCache,
  topRows,
} from '../../../src/core/model';
import { maxDiff, testModel } from './load';

const model = testModel();
const V = model.config.vocabSize;
const word = (w: string) => {
  const i = model.vocab.indexOf(w);
  if (i < 0) throw new Error(`not in the vocabulary: ${w}`);
  return i;
};
const ids = (s: string) => s.split(' ').map(word);
const chunk = fc.array(fc.integer({ min: 0, max: V - 1 }), { minLength: 1, maxLength: 9 });
const chunksArb = fc.array(chunk, { minLength: 1, maxLength: 3 });
const questionArb = fc.array(fc.integer({ min: 0, max: V - 1 }), { minLength: 1, maxLength: 5 });

/** A cache's keys and values as nested arrays, (nLayers) × [k, v] × (KV) × (T, hd), for maxDiff. */
const kv = (c: ModelCache) => c.layers.map((L) => [L.k, L.v]);

const CHUNKS = [ids('the dog lay on the box .'), ids('the boy sat on the blue mat .')];
const QUESTION = ids('who lay on the box ? the');
const A = CHUNKS[0].length; // 7 rows of chunk 1, then 8 of chunk 2

describe('naive reuse', () => {
  it('of a single chunk equals the full prefill (the chunk is the prefix, positions already right)', () => {
    fc.assert(
      fc.property(chunk, questionArb, (c, q) => {
        const full = fullPrefill(model, [c], q);
        const naive = naiveReuse(model, [c], q);
        expect(maxDiff(naive.logits, full.logits)).toBeLessThan(1e-9);
        expect(maxDiff(kv(naive.cache), kv(full.cache))).toBeLessThan(1e-9);
      }),
      { numRuns: 25 },
    );
  });

  it('re-rotated: every row of layer 0 equals the full prefill; the first chunk is exact in every layer; later chunks deviate deeper', () => {
    const full = fullPrefill(model, CHUNKS, QUESTION);
    const naive = naiveReuse(model, CHUNKS, QUESTION);
    const dev = kvDeviation(naive.cache, full.cache);
    for (const d of dev[0]) expect(Math.max(d.k, d.v)).toBeLessThan(1e-9);
    for (const layer of dev) for (const d of layer.slice(0, CHUNKS[0].length)) expect(Math.max(d.k, d.v)).toBeLessThan(1e-9);
    const second = dev[1].slice(CHUNKS[0].length, CHUNKS[0].length + CHUNKS[1].length);
    expect(Math.max(...second.map((d) => d.vRel))).toBeGreaterThan(0.1);
    // Without re-rotation the keys of chunk 2 are wrong already on layer 0.
    const caches = chunkCaches(model, CHUNKS);
    const unmoved = [...caches[0].layers[0].k[0], ...caches[1].layers[0].k[0]];
    expect(maxDiff(unmoved.slice(A), full.cache.layers[0].k[0].slice(A, 15))).toBeGreaterThan(1e-3);
    expect(reusedCache(model, CHUNKS).positions).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });

  it('changes the answer of the default example: the full prefill says "dog", naive reuse "cat"', () => {
    const full = fullPrefill(model, CHUNKS, QUESTION);
    const naive = naiveReuse(model, CHUNKS, QUESTION);
    const top = (l: number[]) => model.vocab[l.indexOf(Math.max(...l))];
    expect(top(full.logits)).toBe('dog');
    expect(top(naive.logits)).toBe('cat');
    expect(logitShift(full.logits, naive.logits).kl).toBeGreaterThan(1);
  });
});

describe('CacheBlend', () => {
  it('property: r = 100 % equals the full prefill and r = 0 equals naive reuse, with either mask', () => {
    fc.assert(
      fc.property(chunksArb, questionArb, fc.boolean(), (chunks, q, causal) => {
        const mask = causal ? 'causal' : 'bottom-right';
        const full = fullPrefill(model, chunks, q);
        const all = cacheBlend(model, chunks, q, { ratio: 1, mask });
        expect(maxDiff(all.logits, full.logits)).toBeLessThan(1e-9);
        expect(maxDiff(kv(all.cache), kv(full.cache))).toBeLessThan(1e-9);
        const naive = naiveReuse(model, chunks, q);
        const none = cacheBlend(model, chunks, q, { ratio: 0, mask });
        expect(none.selected).toEqual([]);
        expect(maxDiff(none.logits, naive.logits)).toBeLessThan(1e-9);
        expect(maxDiff(kv(none.cache), kv(naive.cache))).toBeLessThan(1e-9);
      }),
      { numRuns: 25 },
    );
  });

  it('ranks the context rows by the check layer\'s K/V deviation: the first chunk (a prefix) scores 0, the top ⌊r·N⌋ are recomputed', () => {
    const b = cacheBlend(model, CHUNKS, QUESTION, { ratio: 0.2 });
    expect(b.score).toHaveLength(15);
    for (const s of b.score.slice(0, A)) expect(s).toBeLessThan(1e-18);
    expect(b.selected).toEqual(topRows(b.score, 3));
    expect(b.selected.every((r) => r >= A)).toBe(true);
    expect(b.queries).toEqual([...b.selected, 15, 16, 17, 18, 19, 20, 21]);
    // The recomputed rows now hold the full prefill's K/V on every layer; the others keep the reused ones.
    const full = fullPrefill(model, CHUNKS, QUESTION);
    const dev = kvDeviation(b.cache, full.cache, b.selected);
    expect(Math.max(...dev[1].map((d) => d.k + d.v))).toBeLessThan(1e-9);
    const naive = naiveReuse(model, CHUNKS, QUESTION);
    const kept = Array.from({ length: 15 }, (_, r) => r).filter((r) => !b.selected.includes(r));
    const keptDev = kvDeviation(b.cache, naive.cache, kept);
    for (const d of keptDev[0]) expect(d.k + d.v).toBeLessThan(1e-12); // layer 0 runs for every token, as in prefill
    for (const layer of keptDev.slice(1)) for (const d of layer) expect(d.k + d.v).toBe(0); // reused rows kept as they were
  });

  it('recovers the full prefill\'s answer on the default example with 3 of 15 context tokens recomputed', () => {
    const full = fullPrefill(model, CHUNKS, QUESTION);
    for (const mask of ['bottom-right', 'causal'] as const) {
      const b = cacheBlend(model, CHUNKS, QUESTION, { ratio: 0.2, mask });
      expect(b.selected).toHaveLength(3);
      const shift = logitShift(full.logits, b.logits);
      expect(shift.sameTop1).toBe(true);
      expect(shift.kl).toBeLessThan(0.01);
    }
  });

  it('the mask: bottom-right lets the i-th of S queries see keys 0..T−S+i; causal lets each see exactly its own past', () => {
    const T = 22;
    const br = cacheBlend(model, CHUNKS, QUESTION, { ratio: 0.2 });
    const S = br.queries.length;
    expect(br.visible.map((row) => row.filter(Boolean).length)).toEqual(br.queries.map((_, i) => T - S + i + 1));
    const exact = cacheBlend(model, CHUNKS, QUESTION, { ratio: 0.2, mask: 'causal' });
    expect(exact.visible.map((row) => row.filter(Boolean).length)).toEqual(exact.queries.map((r) => r + 1));
    // The question's rows are the last ones, so both masks agree on them.
    expect(br.visible.slice(-QUESTION.length)).toEqual(exact.visible.slice(-QUESTION.length));
  });

  it('explicit rows replace the HKVD choice; the check layer can be 2', () => {
    const b = cacheBlend(model, CHUNKS, QUESTION, { ratio: 0, rows: [14, 9, 9] });
    expect(b.selected).toEqual([9, 14]);
    const deep = cacheBlend(model, CHUNKS, QUESTION, { ratio: 1, checkLayer: 2 });
    expect(maxDiff(deep.logits, fullPrefill(model, CHUNKS, QUESTION).logits)).toBeLessThan(1e-9);
  });

  it('refuses bad input with a message that names it', () => {
    expect(() => cacheBlend(model, CHUNKS, QUESTION, { ratio: 1.5 })).toThrow('ratio must be between 0 and 1, got 1.5');
    expect(() => cacheBlend(model, CHUNKS, QUESTION, { ratio: Number.NaN })).toThrow('got NaN');
    expect(() => cacheBlend(model, CHUNKS, QUESTION, { ratio: 0.5, checkLayer: 0 })).toThrow('checkLayer must be 1..2, got 0');
    expect(() => cacheBlend(model, CHUNKS, QUESTION, { ratio: 0.5, checkLayer: 3 })).toThrow('checkLayer must be 1..2');
    expect(() => cacheBlend(model, CHUNKS, QUESTION, { ratio: 0, rows: [15] })).toThrow('rows[0] = 15 is not a context row 0..14');
    expect(() => cacheBlend(model, [CHUNKS[0], []], QUESTION, { ratio: 0 })).toThrow('chunk 2 is empty');
    expect(() => cacheBlend(model, [], QUESTION, { ratio: 0 })).toThrow('no chunks given');
    expect(() => cacheBlend(model, CHUNKS, [], { ratio: 0 })).toThrow('empty input');
    expect(() => cacheBlend(model, [Array(60).fill(0)], QUESTION, { ratio: 0 })).toThrow('the prompt has 67 tokens, but the model\'s maximum context is 64');
    expect(() => cacheBlend(model, [[V]], QUESTION, { ratio: 0 })).toThrow(`token id ${V} at index 0 is not in the vocabulary`);
  });
});

describe('recomputeCount and topRows', () => {
  it('⌊r·N⌋ without rounding error (0.29 of 100 is 29), 0 and N at the ends', () => {
    expect(recomputeCount(100, 0.29)).toBe(29);
    expect(recomputeCount(15, 0.2)).toBe(3);
    expect(recomputeCount(15, 0.19)).toBe(2);
    expect(recomputeCount(15, 0)).toBe(0);
    expect(recomputeCount(15, 1)).toBe(15);
    expect(() => recomputeCount(15, -0.1)).toThrow('between 0 and 1');
  });

  it('the highest scores, ties to the earlier row, returned ascending', () => {
    expect(topRows([1, 5, 3, 5, 0], 2)).toEqual([1, 3]);
    expect(topRows([2, 2, 2], 2)).toEqual([0, 1]);
    expect(topRows([1, 2], 0)).toEqual([]);
  });
});
