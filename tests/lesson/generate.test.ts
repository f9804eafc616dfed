import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { runBenchSync, samplePositions } from '../../src/lesson/generate/bench';
import { deriveGenerate, predictNumbers } from '../../src/lesson/generate/derive';
import { isEdited, resetInputs, setCell } from '../../src/lesson/generate/edits';
import { DEFAULTS, generateModel } from '../../src/lesson/generate/model';
import { plotGeometry } from '../../src/lesson/generate/plot';
import { costTex, decodeTex, diffTex, prefillTex } from '../../src/lesson/generate/tex';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';

const ok = (s = DEFAULTS) => {
  const r = deriveGenerate(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('generate chapter numbers', () => {
  it('defaults are valid and short (one decimal)', () => {
    expect(generateModel.check(DEFAULTS)).toBeNull();
    for (const row of DEFAULTS.X) for (const x of row) expect(Math.round(x * 10) / 10).toBe(x);
  });

  it('prefills 3 rows, then grows the cache by one row per decode step', () => {
    const n = ok();
    expect(n.run.prefill.cache.keys).toHaveLength(3);
    expect(n.run.steps.map((s) => s.cache.keys.length)).toEqual([4, 5, 6]);
    expect(n.counts.map((c) => c.read)).toEqual([3, 4, 5]);
  });

  it('cached and uncached outputs agree, and follow an edited embedding', () => {
    const n = ok();
    expect(n.maxDiff).toBeLessThan(1e-12);
    const edited = setCell(DEFAULTS, 'X', 5, 0, 3);
    const m = ok(edited);
    expect(m.outCached[2]).not.toEqual(n.outCached[2]);
    expect(m.outCached[0]).toEqual(n.outCached[0]); // "mat" comes after "on": causality
    expect(m.maxDiff).toBeLessThan(1e-12);
    expect(isEdited(edited)).toBe(true);
    expect(isEdited(resetInputs(edited))).toBe(false);
  });

  it('counts MACs per step and in total (d_model 4, d_k = d_v = 3)', () => {
    const n = ok();
    expect(n.prefillCount.cachedMacs).toBe(3 * 36 + 6 * 6);
    expect(n.counts[0]).toMatchObject({ T: 4, cachedMacs: 36 + 24, uncachedMacs: 4 * 36 + 10 * 6, cachedBytes: 96, uncachedKeptBytes: 0 });
    expect(n.totals.cachedMacs).toBe(144 + 60 + 66 + 72);
    expect(n.totals.ratio).toBeCloseTo(n.totals.uncachedMacs / n.totals.cachedMacs, 12);
  });

  it('answers the Predict question from the counts', () => {
    const p = predictNumbers(1024, 64);
    expect(p.ratio).toBeGreaterThan(100);
    expect(p.bucket).toBe('100to1000');
    expect(predictNumbers(4, 64).bucket).toBe('lt10');
  });

  it('reports a core error as a message', () => {
    const r = deriveGenerate({ ...DEFAULTS, W_K: [[1e200, 0, 0], ...DEFAULTS.W_K.slice(1)], X: DEFAULTS.X.map(() => [1e200, 0, 0, 0]) });
    expect(r.ok).toBe(false);
  });

  it('writes TeX with the displayed digits', () => {
    const n = ok();
    expect(prefillTex(n)).toContain('W_K');
    expect(decodeTex(n, 2)).toContain('\\text{mat}');
    const labels = { cache: '有缓存：', noCache: '无缓存：', bytes: 'K/V 字节数：' };
    expect(diffTex(n, labels)).toMatch(/= 0\.000$/);
    // One cached step: O(d·d_model + T·d), not O(T·d); uncached O(T·d·d_model + T²·d) (issue 9 §6).
    expect(costTex(n, labels)).toContain('O(d\\,d_{\\text{model}} + T\\,d)');
    expect(costTex(n, labels)).toContain('O(T\\,d\\,d_{\\text{model}} + T^2 d)');
    expect(costTex(n, labels)).toContain('\\text{有缓存：}');
    expect(costTex(n, labels)).toContain('= 342'); // uncached MACs at T = 6: 6·36 + 21·6
    for (const tex of [prefillTex(n), decodeTex(n, 0), decodeTex(n, 1), decodeTex(n, 2), diffTex(n, labels), costTex(n, labels)]) {
      expect(() => katex.renderToString(tex, KATEX_STRICT_OPTIONS)).not.toThrow();
    }
  });
});

describe('the benchmark runner', () => {
  it('samples evenly and always includes N', () => {
    expect(samplePositions(64, 4)).toEqual([16, 32, 48, 64]);
    expect(samplePositions(3, 16)).toEqual([1, 2, 3]);
  });

  // The real clock measures both paths; whether the cache wins is a speed figure (npm run bench),
  // not asserted here, where a loaded machine could reorder two short timings.
  it('measures both paths and reports their ratio as the speed-up', () => {
    const r = runBenchSync(96, 8, () => performance.now(), { samples: 4, minMs: 0.5 });
    expect(r.samples.map((s) => s.pos)).toEqual([24, 48, 72, 96]);
    expect(r.uncachedExtrapolated).toBe(false);
    for (const s of r.samples) expect(s.uncachedMs).toBeGreaterThan(0);
    expect(r.cachedTotalMs).toBeGreaterThan(0);
    expect(r.speedup).toBeCloseTo(r.uncachedTotalMs / r.cachedTotalMs, 12);
    const last = r.samples[r.samples.length - 1];
    expect(r.speedupLast).toBeCloseTo((last.uncachedMs ?? 0) / last.cachedMs, 12);
  });

  it('extrapolates the uncached total above the full-run limit and says so', () => {
    let clock = 0;
    const r = runBenchSync(40, 4, () => (clock += 1), { samples: 2, minMs: 0, fullLimit: 10 });
    expect(r.uncachedExtrapolated).toBe(true);
    expect(r.uncachedTotalMs).toBeGreaterThan(0);
  });

  it('lays out a log plot from the samples', () => {
    const g = plotGeometry([{ pos: 10, cachedMs: 0.01, uncachedMs: 1 }, { pos: 20, cachedMs: 0.02, uncachedMs: 4 }], 20);
    expect(g.cached).toHaveLength(2);
    expect(g.uncached[1].y).toBeLessThan(g.cached[1].y); // slower = higher on screen
    // Powers of ten print as written, without padded decimals: 0.001 … 10.
    expect(g.yTicks.map((t) => t.label)).toEqual(['0.001', '0.01', '0.1', '1', '10']);
  });
});
