// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, klDivergence, logitShift, prefill, probabilities, sampleToken, topK } from '../../../src/core/model';
import { mulberry32 } from '../../../src/core';
import { maxDiff, testModel } from './load';

const model = testModel();
const prompt = [0, 2, 8]; // the cat sat
const id = (w: string) => model.vocab.indexOf(w);

describe('sampling', () => {
  it('temperature 0 is greedy: the argmax, whatever the random numbers', () => {
    const logits = [0.1, 2, -1, 2];
    expect(sampleToken(logits, 0, () => 0.999)).toBe(1); // first of a tie
  });
  it('property: a draw follows the cumulative probabilities (u below p0 → token 0, u just above → token 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 8 }), fc.double({ min: 0.1, max: 3, noNaN: true }), (logits, t) => {
        const p = probabilities(logits, t);
        expect(sampleToken(logits, t, () => p[0] * 0.5)).toBe(0);
        if (p[1] > 1e-9) expect(sampleToken(logits, t, () => p[0] + p[1] * 0.5)).toBe(1);
      }),
    );
  });
  it('topK orders by probability and sums to ≤ 1', () => {
    const p = probabilities(prefill(model, prompt).logits[2]);
    const top = topK(p, 5);
    expect(top).toHaveLength(5);
    expect(top[0].id).toBe(id('on'));
    for (let i = 1; i < 5; i++) expect(top[i].p).toBeLessThanOrEqual(top[i - 1].p);
  });
});

describe('generate', () => {
  it('greedy generation continues "the cat sat" with "on the"', () => {
    const g = generate(model, prompt, 2);
    expect(g.ids.slice(3).map((i) => model.vocab[i])).toEqual(['on', 'the']);
    expect(g.steps.map((s) => s.position)).toEqual([3, 4]);
  });
  it('with and without the cache: identical tokens and logits (≤ 1e-9), greedy and sampled', () => {
    for (const opts of [{ temperature: 0 }, { temperature: 1.5, seed: 7 }]) {
      const a = generate(model, prompt, 12, { ...opts, useCache: true });
      const b = generate(model, prompt, 12, { ...opts, useCache: false });
      expect(a.ids).toEqual(b.ids);
      expect(maxDiff(a.steps.map((s) => s.logits), b.steps.map((s) => s.logits))).toBeLessThan(1e-9);
      expect(b.cache).toBeNull();
      expect(a.cache?.ids).toEqual(a.ids.slice(0, -1)); // the last token is chosen, not yet fed
    }
  });
  it('the same seed gives the same text; the sampler is mulberry32 from src/core/random.ts', () => {
    const a = generate(model, prompt, 20, { temperature: 2, seed: 42 });
    const b = generate(model, prompt, 20, { temperature: 2, seed: 42 });
    expect(a.ids).toEqual(b.ids);
    const rand = mulberry32(42);
    expect(a.steps[0].id).toBe(sampleToken(a.steps[0].logits, 2, rand));
    const seeds = new Set(Array.from({ length: 6 }, (_, s) => generate(model, prompt, 20, { temperature: 2, seed: s }).ids.join()));
    expect(seeds.size).toBeGreaterThan(1); // different seeds, different texts (at a high temperature)
  });
});

describe('comparing next-token distributions', () => {
  it('KL is 0 and top-1 agrees for identical logits; a shifted token changes both', () => {
    const logits = prefill(model, prompt).logits[2];
    expect(logitShift(logits, logits)).toEqual({ kl: 0, sameTop1: true, maxAbsDiff: 0 });
    const other = [...logits];
    other[id('on')] -= 30;
    const s = logitShift(logits, other);
    expect(s.sameTop1).toBe(false);
    expect(s.kl).toBeGreaterThan(1);
    expect(s.maxAbsDiff).toBeCloseTo(30, 9);
  });
  it('KL by hand: KL([½, ½] ‖ [¼, ¾]) = ½ ln 2 + ½ ln(2/3)', () => {
    expect(klDivergence([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 12);
    expect(klDivergence([1, 0], [0, 1])).toBe(Number.POSITIVE_INFINITY);
  });
});
