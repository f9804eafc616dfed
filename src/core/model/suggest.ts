/** Close vocabulary words for an unknown word: spelling distance for English, shared characters for Chinese. */

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1 each. */
export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  const d = Array.from({ length: A.length + 1 }, (_, i) => Array.from({ length: B.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= A.length; i++) {
    for (let j = 1; j <= B.length; j++) {
      const cost = A[i - 1] === B[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && A[i - 1] === B[j - 2] && A[i - 2] === B[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[A.length][B.length];
}

/** Longest unknown word we look for neighbours of; longer text (a paste) gets no suggestions. */
const MAX_LEN = 24;

/**
 * Up to `max` vocabulary words close to an unknown English word (lower case): distance ≤ 1 for words of
 * up to 4 letters, ≤ 2 for longer ones; nearest first, then vocabulary order.
 */
export function suggestEnglish(word: string, candidates: readonly string[], max = 3): string[] {
  if (word.length > MAX_LEN) return [];
  const limit = word.length <= 4 ? 1 : 2;
  return candidates
    .map((w, i) => ({ w, i, d: editDistance(word, w) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, max)
    .map((c) => c.w);
}

/**
 * Up to `max` Chinese vocabulary words close to an unknown Chinese piece: words sharing a character
 * (most shared first), then words of the same length at distance 1; vocabulary order breaks ties.
 */
export function suggestChinese(piece: string, candidates: readonly string[], max = 3): string[] {
  const chars = [...piece];
  if (chars.length > MAX_LEN) return [];
  return candidates
    .map((w, i) => {
      const shared = [...w].filter((c) => chars.includes(c)).length;
      const near = [...w].length === chars.length && chars.length > 1 && editDistance(piece, w) === 1;
      return { w, i, score: shared > 0 ? 2 + shared : near ? 1 : 0 };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map((c) => c.w);
}
