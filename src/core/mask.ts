import { assertSize } from './checks';

/**
 * The causal mask, shape (T_q, T_k): entry [i][j] is true when query i may attend to key j.
 * Aligned bottom-right: query i sees key j iff j <= i + (T_k - T_q), so the last query sees every key.
 */
export function causalMask(queries: number, keys: number): boolean[][] {
  assertSize(queries, 'causalMask: queries');
  assertSize(keys, 'causalMask: keys');
  // The queries are the last T_q of the T_k tokens, so query i is token i + offset.
  const offset = keys - queries;
  return Array.from(
    { length: queries },
    (_, i) => Array.from({ length: keys }, (_, j) => j <= i + offset), // -> (T_q, T_k)
  );
}
