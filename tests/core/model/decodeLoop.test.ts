// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLexicon, forcedRun, generate, greedyRun, logitShift, prefill, rightPosition, tokenize } from '../../../src/core/model';
import { maxDiff, testModel } from './load';

const model = testModel();
const lex = createLexicon(model.vocab);
const ids = (text: string) => {
  const r = tokenize(text, lex);
  if (!r.ok) throw new Error(`not the model's words: ${text}`);
  return r.tokens.map((t) => t.id);
};
const prompt = ids('The cat sat on');
const T = prompt.length;

describe('decode loops with explicit position rules', () => {
  it('the right rule (T + s) generates what generate() does', () => {
    const run = greedyRun(model, prompt, 8, rightPosition);
    const ref = generate(model, prompt, 8);
    expect(run.ids).toEqual(ref.ids.slice(T));
    expect(run.positions).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(maxDiff(run.logits, ref.steps.map((s) => s.logits))).toBeLessThan(1e-12);
  });

  it('the fix restores the reference: the right rule equals recomputing prompt + generated words without a cache', () => {
    const run = greedyRun(model, prompt, 10, rightPosition);
    const full = prefill(model, [...prompt, ...run.ids.slice(0, -1)]).logits.slice(T - 1); // (10, V)
    expect(maxDiff(run.logits, full)).toBeLessThan(1e-9);
    expect(maxDiff(forcedRun(model, prompt, run.ids, rightPosition), full)).toBeLessThan(1e-9);
  });

  it('decoding at position 0 instead of T changes the distributions and the words (real model)', () => {
    const right = greedyRun(model, prompt, 10, rightPosition);
    const zero = greedyRun(model, prompt, 10, () => 0);
    expect(zero.positions.every((p) => p === 0)).toBe(true);
    expect(zero.ids).not.toEqual(right.ids);
    const forced = forcedRun(model, prompt, right.ids, () => 0);
    const kls = forced.map((l, s) => logitShift(right.logits[s], l).kl);
    expect(kls[0]).toBe(0); // the first word comes from the prefill, before any position is wrong
    expect(Math.max(...kls)).toBeGreaterThan(1);
  });

  it('off by one (T − 1 + s) also drifts from the right run', () => {
    const right = greedyRun(model, prompt, 10, rightPosition);
    const forced = forcedRun(model, prompt, right.ids, (s, n) => n - 1 + s);
    expect(Math.max(...forced.map((l, s) => logitShift(right.logits[s], l).kl))).toBeGreaterThan(1e-3);
  });

  it('refuses bad step counts and contexts longer than the model allows, naming them', () => {
    expect(() => greedyRun(model, prompt, 0, rightPosition)).toThrow(/steps must be a positive integer/);
    expect(() => greedyRun(model, prompt, 61, rightPosition)).toThrow(/4 prompt \+ 61 new tokens exceed the model's maximum context 64/);
    expect(() => forcedRun(model, prompt, [], rightPosition)).toThrow(/steps must be a positive integer/);
    expect(() => greedyRun(model, prompt, 3, () => -1)).toThrow(/position -1/);
  });
});
