import { describe, expect, it } from 'vitest';
import { deriveHeads, mlaComparison, ratioQuestion } from '../../src/lesson/heads/derive';
import { identicalKV, kvChoices, setHeads } from '../../src/lesson/heads/edits';
import { HEADS_DEFAULTS, headsModel } from '../../src/lesson/heads/model';

const numbers = (s = HEADS_DEFAULTS) => {
  const r = deriveHeads(s);
  if (!r.ok) throw new Error(r.detail);
  return r.n;
};

describe('heads chapter', () => {
  it('splits d_model = 4 into h heads of d = 4 / h and concatenates back to 4', () => {
    for (const h of [1, 2, 4]) {
      const n = numbers(setHeads(HEADS_DEFAULTS, h));
      expect(n.d).toBe(4 / h);
      expect(n.trace.heads).toHaveLength(h);
      expect(n.trace.concat[0]).toHaveLength(4);
      expect(n.trace.output[0]).toHaveLength(4);
    }
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

  it('counts cached numbers per token: 2 · kvHeads · d', () => {
    const n = numbers({ ...HEADS_DEFAULTS, h: 4, kvHeads: 2 });
    expect(n.toyElements).toBe(4);
    expect(n.toyElementsMha).toBe(8);
    expect(n.groups).toEqual([0, 0, 1, 1]);
    expect(n.sharers).toEqual([[1], [0], [3], [2]]);
    expect(n.kvColumns).toBe(2);
  });

  it('8 query heads over 2 K/V heads: 4 times less cache', () => {
    const r = ratioQuestion();
    expect(r.mha).toBe(4096);
    expect(r.gqa).toBe(1024);
    expect(r.ratio).toBe(4);
    expect(r.options).toContain(4);
  });

  it('MLA of DeepSeek-V3 caches 576 numbers per token per layer against 32,768 for MHA', () => {
    const m = mlaComparison();
    expect(m.mlaElems).toBe(576);
    expect(m.mhaElems).toBe(32_768);
    expect(m.mlaBytes).toBe(70_272);
  });

  it('reports a core error as a message instead of throwing', () => {
    const r = deriveHeads({ ...HEADS_DEFAULTS, WO: [[1, 0, 0, 0]] });
    expect(r.ok).toBe(false);
  });
});

describe('heads TeX', () => {
  it('every formula is valid TeX (strict)', async () => {
    const katex = (await import('katex')).default;
    const tex = await import('../../src/lesson/heads/tex');
    const n = numbers();
    for (const t of [tex.mlaTex(mlaComparison()), tex.ratioTex(ratioQuestion()), tex.shapesTex(n), tex.headTex(n), tex.concatTex(n), tex.shareTex(n)]) {
      expect(() => katex.renderToString(t, { strict: 'error', throwOnError: true })).not.toThrow();
    }
    expect(tex.shareTex(n)).toContain('2 \\times 2 \\times 2 = 8');
  });
});
