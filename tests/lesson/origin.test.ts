import { describe, expect, it } from 'vitest';
import { project } from '../../src/core';
import { deriveOrigin } from '../../src/lesson/origin/derive';
import { presetOf, resize, scaleXRow, setCell } from '../../src/lesson/origin/edits';
import { ORIGIN_ARTICLE, ORIGIN_DEFAULT, originModel } from '../../src/lesson/origin/model';
import { isQuantityId, related } from '../../src/lesson/links';
import { originChapter } from '../../src/lesson/origin/chapter';
import { oq, originLinks } from '../../src/lesson/origin/links';
import { entryTex } from '../../src/lesson/origin/tex';
import { stageProblems } from '../../src/lesson/stage/emphasis';

const pick = { which: 'K' as const, row: 1, col: 0 };
const ok = (r: ReturnType<typeof deriveOrigin>) => {
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('origin: the article preset', () => {
  it('reproduces article 000 exactly: k, v of The/cat/sat and q_on', () => {
    const n = ok(deriveOrigin(ORIGIN_ARTICLE, pick));
    expect(n.K.slice(0, 3)).toEqual([
      [1, 0, 1],
      [0, 1, 1],
      [1, 1, 0],
    ]);
    expect(n.V.slice(0, 3)).toEqual([
      [0.1, 0.5, 0.2],
      [0.3, 0.2, 0.8],
      [0.7, 0.1, 0.4],
    ]);
    expect(n.Q[3]).toEqual([1, 1, 2]);
    expect(n.article).toHaveLength(7);
    expect(n.article.every((a) => a.equal)).toBe(true);
  });
  it('the default preset reproduces the article too; an edited W does not, and says so', () => {
    expect(ok(deriveOrigin(ORIGIN_DEFAULT, pick)).article.every((a) => a.equal)).toBe(true);
    const n = ok(deriveOrigin(setCell(ORIGIN_DEFAULT, 'WK', 0, 0, 3), pick));
    expect(n.article.some((a) => !a.equal)).toBe(true);
  });
});

describe('origin: projections', () => {
  it('Q, K, V equal X·W computed by the core, and the picked entry is the sum of its terms', () => {
    const n = ok(deriveOrigin(ORIGIN_DEFAULT, { which: 'Q', row: 3, col: 1 }));
    expect(n.Q).toEqual(project(ORIGIN_DEFAULT.X, ORIGIN_DEFAULT.WQ));
    expect(n.pick.x).toEqual(ORIGIN_DEFAULT.X[3]);
    expect(n.pick.w).toEqual(ORIGIN_DEFAULT.WQ.map((r) => r[1]));
    expect(n.pick.terms.reduce((a, b) => a + b, 0)).toBe(n.pick.value);
    expect(n.pick.value).toBe(n.Q[3][1]);
  });
  it('editing X changes Q', () => {
    const before = ok(deriveOrigin(ORIGIN_DEFAULT, pick)).Q[0];
    const after = ok(deriveOrigin(setCell(ORIGIN_DEFAULT, 'X', 0, 0, 5), pick)).Q[0];
    expect(after).not.toEqual(before);
  });
  it('doubling row "cat" of X doubles k_cat', () => {
    const n = ok(deriveOrigin(ORIGIN_DEFAULT, pick));
    expect(n.doubled.after).toEqual(n.doubled.twice);
    const m = ok(deriveOrigin(scaleXRow(ORIGIN_DEFAULT, 1, 2), pick));
    expect(m.K[1]).toEqual(n.doubled.after);
  });
  it('the TeX writes the entry term by term with the displayed digits', () => {
    const qCat = { which: 'Q' as const, row: 1, col: 1 };
    const n = ok(deriveOrigin(ORIGIN_DEFAULT, qCat));
    // Each factor is linked to its cell (x of cat, column 2 of W_Q), the sum to q_cat,2 on the stage.
    const tex = entryTex(n, qCat).replace(/\\htmlData\{q=[^}]*\}\{([^}]*)\}/g, '$1');
    expect(tex).toContain('0 \\cdot 0 + 1 \\cdot (-1) + 1 \\cdot 2 + 1 \\cdot 1');
    expect(tex).toContain('= 0 + (-1) + 2 + 1 = 2');
    expect(entryTex(n, qCat)).toContain('\\htmlData{q=x.1.1}{1} \\cdot \\htmlData{q=wq.1.1}{(-1)}');
    expect(entryTex(n, qCat)).toContain('= \\htmlData{q=q.1.1}{2}');
  });
});

describe('origin: edits and model', () => {
  it('resize pads new entries with 0 and keeps the model check happy', () => {
    const s = resize(ORIGIN_DEFAULT, 6, 4);
    expect(s.X[1]).toEqual([0, 1, 1, 1, 0, 0]);
    expect(s.WQ[5]).toEqual([0, 0, 0, 0]);
    expect(originModel.check(s)).toBeNull();
    expect(resize(ORIGIN_DEFAULT, 99, 0)).toMatchObject({ dModel: 6, dK: 1 });
  });
  it('presetOf recognises both presets', () => {
    expect(presetOf(ORIGIN_DEFAULT)).toBe('default');
    expect(presetOf(structuredClone(ORIGIN_ARTICLE))).toBe('article');
    expect(presetOf(setCell(ORIGIN_DEFAULT, 'WK', 0, 0, 3))).toBeNull();
  });
  it('the check names a matrix of the wrong shape', () => {
    expect(originModel.check({ ...ORIGIN_DEFAULT, dK: 2 })).toBe('WQ');
  });
});

describe('origin: stage and links', () => {
  it('has the projection stage (x → ·W → q, k, v → cache), and every step highlights its parts', () => {
    expect(originChapter.stage?.id).toBe('projection');
    expect(stageProblems(originChapter)).toEqual([]);
    expect(originChapter.steps.find((s) => s.id === 'article')?.highlight).toContain('cache');
  });

  it('an entry of q, k or v comes from its token row of X and its column of W, and from nothing else', () => {
    const g = originLinks(4, 4, 3);
    const { from } = related(g, oq.out('Q', 1, 1));
    expect([...from].sort()).toEqual([oq.x(1, 0), oq.x(1, 1), oq.x(1, 2), oq.x(1, 3), oq.w('Q', 0, 1), oq.w('Q', 1, 1), oq.w('Q', 2, 1), oq.w('Q', 3, 1)].sort());
    // An embedding entry feeds its token's q, k and v (3 × d_k entries), never another token's.
    const { to } = related(g, oq.x(2, 0));
    expect(to.size).toBe(9);
    expect([...to].every((id) => id.split('.')[1] === '2')).toBe(true);
  });

  it('the formula of the explained entry links each factor to the cell it reads', () => {
    const qCat = { which: 'K' as const, row: 3, col: 2 };
    const n = ok(deriveOrigin(ORIGIN_DEFAULT, qCat));
    const ids = [...entryTex(n, qCat).matchAll(/\\htmlData\{q=([^}]*)\}/g)].map((m) => m[1]);
    expect(ids).toEqual([oq.x(3, 0), oq.w('K', 0, 2), oq.x(3, 1), oq.w('K', 1, 2), oq.x(3, 2), oq.w('K', 2, 2), oq.x(3, 3), oq.w('K', 3, 2), oq.out('K', 3, 2)]);
    expect(ids.every(isQuantityId)).toBe(true);
  });
});
