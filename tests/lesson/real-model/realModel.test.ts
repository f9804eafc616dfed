// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forward, generate, rope } from '../../../src/core/model';
import {
  attentionGrid,
  cacheAt,
  cacheBytes,
  compareCache,
  newestToken,
  newRows,
  perTokenOptions,
  queryHeadsPerKv,
  type RealModelRun,
  ropeView,
  runFor,
  topNext,
} from '../../../src/lesson/real-model/derive';
import { measureGeneration } from '../../../src/lesson/real-model/measure';
import { DEFAULT_SENTENCE_ZH, DEFAULTS, EXAMPLES, fromLang, inLang, type RealModelState, realModelModel } from '../../../src/lesson/real-model/model';
import { runGeneration } from '../../../src/lesson/real-model/run';
import { lexiconOf, readSentence, sentenceOf } from '../../../src/lesson/real-model/sentence';
import { MODEL_SHAPE } from '../../../src/lesson/real-model/shape';
import { runningIds, workedFromModel } from '../../../src/lesson/real-model/workedPreset';
import { workedModel } from '../../../src/lesson/worked/model';
import { maxDiff, reference, testModel } from '../../core/model/load';

const model = testModel();
const state = (s: Partial<RealModelState> = {}): RealModelState => ({ ...DEFAULTS, ...s });
const words = (ids: readonly number[]) => ids.map((id) => model.vocab[id]);
const V = model.config.vocabSize;
const idArb = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: V - 1 }), { minLength: min, maxLength: max });

describe('the chapter state', () => {
  it('the shape used for the share-link bounds is the weights file\'s', () => {
    const c = model.config;
    expect(MODEL_SHAPE).toEqual({ layers: c.nLayers, heads: c.nHeads, kvHeads: c.nKvHeads, headDim: c.headDim, context: c.maxSeqLen, vocab: c.vocabSize, ropeBase: c.ropeBase });
  });
  it('the default sentence is the running example "The cat sat", and every example sentence reads', () => {
    expect(DEFAULTS.text).toBe('The cat sat');
    for (const s of [DEFAULTS, ...EXAMPLES]) expect(readSentence(s, lexiconOf(model), 64, DEFAULTS).current).toBe(true);
    expect(realModelModel.check(DEFAULTS)).toBeNull();
  });
});

describe('each page language has its own default sentence; a chosen one is kept', () => {
  it('a Chinese page reads the default as 猫 坐 在 (the model\'s Chinese words), an English one as "The cat sat"', () => {
    expect(inLang(DEFAULTS, 'en').text).toBe('The cat sat');
    expect(inLang(DEFAULTS, 'zh')).toEqual({ ...DEFAULTS, ...DEFAULT_SENTENCE_ZH });
    expect(DEFAULT_SENTENCE_ZH.words).toBe('猫 坐 在');
    // The model continues it in Chinese (猫 坐 在 → where: 红色 的 垫子 上 …), as "the cat sat" → "on".
    expect(model.vocab[runFor(model, inLang(DEFAULTS, 'zh')).gen.steps[0].id]).toMatch(/^\p{Script=Han}+$/u);
  });
  it('a sentence from a link (or typed) stays in both languages', () => {
    const link = state({ text: 'the dog slept', words: 'the dog slept' });
    expect(inLang(link, 'zh').words).toBe('the dog slept');
    const typed = state({ typed: true }); // "the cat sat" typed on a Chinese page
    expect(inLang(typed, 'zh').text).toBe('The cat sat');
  });
  it('changing something else on a Chinese page does not write its default sentence into the link; typing does', () => {
    const shown = inLang(DEFAULTS, 'zh');
    expect(fromLang(DEFAULTS, { ...shown, layer: 2 }, 'zh')).toEqual({ ...DEFAULTS, layer: 2 });
    const typed = fromLang(DEFAULTS, { ...shown, text: 'The cat sat', words: 'the cat sat' }, 'zh');
    expect(typed).toEqual({ ...DEFAULTS, typed: true });
    expect(inLang(typed, 'zh').words).toBe('the cat sat');
    expect(fromLang(DEFAULTS, { ...DEFAULTS, text: 'the dog', words: 'the dog' }, 'en')).toEqual({ ...DEFAULTS, text: 'the dog', words: 'the dog', typed: true });
  });
});

describe('the model card', () => {
  it('query heads per K/V head is H ÷ n_kv of the trained config (grouped-query attention)', () => {
    expect(queryHeadsPerKv(model)).toBe(model.config.nHeads / model.config.nKvHeads);
    expect(Number.isInteger(queryHeadsPerKv(model))).toBe(true);
  });
});

