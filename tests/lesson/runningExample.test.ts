import { describe, expect, it } from 'vitest';
import { project } from '../../src/core';
import { DEFAULTS as CROSS, DEC_TOKENS } from '../../src/lesson/cross/model';
import { DEFAULTS as GENERATE, PROMPT, TOKENS as GEN_TOKENS } from '../../src/lesson/generate/model';
import { HEADS_DEFAULTS, TOKENS as HEADS_TOKENS } from '../../src/lesson/heads/model';
import { MASK_DEFAULT, TOKENS as MASK_TOKENS } from '../../src/lesson/mask/model';
import { ALL_TOKENS, DEFAULTS as NOQ } from '../../src/lesson/no-q-cache/model';
import { ORIGIN_ARTICLE, ORIGIN_DEFAULT, TOKENS as ORIGIN_TOKENS } from '../../src/lesson/origin/model';
import {
  FROM_ARTICLE,
  RUNNING_K,
  RUNNING_Q,
  RUNNING_TOKENS,
  RUNNING_V,
  RUNNING_WK,
  RUNNING_WQ,
  RUNNING_WV,
  RUNNING_X,
} from '../../src/lesson/runningExample';
import { ARTICLE, CACHED_TOKENS, NEW_TOKEN } from '../../src/lesson/worked/model';

/**
 * Issue 9 §3: "The cat sat on" carries the same numbers in every chapter. Each chapter's defaults
 * are compared, exactly, with the one definition in src/lesson/runningExample.ts.
 */

/** Article 000's own numbers, typed in again from the article as an independent check of the definition. */
const ARTICLE_000 = {
  K: [
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 0],
  ],
  V: [
    [0.1, 0.5, 0.2],
    [0.3, 0.2, 0.8],
    [0.7, 0.1, 0.4],
  ],
  qOn: [1, 1, 2],
};

describe('the running example', () => {
  it('holds article 000 where the article gives a number', () => {
    expect(RUNNING_K.slice(0, 3)).toEqual(ARTICLE_000.K);
    expect(RUNNING_V.slice(0, 3)).toEqual(ARTICLE_000.V);
    expect(RUNNING_Q[3]).toEqual(ARTICLE_000.qOn);
    expect(FROM_ARTICLE.k).toEqual([true, true, true, false]);
  });
  it('its embeddings and weights give exactly its q, k, v (X·W, computed by the core)', () => {
    expect(project(RUNNING_X, RUNNING_WQ)).toEqual(RUNNING_Q);
    expect(project(RUNNING_X, RUNNING_WK)).toEqual(RUNNING_K);
    expect(project(RUNNING_X, RUNNING_WV)).toEqual(RUNNING_V);
  });
});

describe('every chapter that shows “The cat sat on” starts from it', () => {
  it('worked: q of "on", the cached k, v, and our k, v of "on"', () => {
    expect([...CACHED_TOKENS, NEW_TOKEN]).toEqual([...RUNNING_TOKENS]);
    expect(ARTICLE.q).toEqual(RUNNING_Q[3]);
    expect(ARTICLE.K).toEqual(RUNNING_K.slice(0, 3));
    expect(ARTICLE.V).toEqual(RUNNING_V.slice(0, 3));
    expect(ARTICLE.kOn).toEqual(RUNNING_K[3]);
    expect(ARTICLE.vOn).toEqual(RUNNING_V[3]);
  });
  it('origin: the default and the one-hot preset both project to it (k of "The" = [1, 0, 1])', () => {
    expect([...ORIGIN_TOKENS]).toEqual([...RUNNING_TOKENS]);
    for (const s of [ORIGIN_DEFAULT, ORIGIN_ARTICLE]) {
      expect(project(s.X, s.WQ)).toEqual(RUNNING_Q);
      expect(project(s.X, s.WK)).toEqual(RUNNING_K);
      expect(project(s.X, s.WV)).toEqual(RUNNING_V);
    }
    expect(project(ORIGIN_DEFAULT.X, ORIGIN_DEFAULT.WK)[0]).toEqual([1, 0, 1]);
  });
  it('mask: Q, K, V', () => {
    expect([...MASK_TOKENS]).toEqual([...RUNNING_TOKENS]);
    expect(MASK_DEFAULT.Q).toEqual(RUNNING_Q);
    expect(MASK_DEFAULT.K).toEqual(RUNNING_K);
    expect(MASK_DEFAULT.V).toEqual(RUNNING_V);
  });
  it('no-q-cache: Q, K, V', () => {
    expect([...ALL_TOKENS]).toEqual([...RUNNING_TOKENS]);
    expect(NOQ.Q).toEqual(RUNNING_Q);
    expect(NOQ.K).toEqual(RUNNING_K);
    expect(NOQ.V).toEqual(RUNNING_V);
  });
  it('generate: the first four tokens project to it; "the" and "mat" extend it', () => {
    expect(GEN_TOKENS.slice(0, 4)).toEqual([...RUNNING_TOKENS]);
    expect(PROMPT).toEqual(RUNNING_TOKENS.slice(0, 3));
    const four = GENERATE.X.slice(0, 4);
    expect(project(four, GENERATE.W_Q)).toEqual(RUNNING_Q);
    expect(project(four, GENERATE.W_K)).toEqual(RUNNING_K);
    expect(project(four, GENERATE.W_V)).toEqual(RUNNING_V);
    expect(GENERATE.X.slice(4)).toHaveLength(2);
  });
  it('heads: the four tokens and their embeddings X (per-head weights are seeded, documented)', () => {
    expect([...HEADS_TOKENS]).toEqual([...RUNNING_TOKENS]);
    expect(HEADS_DEFAULTS.X).toEqual(RUNNING_X);
  });
  it('cross: the decoder has produced "The cat sat on", with its q, k, v', () => {
    expect([...DEC_TOKENS]).toEqual([...RUNNING_TOKENS]);
    expect(CROSS.Q).toEqual(RUNNING_Q);
    expect(CROSS.Kdec).toEqual(RUNNING_K);
    expect(CROSS.Vdec).toEqual(RUNNING_V);
  });
});
