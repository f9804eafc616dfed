import { describe, expect, it } from 'vitest';
import { catRowAnswer, deriveMask, hiddenKeys } from '../../src/lesson/mask/derive';
import { setCell } from '../../src/lesson/mask/edits';
import { MASK_DEFAULT, maskModel } from '../../src/lesson/mask/model';
import { related } from '../../src/lesson/links';
import { maskChapter } from '../../src/lesson/mask/chapter';
import { maskLinks, mq } from '../../src/lesson/mask/links';
import { maskedTex, scoresTex, weightsTex } from '../../src/lesson/mask/tex';
import { stageProblems } from '../../src/lesson/stage/emphasis';

const ok = (r: ReturnType<typeof deriveMask>) => {
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('mask: defaults', () => {
  it('are article 000’s keys and values and q_on, projected from the origin article preset', () => {
    expect(MASK_DEFAULT.K.slice(0, 3)).toEqual([
      [1, 0, 1],
      [0, 1, 1],
      [1, 1, 0],
    ]);
    expect(MASK_DEFAULT.V[2]).toEqual([0.7, 0.1, 0.4]);
    expect(MASK_DEFAULT.Q[3]).toEqual([1, 1, 2]);
    expect(maskModel.check(MASK_DEFAULT)).toBeNull();
  });
  it('the last row equals the worked example’s real decoder row (on attends over all four)', () => {
    const n = ok(deriveMask(MASK_DEFAULT));
    expect(n.scores[3]).toEqual([3, 3, 2, 4]);
  });
});

describe('mask: causal attention', () => {
  const n = ok(deriveMask(MASK_DEFAULT));
  it('every row of weights sums to 1', () => {
    for (const s of n.rowSums) expect(s).toBeCloseTo(1, 12);
  });
  it('masked weights are exactly 0 and masked scores −∞, above the diagonal only', () => {
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        if (j > i) {
          expect(n.trace.weights[i][j]).toBe(0);
          expect(n.masked[i][j]).toBe(-Infinity);
        } else expect(Number.isFinite(n.masked[i][j])).toBe(true);
      }
    }
    expect(n.trace.weights[0][0]).toBe(1);
  });
  it('row "cat" hides sat and on; its weights go to The and cat, which share all of it (the Predict answer)', () => {
    expect(hiddenKeys(n, 1)).toEqual([2, 3]);
    expect(n.catRow.causal.slice(2)).toEqual([0, 0]);
    expect(n.catRow.sum).toBeCloseTo(1, 12);
    expect(n.catRow.causal[0]).toBeGreaterThan(n.catRow.open[0]); // renormalised, not kept
    expect(catRowAnswer(n)).toBe('share');
    // The same answer, computed, whichever way the switch is set.
    expect(catRowAnswer(ok(deriveMask({ ...MASK_DEFAULT, causal: false })))).toBe('share');
  });
  it('earlier outputs do not change when "on" is added', () => {
    expect(n.earlierUnchanged).toBe(true);
    expect(n.after).toEqual(n.before);
  });
  it('the TeX shows −∞ where the panel does', () => {
    expect(maskedTex(n, true)).toContain('-\\infty');
  });
});

describe('mask: bidirectional attention', () => {
  const n = ok(deriveMask({ ...MASK_DEFAULT, causal: false }));
  it('has no −∞ and positive weights everywhere', () => {
    expect(n.masked.flat().every(Number.isFinite)).toBe(true);
    expect(n.trace.weights.flat().every((w) => w > 0)).toBe(true);
  });
  it('earlier outputs change when "on" is added', () => {
    expect(n.earlierUnchanged).toBe(false);
  });
});

describe('mask: a block of the newest queries', () => {
  it('is aligned bottom-right and matches the last rows of the full causal matrix', () => {
    const n = ok(deriveMask({ ...MASK_DEFAULT, block: 2 }));
    const b = n.blockView;
    expect(b.first).toBe(2);
    expect(b.mask).toEqual([
      [true, true, true, false],
      [true, true, true, true],
    ]);
    expect(b.topLeft).toEqual([
      [true, false, false, false],
      [true, true, false, false],
    ]);
    expect(b.matchesFull).toBe(true);
    expect(b.trace.weights).toEqual(n.trace.weights.slice(2));
  });
  it('follows edits of Q', () => {
    const a = ok(deriveMask(MASK_DEFAULT)).scores[0][0];
    const b = ok(deriveMask(setCell(MASK_DEFAULT, 'Q', 0, 0, 3))).scores[0][0];
    expect(b).not.toBe(a);
  });
  it('turns overflowing input into a message, not NaN', () => {
    const r = deriveMask(setCell(setCell(MASK_DEFAULT, 'Q', 0, 0, 1e200), 'K', 0, 0, 1e200));
    expect(r.ok).toBe(false);
  });
});

describe('mask: stage and links', () => {
  it('has the attention-matrix stage; every step names its parts', () => {
    expect(maskChapter.stage?.id).toBe('attention-matrix');
    expect(stageProblems(maskChapter)).toEqual([]);
    expect(maskChapter.steps.find((s) => s.id === 'causal-mask')?.highlight).toEqual(['masked']);
    expect(maskChapter.steps.find((s) => s.id === 'query-block')?.highlight).toEqual(['block']);
  });

  it('a grid cell comes from its query row of Q and its key row of K, and from nothing else', () => {
    const g = maskLinks('masked', 4, 4);
    expect([...related(g, mq.cell('masked', 1, 2)).from].sort()).toEqual([mq.k(2), mq.q(1)].sort());
    // The query row of "cat" feeds exactly its own row of the grid.
    expect([...related(g, mq.q(1)).to].sort()).toEqual([0, 1, 2, 3].map((j) => mq.cell('masked', 1, j)).sort());
  });

  it('the query block links its rows to the newest queries (bottom-right: row 0 is query first)', () => {
    const g = maskLinks('block', 2, 4, 2);
    expect(related(g, mq.cell('block', 0, 3)).from.has(mq.q(2))).toBe(true);
    expect(related(g, mq.cell('block', 1, 0)).from.has(mq.q(3))).toBe(true);
    expect(related(g, mq.q(0)).to.size).toBe(0);
  });

  it('each formula writes one query row, its entries linked to the grid cells on the stage', () => {
    const n = ok(deriveMask(MASK_DEFAULT));
    const ids = (tex: string) => [...tex.matchAll(/\\htmlData\{q=([^}]*)\}/g)].map((m) => m[1]);
    expect(ids(maskedTex(n, true))).toEqual([0, 1, 2, 3].map((j) => mq.cell('masked', 1, j)));
    expect(ids(scoresTex(n))).toEqual([0, 1, 2, 3].map((j) => mq.cell('scores', 3, j)));
    expect(ids(weightsTex(n))).toContain(mq.cell('weights', 1, 1));
    // The mask row is exact: 0 and −∞, never "0.000".
    expect(maskedTex(n, true)).toContain('\\left[0,\\ 0,\\ -\\infty,\\ -\\infty\\right]');
  });
});
