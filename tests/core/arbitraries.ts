import fc from 'fast-check';

/** A moderate finite number, so sums of products stay far from overflow. */
export const num = (limit = 5) => fc.double({ min: -limit, max: limit, noNaN: true });

/** A (rows, cols) matrix of moderate numbers. */
export const mat = (rows: number, cols: number, limit = 5) =>
  fc.array(fc.array(num(limit), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Q (T, d_k), K (T, d_k), V (T, d_v) for one sequence, T in 1..8, d in 1..6. */
export const qkv = fc
  .record({ T: fc.integer({ min: 1, max: 8 }), d_k: fc.integer({ min: 1, max: 6 }), d_v: fc.integer({ min: 1, max: 6 }) })
  .chain(({ T, d_k, d_v }) => fc.record({ Q: mat(T, d_k), K: mat(T, d_k), V: mat(T, d_v) }));

/** Expects two matrices to have the same shape and agree entry by entry within tol. */
export function closeMat(actual: readonly (readonly number[])[], expected: readonly (readonly number[])[], tol = 1e-12) {
  if (actual.length !== expected.length) throw new Error(`rows ${actual.length} vs ${expected.length}`);
  actual.forEach((row, i) => {
    if (row.length !== expected[i].length) throw new Error(`row ${i}: ${row.length} vs ${expected[i].length} columns`);
    row.forEach((x, j) => {
      const e = expected[i][j];
      if (!(Math.abs(x - e) <= tol)) throw new Error(`[${i}][${j}]: ${x} vs ${e}`);
    });
  });
}
