import { describe, expect, it } from 'vitest';
import { deriveWorked } from '../../src/lesson/worked/derive';
import { differsFromArticle, isEdited, resize, setCell } from '../../src/lesson/worked/edits';
import { ARTICLE, workedModel } from '../../src/lesson/worked/model';
import { scoresTex, weightsTex } from '../../src/lesson/worked/tex';
import { satBucket, satGap, SAT_BOUNDS } from '../../src/lesson/worked/predict';

const ok = (s = ARTICLE) => {
  const r = deriveWorked(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};
const close = (a: readonly number[], b: readonly number[], digits = 4) => {
  for (const [i, x] of a.entries()) expect(x).toBeCloseTo(b[i], digits);
};

describe('worked example, article inputs', () => {
  const n = ok();
  it('scores, scaling, weights and output match the exact values (errata in shared/seeds/README.md)', () => {
    expect(n.article.scores).toEqual([3, 3, 2]);
    close(n.article.scaled, [1.7321, 1.7321, 1.1547]);
    close(n.article.weights, [0.3904, 0.3904, 0.2192]);
    close(n.article.output, [0.3096, 0.2952, 0.4781]);
    expect(n.weightSum).toBeCloseTo(1, 12);
  });
  it('writes each dot product term by term', () => {
    expect(n.terms[0]).toEqual([1, 0, 2]);
    expect(scoresTex(ARTICLE, n, ['The', 'cat', 'sat'])).toContain('(1 \\cdot 1) + (1 \\cdot 0) + (2 \\cdot 1) = 3.000');
  });
  it('shows exponentials and their sum with the same digits as the panel', () => {
    const tex = weightsTex(n.parts, n.article.scaled, ['The', 'cat', 'sat']);
    expect(tex).toContain('\\frac{e^{1.732}}{\\htmlData{q=wsum}{14.478}} = \\frac{5.652}{\\htmlData{q=wsum}{14.478}} = 0.390');
    expect(tex).toContain('5.652 + 5.652 + 3.173 = 14.478');
  });
  it('the real decoder appends "on" first and attends over four rows, itself included', () => {
    expect(n.real.cache.keys).toHaveLength(4);
    expect(n.real.trace.scores[0]).toEqual([3, 3, 2, 4]);
    expect(n.real.trace.weights[0][3]).toBeGreaterThan(n.real.trace.weights[0][0]);
    expect(n.summary).toEqual({ cachedTokens: 3, attended: 4 });
  });
});

describe('editing the worked example', () => {
  it('q = [0, 0, 0] gives uniform weights and the mean of V', () => {
    const n = ok({ ...ARTICLE, q: [0, 0, 0] });
    close(n.article.weights, [1 / 3, 1 / 3, 1 / 3], 12);
    close(n.article.output, [(0.1 + 0.3 + 0.7) / 3, (0.5 + 0.2 + 0.1) / 3, (0.2 + 0.8 + 0.4) / 3], 12);
  });
  it('setCell changes one cell and marks it as differing from the article', () => {
    const s = setCell(ARTICLE, 'K', 1, 2, 5);
    expect(s.K[1]).toEqual([0, 1, 5]);
    expect(ARTICLE.K[1]).toEqual([0, 1, 1]);
    expect(differsFromArticle(s, 'K', 1, 2)).toBe(true);
    expect(differsFromArticle(s, 'K', 1, 1)).toBe(false);
    expect(isEdited(s)).toBe(true);
    expect(ok(s).article.scores[1]).toBe(11);
  });
  it('resize pads with zeros, truncates, keeps every vector the same length, and √d_k follows', () => {
    const s5 = resize(ARTICLE, 5);
    expect(s5.q).toEqual([1, 1, 2, 0, 0]);
    expect(workedModel.check(s5)).toBeNull();
    expect(ok(s5).sqrtD).toBeCloseTo(Math.sqrt(5), 12);
    expect(resize(s5, 2).K[0]).toEqual([1, 0]);
    expect(resize(ARTICLE, 99).d).toBe(8);
    expect(resize(ARTICLE, 0).d).toBe(1);
  });
  it('the model check rejects inconsistent shapes', () => {
    expect(workedModel.check({ ...ARTICLE, q: [1, 2] })).toBe('q');
    expect(workedModel.check({ ...ARTICLE, V: [[1, 2, 3]] })).toBe('V');
  });
});

describe('scaling switch', () => {
  it('off: softmax gets the raw scores and the weights get sharper', () => {
    const on = ok();
    const off = ok({ ...ARTICLE, scaled: false });
    expect(off.article.scaled).toEqual([3, 3, 2]);
    expect(off.article.weights[0]).toBeGreaterThan(on.article.weights[0]);
    expect(off.real.trace.scaled[0]).toEqual([3, 3, 2, 4]);
  });
  it('resize keeps the switch', () => {
    expect(resize({ ...ARTICLE, scaled: false }, 4).scaled).toBe(false);
  });
});

describe('worked: the weights step question (weight of "sat")', () => {
  it('puts the exact weight 0.219 in the 15–27 % range, not the article\'s 10 % one', () => {
    const n = ok();
    expect(satBucket(n.article.weights[2])).toBe(1);
    expect(satBucket(0.1)).toBe(0);
    expect(SAT_BOUNDS).toEqual([0.15, 0.27, 0.4]);
    expect(satBucket(0.4)).toBe(3);
  });
  it('explains the weight by the gap: w_max / w_sat = e^gap', () => {
    const n = ok();
    const { gap, ratio } = satGap(n.article.scaled);
    expect(gap).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(ratio).toBeCloseTo(n.article.weights[0] / n.article.weights[2], 12);
  });
  it('says when "sat" holds or ties the largest score (the explanation then has no "0.000 below")', () => {
    expect(satGap([1.732, 1.732, 1.155]).top).toBe(false);
    expect(satGap([1.732, 1.2, 1.732]).top).toBe(true);
    expect(satGap([0.5, 0.2, 2]).top).toBe(true);
    expect(satGap([1.0004, 0, 1]).top).toBe(true); // 0.000 to the 3 decimals shown
    expect(satGap([1.001, 0, 1]).top).toBe(false);
  });
});