describe('next word', () => {
  it('"The cat sat" → "on", the most likely word, with p > 0.99; greedy takes it', () => {
    const run = runFor(model, state());
    const [top] = topNext(model, run, 0);
    expect(top.word).toBe('on');
    expect(top.p).toBeGreaterThan(0.99);
    expect(model.vocab[run.gen.steps[0].id]).toBe('on');
  });
  it('the five bars are the five largest probabilities, in order, summing to at most 1', () => {
    const run = runFor(model, state({ text: '猫坐在', words: '猫 坐 在' }));
    const top = topNext(model, run, 0);
    const all = [...run.gen.steps[0].probs].sort((a, b) => b - a);
    expect(top.map((t) => t.p)).toEqual(all.slice(0, 5));
    expect(top.reduce((a, t) => a + t.p, 0)).toBeLessThanOrEqual(1 + 1e-12);
  });
  it('a temperature flattens (t > 1) or sharpens (t < 1) the distribution shown', () => {
    const p = (t: number) => topNext(model, runFor(model, state({ text: '猫坐在', words: '猫 坐 在', sampling: 'sample', temperature: t })), 0)[0].p;
    expect(p(2)).toBeLessThan(p(1));
    expect(p(0.5)).toBeGreaterThan(p(1));
  });
});

describe('generation as shown equals the core\'s generate', () => {
  it('greedy and seeded sampling give the core\'s tokens and logits (random prompts)', () => {
    fc.assert(
      fc.property(idArb(1, 12), fc.integer({ min: 1, max: 8 }), fc.constantFrom(0, 0.7, 1.5), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (prompt, n, temperature, seed) => {
        const mine = runGeneration(model, prompt, n, { temperature, seed });
        const core = generate(model, prompt, n, { temperature, seed });
        expect(mine.ids).toEqual(core.ids);
        expect(maxDiff(mine.steps.map((s) => s.logits), core.steps.map((s) => s.logits))).toBe(0);
      }),
      { numRuns: 25 },
    );
  });
  it('the same seed gives the same words; another seed can give others', () => {
    const gen = (seed: number) => runFor(model, state({ sampling: 'sample', temperature: 1.5, count: 12, seed })).gen.ids;
    expect(gen(7)).toEqual(gen(7));
    expect(new Set([1, 2, 3, 4, 5, 6].map((s) => gen(s).join(','))).size).toBeGreaterThan(1);
  });
  it('every pass grows every layer\'s and K/V head\'s cache by its new rows, and earlier rows never change', () => {
    const run = runFor(model, state({ count: 6 }));
    const T0 = run.gen.prompt.length;
    for (let d = 0; d <= run.n; d++) {
      const cache = cacheAt(run, d);
      expect(cache.ids).toHaveLength(T0 + d);
      for (const L of cache.layers) for (const M of [...L.k, ...L.v]) expect(M).toHaveLength(T0 + d);
      expect(newRows(run, d)).toEqual(d === 0 ? [0, 1, 2] : [T0 + d - 1]);
      // The newest token is the cache's last row: position T − 1, the word generated (or the prompt's last).
      expect(newestToken(run, d)).toEqual({ position: T0 + d - 1, id: cache.ids[T0 + d - 1] });
      if (d > 0) {
        const before = cacheAt(run, d - 1);
        before.layers.forEach((L, l) => {
          L.k.forEach((K, g) => {
            expect(cache.layers[l].k[g].slice(0, T0 + d - 1)).toEqual(K);
          });
          L.v.forEach((Vm, g) => {
            expect(cache.layers[l].v[g].slice(0, T0 + d - 1)).toEqual(Vm);
          });
        });
      }
    }
  });
  it('the count is cut to the context left after the sentence; a full context generates nothing', () => {
    const full = sentenceOf(Array.from({ length: 64 }, () => 'cat'));
    expect(runFor(model, state({ ...full, count: 5 })).n).toBe(0);
    const long = sentenceOf(Array.from({ length: 60 }, () => 'cat'));
    expect(runFor(model, state({ ...long, count: 10 })).n).toBe(4);
  });
});

