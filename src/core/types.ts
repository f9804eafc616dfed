/** A vector, shape (d): one number per dimension (a query, key, value or score row). */
export type Vec = readonly number[];

/** A matrix, shape (T, d): one row per token, one column per dimension. */
export type Mat = readonly Vec[];

/** Options of `attend`: `causal` hides later keys (default false); `scale: false` skips ÷√d_k (default true). */
export interface AttendOptions {
  readonly causal?: boolean;
  readonly scale?: boolean;
}

/** Every named intermediate of one attention call; rows = queries, columns = keys (or value dims for output). */
export interface AttentionTrace {
  /** Raw scores Q·Kᵀ, unmasked, shape (T_q, T_k). */
  scores: number[][];
  /** scores / √d_k (or scores when unscaled), masked entries -Infinity, shape (T_q, T_k). */
  scaled: number[][];
  /** Row softmax of `scaled`; every row sums to 1, masked entries exactly 0, shape (T_q, T_k). */
  weights: number[][];
  /** weights · V, one mixed value per query, shape (T_q, d_v). */
  output: number[][];
}

/** The cache: past keys (T, d_k) and values (T, d_v); row t belongs to token t. Never mutated. */
export interface KVCache {
  readonly keys: Mat;
  readonly values: Mat;
}

/** What a cached step returns: the grown cache and the trace of the queries just processed. */
export interface CacheStep {
  cache: KVCache;
  trace: AttentionTrace;
}
