import { describe, expect, it } from 'vitest';
import { project } from '../../src/core';

describe('project', () => {
  it('maps (T, d_model) x (d_model, d_k) -> (T, d_k)', () => {
    const X = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const W_Q = [
      [1, 2, 0],
      [0, 1, 3],
    ];
    expect(project(X, W_Q)).toEqual([
      [1, 2, 0],
      [0, 1, 3],
      [1, 3, 3],
    ]);
  });

  it('throws naming d_model when the sizes do not fit', () => {
    expect(() => project([[1, 2, 3]], [[1], [2]])).toThrow(/W \(2, 1\) has 2 rows but X \(1, 3\) has 3 columns \(d_model must match\)/);
    expect(() => project([[1e300]], [[1e300]])).toThrow(/project: the result overflowed/);
  });
});
