// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { measureAttention } from '../../src/lesson/reuse/attention';
import { reuseChapter, STEP_METHOD } from '../../src/lesson/reuse/chapter';
import { baseRuns, blendCurve, blendRun, comparedIds, meanDeviation, recoveredAt } from '../../src/lesson/reuse/derive';
import { concentration, findings } from '../../src/lesson/reuse/findings';
import { DEFAULTS, defaultSentence, type ReuseState, withSentence } from '../../src/lesson/reuse/model';
import { curveGeometry, niceMax } from '../../src/lesson/reuse/plot';
import { readPrompt } from '../../src/lesson/reuse/prompt';
import { maskRows } from '../../src/lesson/reuse/maskRuns';
import { maskTex } from '../../src/lesson/reuse/tex';
import { largestOf, worstPerLayer } from '../../src/lesson/reuse/worst';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { testModel } from '../core/model/load';

const model = testModel();
const word = (id: number) => model.vocab[id];
const prompt = (s: ReuseState = DEFAULTS, lang: 'en' | 'zh' = 'en') => readPrompt(model, s, lang);

describe('the default prompts need cross-chunk attention, and CacheBlend recovers them (measured on the real model)', () => {
  for (const [lang, full, naive, N] of [
    ['en', 'dog', 'cat', 15],
    ['zh', '男孩', '鸟', 14],
  ] as const) {
    it(`${lang}: full prefill "${full}" (p > 0.95), naive reuse "${naive}", CacheBlend at the default r = 20 % "${full}" again`, () => {
      const p = prompt(DEFAULTS, lang);
      expect(p.N).toBe(N);
      expect(p.T).toBe(22);
      const base = baseRuns(model, p);
      expect(word(base.full.top)).toBe(full);
      expect(base.full.probs[base.full.top]).toBeGreaterThan(0.95);
      expect(word(base.naive.next.top)).toBe(naive);
      expect(base.naive.next.kl).toBeGreaterThan(1);
      for (const mask of ['bottom-right', 'causal'] as const) {
        const b = blendRun(model, p, base, DEFAULTS.ratio, mask);
        expect(b.count).toBe(Math.floor(0.2 * N));
        expect(b.next.sameTop1).toBe(true);
        expect(b.next.kl).toBeLessThan(0.05);
        expect(b.macsShare).toBeGreaterThan(base.naive.macsShare);
        expect(b.macsShare).toBeLessThan(1);
      }
    });
  }
});

describe('prefix caching and naive reuse on the prompt', () => {
  const p = prompt();
  const base = baseRuns(model, p);
  it('prefix caching takes exactly chunk 1 from the store and keeps the full prefill\'s answer', () => {
    expect(base.prefix.reused).toBe(p.chunks[0].length);
    expect(base.prefix.next.kl).toBeLessThan(1e-12);
    expect(base.prefix.macsShare).toBeGreaterThan(base.naive.macsShare);
    expect(base.prefix.macsShare).toBeLessThan(1);
  });

  it('naive reuse: layer 0 exact for every token, chunk 1 exact in every layer, chunk 2 off in the later layers', () => {
    for (const d of base.naive.dev[0]) expect(d.k + d.v).toBeLessThan(1e-9);
    for (const layer of base.naive.dev) for (const d of layer.slice(0, p.chunks[0].length)) expect(d.k + d.v).toBeLessThan(1e-9);
    expect(meanDeviation(base.naive.dev)).toBeGreaterThan(0.05);
  });

  it('CacheBlend at r = 100 % is the full prefill; at r = 0 naive reuse (answer and cost)', () => {
    const all = blendRun(model, p, base, 100, 'bottom-right');
    expect(all.next.kl).toBeLessThan(1e-12);
    expect(all.macsShare).toBeCloseTo(1, 12);
    expect(meanDeviation(all.dev)).toBeLessThan(1e-9);
    const none = blendRun(model, p, base, 0, 'causal');
    expect(none.selected).toEqual([]);
    expect(Math.abs(none.next.kl - base.naive.next.kl)).toBeLessThan(1e-9);
  });

  it('the curve runs from naive reuse (k = 0) to the full prefill (k = N), cost rising with k', () => {
    const curve = blendCurve(model, p, base);
    expect(curve).toHaveLength(p.N + 1);
    expect(curve[0].kl.causal).toBeCloseTo(base.naive.next.kl, 9);
    expect(curve[p.N].kl['bottom-right']).toBeLessThan(1e-12);
    expect(curve[p.N].macsShare).toBeCloseTo(1, 12);
    for (let k = 1; k <= p.N; k++) expect(curve[k].macsShare).toBeGreaterThan(curve[k - 1].macsShare);
    const k = recoveredAt(curve, 'causal');
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThanOrEqual(3);
    const f = findings(curve, blendRun(model, p, base, 100, 'causal').score, 'causal');
    expect(f.recovered.k).toBe(k);
    expect(f.naiveKl).toBeCloseTo(base.naive.next.kl, 9);
    expect(f.concentrated).toBeGreaterThan(0);
    expect(f.concentrated).toBeLessThan(0.5); // chunk 1 (7 of 15 tokens) has no deviation at all
    const g = curveGeometry(curve);
    expect(g.xs).toHaveLength(p.N + 1);
    expect(g.kl.yMax).toBeGreaterThanOrEqual(Math.max(...curve.map((c) => c.kl['bottom-right'])));
  });

  it('the bars compare the full prefill\'s likely words and the other run\'s, the full prefill\'s first', () => {
    const ids = comparedIds(base.full, [base.naive.next], 2);
    expect(ids.map(word)).toEqual(['dog', 'boy', 'cat'].filter((w) => ids.map(word).includes(w)));
    expect(word(ids[0])).toBe('dog');
    expect(ids.map(word)).toContain('cat');
  });
});

