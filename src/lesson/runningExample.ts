/**
 * The running example "The cat sat on", defined once. Every chapter that shows these tokens derives
 * its defaults from here, so the same token carries the same numbers everywhere (GUIDE §8).
 *
 * Source: article 000 (../shared/seeds/000_*.txt) gives the cached keys and values of The, cat, sat
 * and the query of the new token "on". Everything else (q of The/cat/sat, k and v of "on") is our
 * own choice, documented here and labelled "ours" on the page.
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

/**
 * Token embeddings X, (4, d_model = 4): rows The, cat, sat, on (ours; the articles give no embeddings).
 * Chapters that start from embeddings and project them with their own weights (heads) use these rows.
 */
export const RUNNING_X: readonly (readonly number[])[] = [
  [1, 0, 1, 0],
  [0, 2, 0, 1],
  [1, 1, 0, 0],
  [0, 1, 1, 1],
];

/** Which rows of each matrix come from article 000 (true) and which are ours (false), per token. */
export const FROM_ARTICLE = {
  q: [false, false, false, true],
  k: [true, true, true, false],
  v: [true, true, true, false],
} as const;

/** A fresh mutable copy of a running-example matrix (rows = tokens, columns = dimensions). */
export function runningCopy(m: readonly (readonly number[])[]): number[][] {
  return m.map((r) => [...r]);
}
