/**
 * The running example "The cat sat on", defined once. Every chapter that shows these tokens derives
 * its defaults from here, so the same token carries the same numbers everywhere (GUIDE §8).
 *
 * Source: article 000 (../shared/seeds/000_*.txt) gives the cached keys and values of The, cat, sat
 * and the query of the new token "on". Everything else (q of The/cat/sat, k and v of "on") is our
 * own choice, documented here and labelled "ours" on the page. Chapters that start one step
 * earlier (embeddings X and weights W) use RUNNING_X and RUNNING_W*, whose products are exactly
 * these Q, K, V; a chapter that needs more tokens appends its own rows after these four.
 */

/** The four tokens, in order. */
export const RUNNING_TOKENS = ['The', 'cat', 'sat', 'on'] as const;

/** Width of every vector in the running example (d_k = d_v = 3). */
export const RUNNING_D = 3;

/** Queries, (4, 3): rows The, cat, sat (ours), on (article 000: [1, 1, 2]). */
export const RUNNING_Q: readonly (readonly number[])[] = [
  [1, 0, 0],
  [0, 2, 1],
  [1, 0, 2],
  [1, 1, 2],
];

/** Keys, (4, 3): rows The, cat, sat (article 000), on (ours). */
export const RUNNING_K: readonly (readonly number[])[] = [
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 0],
  [1, 1, 1],
];

/** Values, (4, 3): rows The, cat, sat (article 000), on (ours). */
export const RUNNING_V: readonly (readonly number[])[] = [
  [0.1, 0.5, 0.2],
  [0.3, 0.2, 0.8],
  [0.7, 0.1, 0.4],
  [0.5, 0.5, 0.5],
];

/** Which rows of each matrix come from article 000 (true) and which are ours (false), per token. */
export const FROM_ARTICLE = {
  q: [false, false, false, true],
  k: [true, true, true, false],
  v: [true, true, true, false],
} as const;

/** Embedding width of the running example's token embeddings X (d_model). */
export const RUNNING_D_MODEL = 4;

/**
 * Embeddings X, (4, d_model = 4), rows The, cat, sat, on: our own small integers, chosen so that
 * X has an integer inverse and the weights below reproduce Q, K, V exactly (tests/lesson/runningExample.test.ts).
 */
export const RUNNING_X: readonly (readonly number[])[] = [
  [1, 0, 0, 0],
  [0, 1, 1, 1],
  [0, 1, 0, 1],
  [1, 0, 0, 1],
];

/** Query weights W_Q, (d_model, d_k) = (4, 3): X·W_Q = RUNNING_Q (ours, solved from X and Q). */
export const RUNNING_WQ: readonly (readonly number[])[] = [
  [1, 0, 0],
  [1, -1, 0],
  [-1, 2, -1],
  [0, 1, 2],
];

/** Key weights W_K, (4, 3): X·W_K = RUNNING_K. */
export const RUNNING_WK: readonly (readonly number[])[] = [
  [1, 0, 1],
  [1, 0, 0],
  [-1, 0, 1],
  [0, 1, 0],
];

/** Value weights W_V, (4, 3): X·W_V = RUNNING_V. */
export const RUNNING_WV: readonly (readonly number[])[] = [
  [0.1, 0.5, 0.2],
  [0.3, 0.1, 0.1],
  [-0.4, 0.1, 0.4],
  [0.4, 0, 0.3],
];

/** A fresh mutable copy of a running-example matrix (rows = tokens, columns = dimensions). */
export function runningCopy(m: readonly (readonly number[])[]): number[][] {
  return m.map((r) => [...r]);
}