describe('attention heatmaps', () => {
  it('the rows assembled from prefill and decode steps equal one full forward pass over the final sequence', () => {
    const run = runFor(model, state({ count: 5 }));
    const full = forward(model, run.gen.ids);
    for (let l = 0; l < model.config.nLayers; l++) {
      for (let h = 0; h < model.config.nHeads; h++) {
        const g = attentionGrid(run, l, h);
        expect(maxDiff(g.weights, full.layers[l].heads[h].weights)).toBeLessThan(1e-12);
        g.weights.forEach((row, i) => {
          row.forEach((w, j) => {
            if (g.masked[i][j]) expect(w).toBe(0);
          });
        });
        for (const row of g.weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });
});

describe('cache on / off', () => {
  it('identical tokens and logits (random prompts and sampling), and the multiply-adds without the cache are more', () => {
    fc.assert(
      fc.property(idArb(1, 10), fc.integer({ min: 1, max: 6 }), fc.constantFrom<RealModelState['sampling']>('greedy', 'sample'), (prompt, count, sampling) => {
        const s = state({ ...sentenceOf(words(prompt)), count, sampling, temperature: 1.3, seed: 5 });
        const run = runFor(model, s);
        const cmp = compareCache(model, run);
        expect(cmp).not.toBeNull();
        if (!cmp) return;
        expect(cmp.same).toBe(true);
        expect(cmp.idsUncached).toEqual(cmp.idsCached);
        expect(cmp.maxLogitDiff).toBeLessThan(1e-12);
        expect(cmp.macsUncached).toBeGreaterThanOrEqual(cmp.macsCached);
        if (run.n > 1) expect(cmp.macsUncached).toBeGreaterThan(cmp.macsCached);
      }),
      { numRuns: 20 },
    );
  });
  it('nothing to compare when nothing is generated', () => {
    expect(compareCache(model, runFor(model, state(sentenceOf(Array.from({ length: 64 }, () => 'cat')))))).toBeNull();
  });
  it('timing measures both ways with the clock it is given, at least minRuns each', () => {
    let clock = 0;
    const tm = measureGeneration(model, [0, 2, 8], 3, { temperature: 0, seed: 0 }, () => (clock += 1), 10, 3, 50);
    expect(tm.runs).toBeGreaterThanOrEqual(3);
    expect(tm.cachedMs).toBe(1);
    expect(tm.uncachedMs).toBe(1);
  });
});

describe('cache size', () => {
  it('one token adds 2 · 3 layers · 2 K/V heads · 8 = 96 numbers, 384 bytes in float32; the question offers the usual mistakes', () => {
    expect(cacheBytes(model, 1)).toEqual({ perToken: 384, total: 384, numbersPerToken: 96 });
    expect(cacheBytes(model, 8).total).toBe(3072);
    expect(perTokenOptions(model)).toEqual([
      { id: 'one-layer', n: 32 },
      { id: 'k-only', n: 48 },
      { id: 'right', n: 96 },
      { id: 'per-query-head', n: 192 },
    ]);
  });
  it('the cache holds exactly that many numbers per token', () => {
    const cache = cacheAt(runFor(model, state()), 0);
    const numbers = cache.layers.reduce((n, L) => n + [...L.k, ...L.v].reduce((m, M) => m + M.length * M[0].length, 0), 0);
    expect(numbers).toBe(96 * cache.ids.length);
  });
});

describe('RoPE step', () => {
  it('the cached key is the raw key turned by its position, pair by pair, and it never changes afterwards', () => {
    const run: RealModelRun = runFor(model, state({ count: 5 }));
    for (const token of [0, 2, 4, 7]) {
      const r = ropeView(model, run, token, 1, 1);
      expect(r.position).toBe(token);
      expect(maxDiff(r.after, rope(r.before, token, model.config.ropeBase))).toBe(0);
      expect(r.drift).toBe(0);
      expect(r.angles).toEqual(r.theta.map((th) => token * th));
    }
    expect(ropeView(model, run, 0, 0, 0).extraRotations).toBe(8 * 4 * 3 * 2);
  });
});

describe('the worked example preset from the real model', () => {
  const ref = reference().cases.find((c) => c.text === 'the cat sat on');
  it('reads "The cat sat on" as the model\'s four words', () => {
    expect(words(runningIds(model))).toEqual(['the', 'cat', 'sat', 'on']);
  });
  it('equals PyTorch\'s q of "on" and k, v of the / cat / sat / on for every layer and head (≤ 1e-5), d = 8', () => {
    expect(ref).toBeDefined();
    if (!ref) return;
    const { nLayers, nHeads, nKvHeads } = model.config;
    for (let l = 0; l < nLayers; l++) {
      for (let h = 0; h < nHeads; h++) {
        const p = workedFromModel(model, l, h);
        const g = Math.floor(h / (nHeads / nKvHeads));
        const R = ref.layers[l];
        expect(p.d).toBe(8);
        expect(maxDiff(p.q, R.q[h][3])).toBeLessThan(1e-5);
        expect(maxDiff([...p.K, p.kOn], R.k[g])).toBeLessThan(1e-5);
        expect(maxDiff([...p.V, p.vOn], R.v[g])).toBeLessThan(1e-5);
      }
    }
  });
  it('is a valid worked-example state, and bad layer or head numbers are refused by name', () => {
    expect(workedModel.check({ ...workedModel.defaults, ...workedFromModel(model, 2, 3) })).toBeNull();
    expect(() => workedFromModel(model, 3, 0)).toThrow(/no layer 3/);
    expect(() => workedFromModel(model, 0, 4)).toThrow(/no head 4/);
  });
});