describe('the prompt as the reader types it', () => {
  it('an unknown word, an empty chunk or a too long chunk is a problem of that input; the last valid words keep driving the numbers', () => {
    const typed = (slot: 'c1' | 'c2' | 'q', text: string) => withSentence(DEFAULTS, 'en', slot, { text, words: defaultSentence('en', slot).words });
    const unknown = prompt(typed('c2', 'the boy sat on the purple mat.'));
    expect(unknown.readings.c2?.problems.map((x) => x.kind)).toEqual(['unknown']);
    expect(unknown.chunks[1].map(word).join(' ')).toBe('the boy sat on the blue mat .');
    const empty = prompt(typed('c1', '   '));
    expect(empty.readings.c1?.problems.map((x) => x.kind)).toEqual(['empty']);
    expect(empty.chunks[0]).toHaveLength(7);
    const long = prompt(typed('c1', 'the cat sat on the mat . '.repeat(3)));
    expect(long.readings.c1?.problems.map((x) => x.kind)).toEqual(['too-long']);
    expect(long.N).toBe(15);
    // A hand-edited link whose words do not read either: the default sentence.
    const broken = prompt(withSentence(DEFAULTS, 'en', 'q', { text: 'zzz', words: 'qqq' }));
    expect(broken.question.map(word).join(' ')).toBe('who lay on the box ? the');
  });

  it('a third chunk joins the prompt when asked for; Chinese typed without spaces is segmented', () => {
    const three = prompt({ ...DEFAULTS, chunks: 3 });
    expect(three.chunks).toHaveLength(3);
    expect(three.tokens.filter((t) => t.part === 2).map((t) => t.word)).toEqual(['the', 'cat', 'stood', 'on', 'the', 'green', 'table', '.']);
    expect(three.T).toBe(three.N + three.question.length);
    expect(three.tokens.map((t) => t.pos)).toEqual(three.tokens.map((_, i) => i));
    const zh = prompt(withSentence(DEFAULTS, 'zh', 'c1', { text: '狗睡在床上。', words: '' }), 'zh');
    expect(zh.chunks[0].map(word)).toEqual(['狗', '睡', '在', '床', '上', '。']);
  });
});

describe('attention measured on the full prefill', () => {
  it('shares between 0 and 1; the heaviest keys carry more together; chunk 2 attends to chunk 1', () => {
    const a = measureAttention(model, prompt());
    expect(a).toHaveLength(model.config.nLayers);
    for (const l of a) {
      for (const x of [l.cross, ...l.top, l.belowEps]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1 + 1e-12);
      }
      expect(l.top[1]).toBeGreaterThanOrEqual(l.top[0]);
      expect(l.top[2]).toBeGreaterThanOrEqual(l.top[1]);
    }
    expect(Math.max(...a.map((l) => l.cross))).toBeGreaterThan(0.2);
  });
});

describe('helpers', () => {
  it('concentration: the smallest share of rows holding 80 % of the total', () => {
    expect(concentration([0, 0, 8, 2])).toBe(0.25);
    expect(concentration([1, 1, 1, 1, 1])).toBe(0.8);
    expect(concentration([1, 1, 1, 1])).toBe(1); // 3 of 4 hold only 75 %
    expect(concentration([0, 0])).toBe(0);
  });
  it('niceMax rounds up to 1, 2 or 5 × 10^e, at least the floor', () => {
    expect(niceMax(5.7, 0.01)).toBe(10);
    expect(niceMax(0.13, 0.01)).toBe(0.2);
    expect(niceMax(0, 0.01)).toBe(0.01);
  });
  it('every step names the method its stage shows', () => {
    for (const s of reuseChapter.steps) expect(STEP_METHOD[s.id], s.id).toBeDefined();
  });
});

