import type { Mat, Vec } from './types';

/** Names a bad value for a message: `NaN`, `Infinity`, `2.5`, or `a string` for a non-number. */
export function describeValue(x: unknown): string {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  return x === null ? 'null' : `a ${typeof x}`;
}

/** Formats the shape of a matrix as `(T, d)` for error messages. */
export function shapeOf(X: Mat): string {
  return `(${X.length}, ${X.length > 0 ? X[0].length : 0})`;
}

/** Throws unless x is a non-empty array of finite numbers, shape (d); `label` starts the message, e.g. 'dot: a'. */
export function assertVec(x: unknown, label: string): asserts x is Vec {
  if (!Array.isArray(x)) throw new TypeError(`${label} must be an array of numbers, got ${describeValue(x)}`);
  if (x.length === 0) throw new RangeError(`${label} is empty (shape (0)); it needs at least one entry`);
  for (let i = 0; i < x.length; i++) {
    const xi: unknown = x[i];
    if (typeof xi !== 'number' || !Number.isFinite(xi)) {
      throw new Error(`${label}[${i}] is ${describeValue(xi)}; entries must be finite numbers`);
    }
  }
}

/** Throws unless X is a non-empty list of equally long, non-empty rows, shape (T, d); entries are not checked. */
export function assertRect(X: unknown, label: string): asserts X is readonly (readonly unknown[])[] {
  if (!Array.isArray(X)) throw new TypeError(`${label} must be an array of rows, got ${describeValue(X)}`);
  if (X.length === 0) throw new RangeError(`${label} is empty (shape (0, ?)); it needs at least one row`);
  const rows: unknown[] = X;
  let width = -1;
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) throw new TypeError(`${label} row ${i} must be an array, got ${describeValue(row)}`);
    if (row.length === 0) throw new RangeError(`${label} row ${i} is empty (shape (${X.length}, 0)); rows need columns`);
    if (width === -1) width = row.length;
    else if (row.length !== width) {
      throw new Error(`${label} row ${i} has ${row.length} columns but row 0 has ${width} (ragged rows)`);
    }
  });
}

/** Throws unless X is a non-empty rectangular matrix of finite numbers, shape (T, d). */
export function assertMat(X: unknown, label: string): asserts X is Mat {
  assertRect(X, label);
  X.forEach((row, i) => {
    row.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        throw new Error(`${label}[${i}][${j}] is ${describeValue(x)}; entries must be finite numbers`);
      }
    });
  });
}

/** Throws a RangeError unless n is a non-negative integer (a count of tokens or dimensions). */
export function assertSize(n: unknown, label: string): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${describeValue(n)}`);
  }
}

/** Throws if a computed vector holds a non-finite entry: finite inputs overflowed float64 (e.g. 1e200 * 1e200). */
export function assertNoOverflowVec(x: Vec, label: string): void {
  x.forEach((xi, i) => {
    if (!Number.isFinite(xi)) {
      throw new RangeError(`${label} overflowed at [${i}] (got ${describeValue(xi)}); the inputs are too large`);
    }
  });
}

/** Throws if a computed matrix holds a non-finite entry: finite inputs overflowed float64. */
export function assertNoOverflowMat(X: Mat, label: string): void {
  X.forEach((row, i) => {
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) {
        throw new RangeError(`${label} overflowed at [${i}][${j}] (got ${describeValue(x)}); the inputs are too large`);
      }
    });
  });
}
