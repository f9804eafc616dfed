// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decode, forward, generate, prefill, probabilities, rope } from '../../../src/core/model';
import { testModel } from './load';

const model = testModel();

describe('errors name the problem', () => {
  it('a token id outside the vocabulary names the id, its index and the valid range', () => {
    expect(() => prefill(model, [0, 52])).toThrow('token id 52 at index 1 is not in the vocabulary (ids 0..51)');
    expect(() => prefill(model, [-1])).toThrow('token id -1 at index 0');
    expect(() => prefill(model, [1.5])).toThrow('token id 1.5 at index 0');
    expect(() => prefill(model, [Number.NaN])).toThrow('token id NaN at index 0');
  });
  it('empty input', () => {
    expect(() => prefill(model, [])).toThrow('no tokens given (empty input)');
  });
  it('an over-long context names both counts and the maximum', () => {
    expect(() => prefill(model, Array.from({ length: 65 }, () => 0))).toThrow(
      "context too long: 0 cached + 65 new = 65 tokens, but the model's maximum context is 64",
    );
  });
  it('bad positions', () => {
    const run = prefill(model, [0, 2]);
    expect(() => decode(model, run.cache, 9, -1)).toThrow('position -1 of token 0 must be a non-negative integer');
    expect(() => forward(model, [0, 2], { positions: [0] })).toThrow('1 positions given for 2 tokens');
    expect(() => rope([1, 2, 3], 0, 10000)).toThrow(/even length/);
  });
  it('bad temperature or steps', () => {
    expect(() => probabilities([1, 2], 0)).toThrow(/temperature must be a positive number/);
    expect(() => generate(model, [0], 2, { temperature: -1 })).toThrow(/temperature must be 0/);
    expect(() => generate(model, [0], 64)).toThrow(/1 prompt \+ 64 new tokens exceed the model's maximum context 64/);
  });
});
