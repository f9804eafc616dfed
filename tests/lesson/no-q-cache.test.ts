import { describe, expect, it } from 'vitest';
import { attend } from '../../src/core';
import { compare, deriveNoQ } from '../../src/lesson/no-q-cache/derive';
import { setCell } from '../../src/lesson/no-q-cache/edits';
import { entriesAnswer, needsAnswer } from '../../src/lesson/no-q-cache/predict';
import { DEFAULTS, noQCacheModel } from '../../src/lesson/no-q-cache/model';
import { related } from '../../src/lesson/links';
import { noQCacheChapter } from '../../src/lesson/no-q-cache/chapter';
import { nq, noqLinks } from '../../src/lesson/no-q-cache/links';
import { stageProblems } from '../../src/lesson/stage/emphasis';

describe('no-q-cache: adding "on"', () => {
  it('leaves every earlier row exactly unchanged with the causal mask', () => {
    const c = compare(DEFAULTS, true);
    expect(c.rows.map((r) => r.same)).toEqual([true, true, true]);
    for (const r of c.rows) {
      expect(r.weightDiff).toBe(0);
      expect(r.outputDiff).toBe(0);
      expect(r.newColWeight).toBe(0);
    }
    expect(c.earlierQNeeded).toBe(0);
    expect(c.unchangedRows).toBe(3);
    // the new row reads all four keys
    expect(c.keysRead).toBe(4);
    expect(c.cellStatus[2]).toEqual(['same', 'same', 'same', null]);
    expect(c.cellStatus[3]).toEqual(['new', 'new', 'new', 'new']);
  });

  it('changes every earlier row without the mask, by a measured amount', () => {
    const c = compare(DEFAULTS, false);
    expect(c.rows.map((r) => r.same)).toEqual([false, false, false]);
    for (const r of c.rows) {
      expect(r.weightDiff).toBeGreaterThan(0.01);
      expect(r.outputDiff).toBeGreaterThan(0);
      expect(r.newColWeight).toBeGreaterThan(0);
    }
    expect(c.earlierQNeeded).toBe(3);
    expect(c.unchangedRows).toBe(0);
    expect(c.cellStatus[0][3]).toBe('new');
  });

  it('the new row of the causal matrix equals attending with q_on over all four keys (article 000 q)', () => {
    const c = compare(DEFAULTS, true);
    const direct = attend([DEFAULTS.Q[3]], DEFAULTS.K, DEFAULTS.V);
    expect(c.after.weights[3]).toEqual(direct.weights[0]);
    expect(DEFAULTS.Q[3]).toEqual([1, 1, 2]);
  });

  it('editing an earlier query never changes the new row when masked', () => {
    const edited = setCell(DEFAULTS, 'Q', 0, 1, 5);
    expect(compare(edited, true).after.weights[3]).toEqual(compare(DEFAULTS, true).after.weights[3]);
    expect(compare(edited, false).after.weights[0]).not.toEqual(compare(DEFAULTS, false).after.weights[0]);
  });
});

describe('no-q-cache: derive', () => {
  it('reads the live matrix by row and column and counts the queries a column needs', () => {
    const r = deriveNoQ({ ...DEFAULTS, added: true, row: 3, col: 3 });
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.T).toBe(4);
    expect(r.n.reading.entry).toBe(4); // [1,1,2]·[1,1,1]
    expect(r.n.reading.colQueries).toEqual([3]);
    const off = deriveNoQ({ ...DEFAULTS, added: true, causal: false, col: 3 });
    if (!off.ok) throw new Error(off.detail);
    expect(off.n.reading.colQueries).toEqual([0, 1, 2, 3]);
  });

  it('clamps the picked row and column to the live sequence when "on" is not added', () => {
    const r = deriveNoQ(DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.T).toBe(3);
    expect(r.n.reading.row).toBe(2);
    expect(r.n.live.weights).toHaveLength(3);
  });

  it('reports core errors as a message instead of throwing', () => {
    const bad = { ...DEFAULTS, Q: DEFAULTS.Q.map((r) => [...r]) };
    bad.Q[0] = [1, 2];
    const r = deriveNoQ(bad);
    expect(r.ok).toBe(false);
    expect(noQCacheModel.check(bad)).toBe('Q');
  });
});

describe('no-q-cache: the two questions, answered from the numbers', () => {
  it('with the mask only the new row is computed and the row of "sat" needs nothing', () => {
    const c = compare(DEFAULTS, true);
    expect(entriesAnswer(c)).toBe('row');
    expect(needsAnswer(c, 2)).toBe('nothing');
  });
  it('without the mask every row is recomputed and the row of "sat" needs its own query again', () => {
    const c = compare(DEFAULTS, false);
    expect(entriesAnswer(c)).toBe('all');
    expect(needsAnswer(c, 2)).toBe('qOld');
  });
});

describe('no-q-cache: stage and links', () => {
  it('has the new-row stage; the two prediction steps conceal the compared grid until the guess', () => {
    expect(noQCacheChapter.stage?.id).toBe('new-row');
    expect(stageProblems(noQCacheChapter)).toEqual([]);
    for (const id of ['add-token', 'predict-row']) expect(noQCacheChapter.steps.find((s) => s.id === id)?.conceal).toEqual(['compare']);
    expect(noQCacheChapter.steps.find((s) => s.id === 'why-kv')?.highlight).toContain('cache');
  });

  it('a weight comes from q of its row and every k the row reads (softmax over the row); its column k always', () => {
    const causal = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => j > i));
    const g = noqLinks('after', 4, causal);
    expect([...related(g, nq.cell('after', 3, 1)).from].sort()).toEqual([nq.k(0), nq.k(1), nq.k(2), nq.k(3), nq.q(3), nq.sum('after', 3)].sort());
    expect([...related(g, nq.cell('after', 1, 0)).from].sort()).toEqual([nq.k(0), nq.k(1), nq.q(1), nq.sum('after', 1)].sort());
    // k of "on" feeds its whole column: every query scores it (the mask decides which are used).
    expect([...related(g, nq.k(3)).to].sort()).toEqual([...[0, 1, 2, 3].map((i) => nq.cell('after', i, 3)), ...[0, 1, 2].map((j) => nq.cell('after', 3, j)), nq.sum('after', 3)].sort());
  });
});
