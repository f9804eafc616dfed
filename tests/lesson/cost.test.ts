import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { deriveCost, deriveSparsity, nearestGrowth, shareBucket } from '../../src/lesson/cost/derive';
import { costChapter } from '../../src/lesson/cost/chapter';
import { costLinks, cq, SPARSITY_LINKS, spq } from '../../src/lesson/cost/links';
import { related } from '../../src/lesson/links';
import { COST_DEFAULTS, validEps } from '../../src/lesson/cost/model';
import { SKETCH_MASK, SKETCH_S } from '../../src/lesson/cost/stage';
import { partConcealed } from '../../src/lesson/stage/emphasis';
import { costPlot } from '../../src/lesson/cost/plot';
import { boundTex, memoryTex, sparsityTex, timeTex } from '../../src/lesson/cost/tex';

const LABELS = { full: '完整计算', decode: '解码步', scores: '分数', cache: 'KV 缓存', fused: '融合算子', macs: '乘加', prefill: '预填充' };

const ok = <T>(r: { ok: true; n: T } | { ok: false; detail: string }): T => {
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('cost chapter: counts', () => {
  it('defaults: doubling S multiplies the causal full pass by ≈ 4 and the decode step by 2', () => {
    const n = ok(deriveCost(COST_DEFAULTS));
    const S = COST_DEFAULTS.S;
    expect(n.fullGrowth).toBe((2 * S * (2 * S + 1)) / (S * (S + 1))); // S(S+1): just under 4
    expect(n.decodeGrowth).toBe(2);
    expect(nearestGrowth(n.fullGrowth)).toBe(4);
    // A causal full pass = all decode steps of lengths 1 … S = (S + 1)/2 decode steps of length S.
    expect(n.fullOverDecode).toBe((S + 1) / 2);
    // 2 · 1 · 32 · 32 · 4096 · 128 · 2 bytes = 2 GiB of cache at fp16; one layer of scores = 1 GiB.
    expect(n.cacheGiB).toBe(2);
    expect(n.scoresGiB).toBe(1);
    expect(n.cost.decodeIntensity).toBe(1);
    // Prefill: each key is used by (S + 1)/2 queries on average, ≈ S/2 FLOPs per K/V byte at fp16.
    expect(n.cost.prefillIntensity).toBe(4097 / 2);
    // One layer's scores outgrow the whole cache beyond S = 2·L·d = 8,192.
    expect(n.cost.scoresExceedCacheAbove).toBe(8192);
    // A fused kernel keeps 2 fp32 numbers per query row per head: 1 MiB for one layer, 1/2,048 of the cache.
    expect(n.fusedGiB).toBe(1 / 1024);
    expect(n.fusedOverCache).toBe(1 / 2048);
  });

  it('fp32 halves the intensities and doubles the bytes', () => {
    const n = ok(deriveCost({ ...COST_DEFAULTS, precision: 'fp32' }));
    expect(n.cost.decodeIntensity).toBe(0.5);
    expect(n.cacheGiB).toBe(4);
  });

  it('the plot is log-scaled: the S² line rises twice as steeply as the S line', () => {
    const p = costPlot(COST_DEFAULTS, [
      { name: 'full', pick: (c) => c.fullMacs },
      { name: 'decode', pick: (c) => c.decodeMacs },
    ]);
    const ys = p.series.map((s) => s.points.split(' ').map((pt) => Number(pt.split(',')[1])));
    const rise = (y: number[]) => y[0] - y[y.length - 1];
    expect(rise(ys[0]) / rise(ys[1])).toBeCloseTo(2, 1); // S(S+1): slope just under 2 at small S
    expect(p.series[0].table).toHaveLength(17);
  });

  it('TeX shows the same numbers in ×10^n form, with words in the reader\'s language', () => {
    const n = ok(deriveCost(COST_DEFAULTS));
    expect(timeTex(COST_DEFAULTS, n, LABELS)).toContain('2.200 \\times 10^{12}');
    expect(timeTex(COST_DEFAULTS, n, LABELS)).toContain('\\text{完整计算}');
    expect(memoryTex({ ...COST_DEFAULTS, kernel: 'fused' }, n, LABELS)).toContain('\\text{融合算子}');
    expect(memoryTex(COST_DEFAULTS, n, LABELS)).toContain('S^2');
  });
});

describe('cost chapter: sparsity', () => {
  it('counts the masked half apart: T(T−1)/2 masked entries', () => {
    const n = ok(deriveSparsity(COST_DEFAULTS, 0.01));
    const T = COST_DEFAULTS.T;
    expect(n.count.masked).toBe((T * (T - 1)) / 2);
    expect(n.count.visible).toBe((T * (T + 1)) / 2);
    expect(n.weights[0][0]).toBe(1);
    expect(n.presets.map((p) => p.eps)).toEqual([0.1, 0.01, 0.001, 0.0001]);
    expect(sparsityTex(n, 0.01, 'visible')).toContain(`\\frac{${n.count.belowVisible} + ${n.count.masked}}{${T * T}}`);
  });

  it('peakiness 0 gives even rows: nothing visible below ε = 0.01 for T ≤ 64', () => {
    const n = ok(deriveSparsity({ ...COST_DEFAULTS, T: 64, peak: 0 }, 0.01));
    expect(n.count.belowVisible).toBe(0);
    expect(n.weights[63][0]).toBeCloseTo(1 / 64, 12);
  });

  it('higher peakiness makes more weights tiny; a larger ε counts more', () => {
    const lo = ok(deriveSparsity({ ...COST_DEFAULTS, T: 32, peak: 1 }, 0.01)).count.shareVisible;
    const hi = ok(deriveSparsity({ ...COST_DEFAULTS, T: 32, peak: 6 }, 0.01)).count.shareVisible;
    expect(hi).toBeGreaterThan(lo);
    const n = ok(deriveSparsity(COST_DEFAULTS, 0.01));
    expect(n.presets[0].count.belowVisible).toBeGreaterThanOrEqual(n.presets[3].count.belowVisible);
  });

  it('marks exactly the visible weights below ε, so moving ε changes the marks', () => {
    const at = (eps: number) => ok(deriveSparsity(COST_DEFAULTS, eps));
    for (const eps of [0.1, 0.01, 0.001]) {
      const n = at(eps);
      const marked = n.below.flat().filter(Boolean).length;
      expect(marked).toBe(n.count.belowVisible);
      n.below.forEach((row, i) => {
        row.forEach((b, j) => {
          expect(b).toBe(n.mask[i][j] && n.weights[i][j] < eps);
        });
      });
    }
    expect(at(0.1).below.flat().filter(Boolean).length).toBeGreaterThan(at(0.001).below.flat().filter(Boolean).length);
  });

  it('validates ε and buckets the prediction', () => {
    expect([0, 1, -0.1, Number.NaN].some(validEps)).toBe(false);
    expect(validEps(0.5)).toBe(true);
    expect([0.1, 0.3, 0.6, 0.9].map(shareBucket)).toEqual([0, 1, 2, 3]);
  });

  it('every formula renders under strict KaTeX', () => {
    const n = ok(deriveCost(COST_DEFAULTS));
    const sp = ok(deriveSparsity(COST_DEFAULTS, 0.0001));
    const texes = [timeTex(COST_DEFAULTS, n, LABELS), memoryTex(COST_DEFAULTS, n, LABELS), memoryTex({ ...COST_DEFAULTS, kernel: 'fused' }, n, LABELS), boundTex(n, LABELS), sparsityTex(sp, 0.0001, 'visible only')];
    for (const tex of texes) expect(() => katex.renderToString(tex, { strict: 'error', throwOnError: true })).not.toThrow();
  });
});

describe('cost stage', () => {
  it('has its own stage; the time step hides the pair count of the full pass and the sparsity step the grid until the guess', () => {
    expect(costChapter.stage?.id).toBe('cost');
    const time = costChapter.steps.find((s) => s.id === 'time');
    const sparsity = costChapter.steps.find((s) => s.id === 'sparsity');
    if (!time || !sparsity) throw new Error('steps missing');
    expect(partConcealed(time, 'full', false)).toBe(true);
    expect(partConcealed(time, 'decode', false)).toBe(false);
    expect(partConcealed(sparsity, 'weights', false)).toBe(true);
  });

  it('counts the pairs a full causal pass scores, S(S+1)/2, against one cached step, S; the sketch is the causal mask', () => {
    const r = deriveCost(COST_DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.pairs).toEqual({ full: (4096 * 4097) / 2, decode: 4096 });
    expect(SKETCH_MASK.flat().filter(Boolean).length).toBe((SKETCH_S * (SKETCH_S + 1)) / 2);
    expect(SKETCH_MASK[SKETCH_S - 1].every(Boolean)).toBe(true);
  });
});

describe('cost links', () => {
  it('the sizes feed both counts and the cache; the ratio comes from both counts; b feeds the cache, not the multiply-adds', () => {
    const g = costLinks();
    const fromS = related(g, cq.size('S')).to;
    for (const id of [cq.full, cq.decode, cq.cache, cq.scores, cq.ratio, cq.decodeI, cq.prefillI]) expect(fromS.has(id), id).toBe(true);
    const fromB = related(g, cq.bytes).to;
    expect(fromB.has(cq.cache) && fromB.has(cq.scores)).toBe(true);
    expect(fromB.has(cq.full) || fromB.has(cq.decode)).toBe(false);
    // Head width d does not change one layer's S × S scores.
    expect(related(g, cq.size('d')).to.has(cq.scores)).toBe(false);
  });
});

describe('sparsity links: the counts feed the shares as src/core/sparsity.ts computes them', () => {
  it('the share of visible weights comes from below and visible (and so from n² and masked); the article’s share from below, masked and n²', () => {
    const share = related(SPARSITY_LINKS, spq.shareVisible);
    expect([...share.from].sort()).toEqual([spq.below, spq.masked, spq.total, spq.visible].sort());
    expect([...share.to]).toEqual([]);
    expect([...related(SPARSITY_LINKS, spq.below).to].sort()).toEqual([spq.shareAll, spq.shareVisible].sort());
    expect(related(SPARSITY_LINKS, spq.visible).to.has(spq.shareAll)).toBe(true); // visible feeds below, which feeds it
  });
});
