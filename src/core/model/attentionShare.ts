import type { LayerTrace } from './types';

/**
 * How much attention lands on the first `first` tokens (StreamingLLM's "attention sinks", Xiao et al. 2024,
 * Fig. 2): for every layer, query head and query row t ≥ `from` of a prefill's traces (weights (T, T)),
 * the weight on keys 0 … first − 1, averaged. `uniform` is the same average if every query spread its weight
 * evenly over the t + 1 keys it sees: a share well above it is a sink. Throws on a bad count or no query rows.
 */
export function firstTokensShare(layers: readonly LayerTrace[], first: number, from = first): { observed: number; uniform: number } {
  if (!Number.isInteger(first) || first < 0) throw new RangeError(`firstTokensShare: first must be a whole number ≥ 0, got ${first}`);
  let observed = 0;
  let uniform = 0;
  let n = 0;
  for (const L of layers) {
    for (const head of L.heads) {
      head.weights.forEach((row, t) => {
        if (t < from) return;
        let s = 0;
        for (let j = 0; j < Math.min(first, row.length); j++) s += row[j];
        observed += s;
        uniform += Math.min(first, t + 1) / (t + 1);
        n++;
      });
    }
  }
  if (n === 0) throw new RangeError(`firstTokensShare: no query rows at or after position ${from}`);
  return { observed: observed / n, uniform: uniform / n };
}
