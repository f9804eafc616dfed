import { describe, expect, it } from 'vitest';
import { deriveHeads, gqaQuestion, type HeadsNumbers, mlaComparison } from '../../src/lesson/heads/derive';
import { identicalKV, kvChoices, setHeads } from '../../src/lesson/heads/edits';
import { HEADS_DEFAULTS, HEADS_SEED, type HeadsState, headsModel, seededWeights, TOKENS } from '../../src/lesson/heads/model';
import { RUNNING_TOKENS, RUNNING_X } from '../../src/lesson/runningExample';
import { headsChapter } from '../../src/lesson/heads/chapter';
import { GQA_LINKS, gq, headsLinks, hq } from '../../src/lesson/heads/links';
import { related } from '../../src/lesson/links';
import { partConcealed } from '../../src/lesson/stage/emphasis';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';

const numbers = (s: HeadsState = HEADS_DEFAULTS) => {
  const r = deriveHeads(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};
/** The weights a query may see (causal: row i, keys 0..i), flattened. */
const visible = (w: number[][]) => w.flatMap((row, i) => row.slice(0, i + 1));
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));
const headWeights = (n: HeadsNumbers) => n.trace.heads.map((hd) => visible(hd.trace.weights));
const at = (h: number, kvHeads: number) => numbers({ ...setHeads(HEADS_DEFAULTS, h), kvHeads });