describe('worstPerLayer: each layer’s largest K and V deviation over the later chunks (the slide’s table)', () => {
  it('naive reuse: layer 0 exact to round-off, the later layers far from it; the prefix rows are left out', () => {
    const p = prompt();
    const base = baseRuns(model, p);
    const worst = worstPerLayer(base.naive.dev, p.chunks[0].length);
    expect(worst).toHaveLength(base.naive.dev.length);
    expect(Math.max(worst[0].k, worst[0].v)).toBeLessThan(1e-9);
    expect(worst[worst.length - 1].k).toBeGreaterThan(0.1);
    const last = base.naive.dev[base.naive.dev.length - 1].slice(p.chunks[0].length);
    expect(worst[worst.length - 1].k).toBe(Math.max(...last.map((d) => d.kRel)));
    expect(worst[worst.length - 1].v).toBe(Math.max(...last.map((d) => d.vRel)));
  });
  it('rows before `from` do not count; a bad `from` is a RangeError', () => {
    const row = (kRel: number, vRel: number) => ({ k: kRel, v: vRel, kRel, vRel });
    expect(worstPerLayer([[row(5, 5), row(0.2, 0.3)]], 1)).toEqual([{ k: 0.2, v: 0.3 }]);
    expect(worstPerLayer([[row(5, 5)]], 3)).toEqual([{ k: 0, v: 0 }]);
    expect(() => worstPerLayer([], -1)).toThrow(RangeError);
    expect(() => worstPerLayer([], 0.5)).toThrow(RangeError);
  });
});

describe('maskRows: each recomputed query’s keys, classified and as runs (the slide’s compact mask table)', () => {
  it('splits a bottom-right row into its past, the later keys it sees and the masked rest', () => {
    // T = 6, S = 2: query 0 is row 1 (sees keys 0..4), query 1 is row 5 (sees 0..5).
    const vis = [
      [true, true, true, true, true, false],
      [true, true, true, true, true, true],
    ];
    const [a, b] = maskRows([1, 5], vis);
    expect(a.cells).toEqual(['past', 'past', 'future', 'future', 'future', 'hidden']);
    expect(a.runs).toEqual({ past: [[0, 1]], future: [[2, 4]], hidden: [[5, 5]] });
    expect(b.runs).toEqual({ past: [[0, 5]], future: [], hidden: [] });
  });
  it('keeps separate runs apart and rejects a mask of another height', () => {
    expect(maskRows([3], [[true, false, true, true, false]])[0].runs).toEqual({ past: [[0, 0], [2, 3]], future: [], hidden: [[1, 1], [4, 4]] });
    expect(() => maskRows([0, 1], [[true]])).toThrow(RangeError);
  });
  it('on the default prompt, the runs cover every key exactly once', () => {
    const p = prompt();
    const b = blendRun(model, p, baseRuns(model, p), 20, 'bottom-right');
    for (const r of maskRows(b.queries, b.visible)) {
      const covered = Object.values(r.runs).flat().reduce((n, [from, to]) => n + to - from + 1, 0);
      expect(covered).toBe(p.T);
    }
  });
});

describe('maskTex', () => {
  it('puts each mask on its own line (side by side they run past a slide) and is valid TeX', async () => {
    const katex = (await import('katex')).default;
    const p = prompt();
    const b = blendRun(model, p, baseRuns(model, p), 20, 'bottom-right');
    const tex = maskTex(p, b, { bottomRight: 'bottom-right (CacheBlend)', causal: '因果' });
    expect(tex.split('\\\\')).toHaveLength(2);
    expect(tex).toContain(`= \\htmlData{q=ru.tms}{${p.T - b.queries.length}} + i`); // T − S, a linked term
    expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow(); // strict, but the linked terms' \htmlData
  });
});

describe('largestOf: the larger of a layer’s K and V deviation and its cell (the naive question’s explanation links it)', () => {
  it('names the kind that holds the value, K on a tie', () => {
    expect(largestOf({ k: 0.2, v: 0.5 })).toEqual({ kind: 'v', value: 0.5 });
    expect(largestOf({ k: 0.5, v: 0.2 })).toEqual({ kind: 'k', value: 0.5 });
    expect(largestOf({ k: 0.3, v: 0.3 })).toEqual({ kind: 'k', value: 0.3 });
  });
});
