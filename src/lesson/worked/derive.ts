import {
  type AttentionTrace,
  addVec,
  attend,
  contributions,
  createKVCache,
  decodeStep,
  dotTerms,
  type KVCache,
  kvAppend,
  scaleVec,
} from '../../core';
import { softmaxParts } from '../../core/softmaxParts';
import { sum } from '../../core/sum';
import { ARTICLE, type WorkedState } from './model';

/** Every number the worked example shows, computed by the core from the current inputs. */
export interface WorkedNumbers {
  d: number;
  /** Whether scores were divided by √d_k. */
  scaled: boolean;
  sqrtD: number;
  /** (3, d): q[j] · K[i][j], the terms of each dot product. */
  terms: number[][];
  /** Article's version: q attends over the three cached tokens only; one row. */
  article: { scores: number[]; scaled: number[]; weights: number[]; output: number[] };
  /** Softmax pieces of the article's scaled scores. */
  parts: ReturnType<typeof softmaxParts>;
  /** (3, d): weight_i · v_i. */
  contrib: number[][];
  /** The same computed from the article's own inputs (for the erratum notes). */
  articleExact: { weights: number[]; output: number[] };
  /** Real decoder: the cache after appending "on" (4 rows) and the attention over it. */
  real: { cache: KVCache; trace: AttentionTrace; terms: number[]; contrib: number[][]; parts: ReturnType<typeof softmaxParts> };
  /** real output − article output, (d). */
  outputShift: number[];
  /** The magnitude that fills a bar on the scaling step: the largest |score| or |scaled score| (one axis for both charts). */
  scaleAxis: number;
  /** Σ of the article version's weights (1 up to rounding). */
  weightSum: number;
  /** How many tokens were read from the cache, and how many the new query attended over. */
  summary: { cachedTokens: number; attended: number };
}

export type WorkedResult = { ok: true; n: WorkedNumbers } | { ok: false; detail: string };

const row = (t: AttentionTrace) => ({ scores: t.scores[0], scaled: t.scaled[0], weights: t.weights[0], output: t.output[0] });

/** The cache holding the three article tokens. */
function cacheOf(s: WorkedState): KVCache {
  return s.K.reduce((c, k, i) => kvAppend(c, k, s.V[i]), createKVCache());
}

/** Computes every number of the worked example; errors from the core become a detail message. */
export function deriveWorked(s: WorkedState): WorkedResult {
  try {
    const opts = { scale: s.scaled };
    const article = row(attend([s.q], s.K, s.V, opts)); // (1, d) x (d, 3) -> (1, 3) -> (1, d)
    const exact = row(attend([ARTICLE.q], ARTICLE.K, ARTICLE.V));
    const { cache, trace } = decodeStep(cacheOf(s), s.q, s.kOn, s.vOn, opts); // cache (4, d), trace row (1, 4)
    const real = row(trace);
    return {
      ok: true,
      n: {
        d: s.d,
        scaled: s.scaled,
        sqrtD: Math.sqrt(s.d),
        terms: s.K.map((k) => dotTerms(s.q, k)),
        article,
        parts: softmaxParts(article.scaled),
        contrib: contributions(article.weights, s.V),
        articleExact: { weights: exact.weights, output: exact.output },
        real: {
          cache,
          trace,
          terms: dotTerms(s.q, s.kOn),
          contrib: contributions(real.weights, cache.values),
          parts: softmaxParts(real.scaled),
        },
        outputShift: addVec(real.output, scaleVec(article.output, -1)),
        scaleAxis: Math.max(...article.scores.map(Math.abs), ...article.scaled.map(Math.abs)),
        weightSum: sum(article.weights),
        summary: { cachedTokens: s.K.length, attended: cache.keys.length },
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
