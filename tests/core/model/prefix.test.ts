// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestPrefix, prefill, prefixCachedRun } from '../../../src/core/model';
import { maxDiff, testModel } from './load';

const model = testModel();
const V = model.config.vocabSize;
const seq = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: V - 1 }), { minLength: min, maxLength: max });

describe('longestPrefix', () => {
  it('matches token by token from the start of the prompt only', () => {
    expect(longestPrefix([[1, 2, 3], [1, 2, 9, 9]], [1, 2, 9, 4])).toEqual({ length: 3, source: 1 });
    expect(longestPrefix([[5, 6]], [7, 5, 6])).toEqual({ length: 0, source: -1 }); // present, but not at the start
    expect(longestPrefix([], [1])).toEqual({ length: 0, source: -1 });
    expect(longestPrefix([[1, 2, 3, 4]], [1, 2])).toEqual({ length: 2, source: 0 });
  });
});

describe('prefixCachedRun', () => {
  it('property: whatever prefix is reused, the logits and cache equal the full prefill\'s', () => {
    fc.assert(
      fc.property(seq(2, 20), seq(0, 6), (prompt, tail) => {
        const stored = [prompt.slice(0, Math.max(1, prompt.length - 2)).concat(tail)];
        const run = prefixCachedRun(model, stored, prompt);
        const full = prefill(model, prompt);
        expect(run.reused).toBe(Math.min(longestPrefix(stored, prompt).length, prompt.length - 1));
        expect(maxDiff(run.logits, full.logits[prompt.length - 1])).toBeLessThan(1e-9);
        expect(maxDiff(run.cache.layers.map((L) => [L.k, L.v]), full.cache.layers.map((L) => [L.k, L.v]))).toBeLessThan(1e-9);
      }),
      { numRuns: 30 },
    );
  });

  it('a whole-prompt hit still recomputes the last token (a next-token distribution needs a query); no hit is a plain prefill', () => {
    expect(prefixCachedRun(model, [[0, 2, 8]], [0, 2, 8]).reused).toBe(2);
    expect(prefixCachedRun(model, [[3]], [0, 2, 8]).reused).toBe(0);
  });
});