describe('heads: defaults that show the lesson (seeded, documented)', () => {
  it('the tokens and X are the running example "The cat sat on"', () => {
    expect(TOKENS).toEqual(RUNNING_TOKENS);
    expect(HEADS_DEFAULTS.X).toEqual(RUNNING_X);
  });

  it('the default weights are the documented seeded draw', () => {
    const w = seededWeights(HEADS_SEED);
    expect([HEADS_DEFAULTS.WQ, HEADS_DEFAULTS.WK, HEADS_DEFAULTS.WV, HEADS_DEFAULTS.WO]).toEqual([w.WQ, w.WK, w.WV, w.WO]);
    expect(seededWeights(HEADS_SEED + 1).WQ).not.toEqual(w.WQ);
  });

  it('every head attends visibly differently (h = 2 and h = 4), and none is a plain causal average', () => {
    const average = visible(TOKENS.map((_, i) => TOKENS.map((__, j) => (j <= i ? 1 / (i + 1) : 0))));
    for (const h of [2, 4]) {
      const w = headWeights(at(h, h));
      for (let i = 0; i < h; i++) {
        expect(maxDiff(w[i], average)).toBeGreaterThan(0.2);
        for (let j = i + 1; j < h; j++) expect(maxDiff(w[i], w[j])).toBeGreaterThan(0.1);
      }
    }
    // The default two heads differ a lot on some visible weight.
    const [a, b] = headWeights(numbers());
    expect(maxDiff(a, b)).toBeGreaterThan(0.5);
  });

  it('sharing K/V (GQA, MQA) visibly changes the weights of the heads that lose their own keys', () => {
    for (const [h, kv] of [[2, 1], [4, 2], [4, 1]] as const) {
      const mha = headWeights(at(h, h));
      const shared = headWeights(at(h, kv));
      const n = at(h, kv);
      n.groups.forEach((g, i) => {
        if (g === i) expect(shared[i]).toEqual(mha[i]); // this head still reads its own K/V
        else expect(maxDiff(shared[i], mha[i])).toBeGreaterThan(0.15);
      });
    }
  });

  it('W_O mixes: it is not a permutation, and every output dimension gets a share from every head', () => {
    const WO = HEADS_DEFAULTS.WO;
    const isPermutation = WO.every((r) => r.filter((x) => x !== 0).length === 1 && r.some((x) => x === 1));
    expect(isPermutation).toBe(false);
    for (const h of [2, 4]) {
      const n = at(h, h);
      const last = TOKENS.length - 1;
      const heads = n.parts.map((p) => p[last]);
      for (let j = 0; j < 4; j++) {
        const contributing = heads.filter((p) => Math.abs(p[j]) > 0.01).length;
        expect(contributing).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('the heads\' shares sum to the output', () => {
    const n = numbers();
    n.trace.output.forEach((row, t) => {
      row.forEach((x, j) => {
        expect(n.parts.reduce((s, p) => s + p[t][j], 0)).toBeCloseTo(x, 12);
      });
    });
  });
});

describe('heads chapter', () => {
  it('splits d_model = 4 into h heads of d = 4 / h; head i (1-based) owns columns (i−1)·d + 1 … i·d', () => {
    for (const h of [1, 2, 4]) {
      const n = numbers(setHeads(HEADS_DEFAULTS, h));
      expect(n.d).toBe(4 / h);
      expect(n.trace.heads).toHaveLength(h);
      expect(n.trace.concat[0]).toHaveLength(4);
      expect(n.owners).toEqual(Array.from({ length: h }, (_, k) => ({ i: k + 1, from: k * n.d + 1, to: (k + 1) * n.d })));
    }
    expect(numbers().owners).toEqual([{ i: 1, from: 1, to: 2 }, { i: 2, from: 3, to: 4 }]);
  });

  it('with shared K/V heads, W_K and W_V columns belong to K/V heads: K/V head g owns (g−1)·d + 1 … g·d, the rest unused', () => {
    const n = numbers({ ...HEADS_DEFAULTS, h: 4, kvHeads: 1 });
    expect(n.kvOwners).toEqual([{ i: 1, from: 1, to: 1 }]);
    expect(n.kvCol).toEqual([0, null, null, null]);
    const g = numbers({ ...HEADS_DEFAULTS, h: 4, kvHeads: 2 });
    expect(g.kvOwners).toEqual([{ i: 1, from: 1, to: 1 }, { i: 2, from: 2, to: 2 }]);
    expect(g.kvColumns).toBe(2);
  });

  it('offers only divisors of h as K/V head counts, and names them', () => {
    expect(kvChoices(4).map((c) => [c.g, c.kind])).toEqual([[4, 'mha'], [2, 'gqa'], [1, 'mqa']]);
    expect(setHeads({ ...HEADS_DEFAULTS, h: 4, kvHeads: 4 }, 2).kvHeads).toBe(2);
    expect(headsModel.check({ ...HEADS_DEFAULTS, h: 4, kvHeads: 3 })).toBe('kvHeads');
  });

  it('MQA changes the output unless every head already had the same K and V', () => {
    const s = { ...HEADS_DEFAULTS, h: 4, kvHeads: 4 };
    expect(numbers({ ...s, kvHeads: 1 }).trace.output).not.toEqual(numbers(s).trace.output);
    const same = identicalKV(s);
    expect(numbers({ ...same, kvHeads: 1 }).trace.output).toEqual(numbers(same).trace.output);
  });

  it('counts cached numbers per token: 2 · kvHeads · d, and marks the unused K/V columns', () => {
    const n = numbers({ ...HEADS_DEFAULTS, h: 4, kvHeads: 2 });
    expect(n.toyElements).toBe(4);
    expect(n.toyElementsMha).toBe(8);
    expect(n.groups).toEqual([0, 0, 1, 1]);
    expect(n.sharers).toEqual([[1], [0], [3], [2]]);
    expect(n.kvColumns).toBe(2);
    expect(n.kvCol).toEqual([0, 1, null, null]);
  });

  it('grouping 8 query heads over 2 K/V heads: the cache is a quarter, the attention arithmetic is unchanged', () => {
    const r = gqaQuestion();
    expect(r.mha.cache).toBe(4096);
    expect(r.gqa.cache).toBe(1024);
    expect(r.cacheRatio).toBe(4);
    expect(r.gqa.macs).toBe(r.mha.macs);
    expect(r.mha.macs).toBe(2 * 8 * 4096 * 128);
    expect(r.answer).toBe('cache-only');
    expect(r.options).toContain(r.answer);
  });

  it('MLA of DeepSeek-V3 caches 576 numbers per token per layer against 40,960 for MHA with 192-wide keys', () => {
    const m = mlaComparison();
    expect(m.keyDim).toBe(192);
    expect(m.mlaElems).toBe(576);
    expect(m.mhaElems).toBe(128 * (192 + 128));
    expect(m.ratio).toBeCloseTo(71.11, 2);
    expect(m.mlaBytes).toBe(70_272);
  });

  it('reports a core error as a message instead of throwing', () => {
    const r = deriveHeads({ ...HEADS_DEFAULTS, WO: [[1, 0, 0, 0]] });
    expect(r.ok).toBe(false);
  });
});

describe('heads TeX', () => {
  const labels = { head: '头', output: '输出', numbers: '个数', cache: 'cache', macs: 'MACs', ratio: '比值', perToken: '61 层' };
  it('every formula is valid TeX (strict), with the words it was given', async () => {
    const katex = (await import('katex')).default;
    const tex = await import('../../src/lesson/heads/tex');
    const n = numbers();
    for (const t of [tex.mlaTex(mlaComparison(), labels), tex.gqaTex(gqaQuestion(), labels), tex.shapesTex(n), tex.headTex(n, labels), tex.concatTex(n, labels), tex.shareTex(n, labels)]) {
      expect(() => katex.renderToString(t, KATEX_STRICT_OPTIONS)).not.toThrow();
      expect(t).not.toMatch(/\\text\{(numbers|ratio|vs|per token|head|layers)/);
    }
    expect(tex.shareTex(n, labels)).toContain('2 \\times 2 \\times 2 = 8');
    expect(tex.concatTex(n, labels)).toContain('\\text{输出}');
  });
});

describe('heads stage and links', () => {
  it('has its own stage; the prediction hides the cache count until the guess', () => {
    expect(headsChapter.stage?.id).toBe('heads');
    const ratio = headsChapter.steps.find((s) => s.id === 'cache-ratio');
    if (!ratio) throw new Error('no cache-ratio step');
    expect(partConcealed(ratio, 'kv', false)).toBe(true);
    expect(partConcealed(ratio, 'kv', true)).toBe(false);
  });

  it('the grouping question links its numbers in the formula: head counts and keys feed the caches and the multiply-adds', async () => {
    const tex = await import('../../src/lesson/heads/tex');
    const t = tex.gqaTex(gqaQuestion(), { head: 'head', output: 'output', numbers: 'numbers', cache: 'cache', macs: 'MACs', ratio: 'ratio', perToken: '61 layers' });
    for (const id of Object.values(gq)) expect(t).toContain(`\\htmlData{q=${id}}`);
    expect(t).toContain(`\\htmlData{q=${gq.gqa}}{1{,}024\\ \\text{B}}`);
    const fromGqa = related(GQA_LINKS, gq.gqa);
    expect([...fromGqa.from]).toEqual([gq.g]);
    expect([...related(GQA_LINKS, gq.macs).from].sort()).toEqual([gq.T, gq.h].sort());
  });

  it('a K/V head lights the query heads that read it, their Concat columns and the output; not the other group', () => {
    // GQA: 4 query heads in 2 groups, d = 1.
    const g = headsLinks([0, 0, 1, 1], 1);
    const fromKv0 = related(g, hq.kvHead(0)).to;
    expect([...fromKv0].sort()).toEqual([hq.concatCol(0), hq.concatCol(1), hq.output, hq.qHead(0), hq.qHead(1)].sort());
    // The output comes from every head (W_O mixes them) and so from every K/V head.
    const intoOut = related(g, hq.output).from;
    for (const id of [hq.kvHead(0), hq.kvHead(1), hq.qHead(3), hq.concatCol(3)]) expect(intoOut.has(id), id).toBe(true);
    // MHA with d = 2: head 1 owns Concat columns 2 and 3.
    expect([...related(headsLinks([0, 1], 2), hq.qHead(1)).to].sort()).toEqual([hq.concatCol(2), hq.concatCol(3), hq.output].sort());
  });
});
