/**
 * What each recomputed query sees, for the mask step: every key classified (its past, a later token, masked) and the
 * same as runs of consecutive key positions, the compact form a slide prints ("0–7", "8–12", "13–21").
 */

/** What a recomputed query may see at key j: its past (j ≤ its row), a later key (j > its row) or nothing. */
export type MaskCell = 'past' | 'future' | 'hidden';

/** The three kinds, in the order the tables print them. */
export const MASK_CELLS: readonly MaskCell[] = ['past', 'future', 'hidden'];

/** One recomputed query: its row in the prompt, (T) cells, and per kind the runs [first, last] of key positions. */
export interface MaskRow {
  row: number;
  cells: MaskCell[];
  runs: Record<MaskCell, [number, number][]>;
}

/**
 * Classifies the keys of each query row: `queries` (S) rows in the prompt, `visible` (S, T) as the mask gives it.
 * Throws RangeError when the two disagree in length.
 */
export function maskRows(queries: readonly number[], visible: readonly (readonly boolean[])[]): MaskRow[] {
  if (queries.length !== visible.length) throw new RangeError(`maskRows: ${queries.length} queries, ${visible.length} mask rows`);
  return queries.map((row, i) => {
    const cells = visible[i].map((v, j): MaskCell => (!v ? 'hidden' : j <= row ? 'past' : 'future'));
    const runs: Record<MaskCell, [number, number][]> = { past: [], future: [], hidden: [] };
    cells.forEach((c, j) => {
      const last = runs[c][runs[c].length - 1];
      if (last && last[1] === j - 1) last[1] = j;
      else runs[c].push([j, j]);
    });
    return { row, cells, runs };
  });
}
