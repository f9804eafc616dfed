// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLexicon, prefill, probabilities, tokenize, topK } from '../../../src/core/model';
import { maxDiff, reference, testModel } from './load';

const TOL = 1e-5; // the brief's bound; in practice the difference is ~1e-12 (both sides float64 from the same float32 weights)

describe('the core equals the PyTorch reference (train/train.py, float64 from the exported float32 weights)', () => {
  const model = testModel();
  for (const c of reference().cases) {
    describe(c.text, () => {
      const run = prefill(model, c.ids, c.positions);
      c.layers.forEach((ref, l) => {
        const t = run.layers[l];
        it(`layer ${l}: q, k (after RoPE), v, attention weights and block output within ${TOL}`, () => {
          expect(maxDiff(t.q, ref.q)).toBeLessThanOrEqual(TOL);
          expect(maxDiff(t.k, ref.k)).toBeLessThanOrEqual(TOL);
          expect(maxDiff(t.v, ref.v)).toBeLessThanOrEqual(TOL);
          expect(maxDiff(t.heads.map((h) => h.weights), ref.weights)).toBeLessThanOrEqual(TOL);
          expect(maxDiff(t.out, ref.out)).toBeLessThanOrEqual(TOL);
        });
      });
      it(`logits within ${TOL}`, () => {
        expect(maxDiff(run.logits, c.logits)).toBeLessThanOrEqual(TOL);
      });
      it('the ids are what our tokenizer makes of the text', () => {
        const r = tokenize(c.text, createLexicon(model.vocab));
        expect(r.ok).toBe(true);
        expect(r.tokens.map((t) => t.id)).toEqual(c.ids);
      });
    });
  }
});

describe('what the tutorial shows about the trained model', () => {
  const model = testModel();
  const lex = createLexicon(model.vocab);
  const next = (text: string) => {
    const r = tokenize(text, lex);
    if (!r.ok) throw new Error(`cannot tokenize ${text}`);
    const logits = prefill(model, r.tokens.map((t) => t.id)).logits.at(-1)!;
    const [best] = topK(probabilities(logits), 1);
    return { word: model.vocab[best.id], p: best.p };
  };
  it('"The cat sat" → "on" is the top prediction', () => {
    expect(next('The cat sat').word).toBe('on');
  });
  it('"猫坐" (typed without spaces) → "在" is the top prediction', () => {
    expect(next('猫坐').word).toBe('在');
  });
  it('every check recorded in the file header (PyTorch\'s top word and its probability) holds in our core', () => {
    expect(model.checks.length).toBeGreaterThan(0);
    for (const c of model.checks) {
      const got = next(c.prompt);
      expect(got.word, c.prompt).toBe(c.top);
      expect(Math.abs(got.p - c.p), c.prompt).toBeLessThan(1e-5);
      if (c.required) expect(c.top, c.prompt).toBe(c.expected);
    }
  });
});
