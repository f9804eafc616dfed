import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dot, matmul, transpose } from '../../src/core';
import { mat } from './arbitraries';

describe('matmul and transpose', () => {
  it('multiplies (n, m) x (m, p) -> (n, p)', () => {
    expect(
      matmul(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [[1, 0, 2], [0, 1, 3]],
      ),
    ).toEqual([
      [1, 2, 8],
      [3, 4, 18],
      [5, 6, 28],
    ]);
  });

  it('transposes (n, m) -> (m, n), for numbers or booleans', () => {
    expect(transpose([[1, 2, 3]])).toEqual([[1], [2], [3]]);
    expect(transpose([[true, false], [false, false]])).toEqual([[true, false], [false, false]]);
  });

  it('property: entry [i][j] of A·B is row i of A dotted with column j of B', () => {
    fc.assert(
      fc.property(mat(3, 4), mat(4, 2), (A, B) => {
        const C = matmul(A, B);
        const Bt = transpose(B);
        for (const [i, row] of C.entries()) {
          for (const [j, c] of row.entries()) expect(c).toBeCloseTo(dot(A[i], Bt[j]), 12);
        }
        expect(transpose(transpose(A))).toEqual(A);
      }),
    );
  });

  it('throws naming the shapes when inner sizes differ, and on overflow', () => {
    expect(() => matmul([[1, 2]], [[1, 2]])).toThrow(/A \(1, 2\) has 2 columns but B \(1, 2\) has 1 rows/);
    expect(() => matmul([[1e300]], [[1e300]])).toThrow(/matmul: the result overflowed at \[0\]\[0\]/);
    expect(() => transpose([[1], [2, 3]])).toThrow(/transpose: A row 1 has 2 columns but row 0 has 1/);
  });
});
