/**
 * Which rows of a long table a slide shows (a clicker cannot scroll): the first rows, the chosen row, the last
 * rows, and one gap line for each run left out, `max` lines in all. The normal view shows every row.
 */

/** A line of the slide's table: a row by index, or a run of rows [from, to] left out. */
export type SlideLine = { row: number } | { gap: [number, number] };

/**
 * The lines for an n-row table with room for `max` lines (max ≥ 5), keeping row `keep` and the last `tail` rows.
 * All n rows when they fit. Throws RangeError when max < 5 or n, keep are not whole numbers with 0 ≤ keep < n.
 */
export function slideRows(n: number, keep: number, max: number, tail = 2): SlideLine[] {
  if (max < 5 || !Number.isInteger(n) || !Number.isInteger(keep) || n < 1 || keep < 0 || keep >= n) throw new RangeError(`slideRows: n = ${n}, keep = ${keep}, max = ${max}`);
  if (n <= max) return Array.from({ length: n }, (_, row) => ({ row }));
  // The longest head (rows 0 …) whose lines, gaps included, still fit.
  for (let head = max; head > 0; head--) {
    const shown = new Set<number>([keep]);
    for (let r = Math.max(0, n - tail); r < n; r++) shown.add(r);
    for (let r = 0; r < head; r++) shown.add(r);
    const rows = [...shown].sort((a, b) => a - b);
    const lines: SlideLine[] = [];
    rows.forEach((row, i) => {
      if (i > 0 && row > rows[i - 1] + 1) lines.push({ gap: [rows[i - 1] + 1, row - 1] });
      lines.push({ row });
    });
    if (lines.length <= max) return lines;
  }
  throw new RangeError(`slideRows: ${max} lines cannot hold row ${keep} and the last ${tail}`);
}
