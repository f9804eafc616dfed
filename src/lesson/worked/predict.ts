/**
 * The weights step's question probes the article's own mistake: it rounds the weight of "sat" to
 * 0.10, as if softmax crushed a gap of 0.58 between scaled scores. The reader guesses a range for
 * the real weight of "sat" (index 2), computed live.
 */

/** The answer ranges' bounds in percent, as the options print them: under 15, 15–27, 27–40, 40 and more. */
export const SAT_BOUNDS_PERCENT = [15, 27, 40] as const;

/** The same bounds as weights. */
export const SAT_BOUNDS = SAT_BOUNDS_PERCENT.map((p) => p / 100);

/** Index of the cached token the question asks about ("sat"). */
export const SAT = 2;

/** Which range (0–3) a weight falls into. */
export function satBucket(w: number): number {
  const i = SAT_BOUNDS.findIndex((b) => w < b);
  return i < 0 ? SAT_BOUNDS.length : i;
}

/**
 * For the explanation: how far the score of "sat" is below the largest (gap ≥ 0), e^gap = w_max / w_sat, and
 * whether "sat" holds (or ties, to the 3 decimals shown) the largest score — then "0.000 below" would say nothing.
 */
export function satGap(scoresIn: readonly number[]): { gap: number; ratio: number; top: boolean } {
  const gap = Math.max(...scoresIn) - scoresIn[SAT];
  return { gap, ratio: Math.exp(gap), top: gap < 0.0005 };
}
