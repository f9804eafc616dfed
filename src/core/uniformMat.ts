/** A (rows, cols) matrix of uniform numbers in [−scale, scale), drawn row by row from rand (e.g. mulberry32(seed)). */
export function uniformMat(rand: () => number, rows: number, cols: number, scale = 1): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (2 * rand() - 1) * scale));
}
