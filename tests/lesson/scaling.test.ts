import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { deriveRanges, deriveRow, deriveSpread, weightBucket } from '../../src/lesson/scaling/derive';
import { histBars, HIST_H } from '../../src/lesson/scaling/histGeometry';
import { ROW_KEYS, SAMPLES, SCALING_DEFAULTS } from '../../src/lesson/scaling/model';
import { rangesTex, rowTex, spreadTex, takeawayTex } from '../../src/lesson/scaling/tex';
import { related } from '../../src/lesson/links';
import { scalingChapter } from '../../src/lesson/scaling/chapter';
import { rawWeightId, scalingLinks } from '../../src/lesson/scaling/links';
import { reachedParts, stageProblems } from '../../src/lesson/stage/emphasis';

const ok = <T>(r: { ok: true; n: T } | { ok: false; detail: string }): T => {
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('scaling chapter: derive', () => {
  it('measured σ ≈ √d_k unscaled and ≈ 1 scaled, at several d_k (seed 1)', () => {
    for (const dk of [4, 64, 512]) {
      const n = ok(deriveSpread({ dk, seed: 1 }));
      expect(n.sqrtDk).toBeCloseTo(Math.sqrt(dk), 12);
      expect(Math.abs(n.unscaled.std / Math.sqrt(dk) - 1)).toBeLessThan(0.06);
      expect(Math.abs(n.scaled.std - 1)).toBeLessThan(0.06);
      const counted = n.countsUnscaled.reduce((a, b) => a + b, 0) + n.outsideUnscaled;
      expect(counted).toBe(SAMPLES);
    }
  });

  it('a larger d_k widens the unscaled set and leaves the scaled one alone', () => {
    const a = ok(deriveSpread({ dk: 16, seed: 5 }));
    const b = ok(deriveSpread({ dk: 256, seed: 5 }));
    expect(b.unscaled.std).toBeGreaterThan(3 * a.unscaled.std);
    expect(Math.abs(b.scaled.std - a.scaled.std)).toBeLessThan(0.1);
  });

  it('without scaling the softmax row saturates: larger max weight, lower entropy', () => {
    const r = ok(deriveRow({ dk: 256, seed: 1 }));
    expect(r.maxRaw).toBeGreaterThan(r.maxScaled);
    expect(r.entropyRaw).toBeLessThan(r.entropyScaled);
    expect(r.maxRaw).toBeGreaterThan(0.9);
    expect(r.entropyMax).toBeCloseTo(Math.log(8), 12);
    expect(r.weightsRaw.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // The key holding each maximum (its stage cell is linked from the question's explanation).
    expect(r.weightsRaw[r.maxRawAt]).toBe(r.maxRaw);
    expect(r.weightsScaled[r.maxScaledAt]).toBe(r.maxScaled);
    expect(Math.max(...r.weightsScaled)).toBe(r.maxScaled);
  });

  it("the article's table: bounds ±d_k and ±√d_k, measured σ near √d_k, the current d_k added", () => {
    const rows = ok(deriveRanges(1, 100));
    expect(rows.map((r) => r.dk)).toEqual([64, 128, 256, 100]);
    expect(rows[0].bound).toBe(64);
    expect(rows[0].boundScaled).toBe(8);
    expect(rows[2].boundScaled).toBe(16);
    for (const r of rows) {
      expect(Math.abs(r.measured.std / r.sqrtDk - 1)).toBeLessThan(0.06);
      expect(Math.max(-r.measured.min, r.measured.max)).toBeLessThan(r.bound);
    }
    expect(ok(deriveRanges(1, 64)).map((r) => r.dk)).toEqual([64, 128, 256]);
  });

  it('buckets the predicted weight and draws bars within the area', () => {
    expect([0.1, 0.3, 0.6, 0.95].map(weightBucket)).toEqual([0, 1, 2, 3]);
    const bars = histBars([0, 1, 2], [1, 2]);
    expect(bars[1].h).toBe(HIST_H);
    expect(bars[0].h).toBe(HIST_H / 2);
  });

  it('TeX carries the same 3-decimal numbers, never e-notation', () => {
    const n = ok(deriveSpread(SCALING_DEFAULTS));
    const tex = spreadTex(n);
    expect(tex).toContain(n.unscaled.std.toFixed(3));
    expect(tex).toContain('\\sqrt{64} = 8.000');
    const r = ok(deriveRow(SCALING_DEFAULTS));
    expect(rowTex(r, 64, 'no scaling')).toContain(r.maxRaw.toFixed(3));
    expect(rangesTex(ok(deriveRanges(1, 64)))).not.toMatch(/\de[-+]?\d/);
  });

  it('every formula renders under strict KaTeX', () => {
    const n = ok(deriveSpread(SCALING_DEFAULTS));
    const texes = [spreadTex(n), rangesTex(ok(deriveRanges(1, 64))), rowTex(ok(deriveRow(SCALING_DEFAULTS)), 64, 'no scaling'), takeawayTex(64, 8)];
    for (const tex of texes) expect(() => katex.renderToString(tex, { strict: 'error', throwOnError: true })).not.toThrow();
  });
});

describe('scaling: the article\'s bounds, as the page states them', () => {
  it('+d_k is reached by equal all-±1 vectors and −d_k by opposite ones (q = −k), never beyond for entries in [−1, 1]', async () => {
    const { dot, dotBound } = await import('../../src/core');
    for (const dk of [1, 3, 64]) {
      const q = Array.from({ length: dk }, (_, i) => (i % 3 === 0 ? -1 : 1));
      expect(dot(q, q)).toBe(dotBound(dk));
      expect(dot(q, q.map((x) => -x))).toBe(-dotBound(dk));
    }
    const en = (await import('../../src/i18n/en-scaling.json')).default['scaling.ranges.body'];
    const zh = (await import('../../src/i18n/zh-scaling.json')).default['scaling.ranges.body'];
    expect(en).toMatch(/q = −k/);
    expect(zh).toMatch(/q = −k/);
  });
});

describe('scaling: stage and links', () => {
  it('uses the attention stage; the saturation step hides the weights until the guess', () => {
    expect(scalingChapter.stage?.id).toBe('attention');
    expect(stageProblems(scalingChapter)).toEqual([]);
    expect(scalingChapter.steps.find((s) => s.id === 'saturation')?.conceal).toEqual(['weights']);
    // The spread steps have not reached softmax yet: the weights stay "·" there.
    expect(reachedParts(scalingChapter, 'spread').has('weights')).toBe(false);
    expect(reachedParts(scalingChapter, 'takeaway').has('weights')).toBe(true);
  });

  it('a score feeds its scaled score and, through softmax, every weight of the row; √d_k feeds every scaled score', () => {
    const g = scalingLinks(ROW_KEYS);
    const { to } = related(g, 's.2');
    expect(to.has('st.2')).toBe(true);
    expect(to.has('st.3')).toBe(false);
    for (let i = 0; i < ROW_KEYS; i++) expect(to.has(`w.${i}`) && to.has(rawWeightId(i))).toBe(true);
    expect(related(g, 'sqrtd').to.has(rawWeightId(0))).toBe(false);
  });
});
