/** Geometry of stacked bars (pure): where each segment starts and how wide it is, as fractions of one shared axis. */

/** A segment's value in the axis unit (bytes, a share …). */
export interface StackSegment {
  key: string;
  value: number;
}

/** A segment placed on the axis: [from, from + width] as fractions of axisMax. */
export interface PlacedSegment extends StackSegment {
  from: number;
  width: number;
}

/** Places every row's segments one after another on a common axis from 0 to axisMax (> 0); negative values count as 0. */
export function stackRows<R extends { segments: readonly StackSegment[] }>(rows: readonly R[], axisMax: number): (Omit<R, 'segments'> & { segments: PlacedSegment[] })[] {
  if (!(axisMax > 0)) throw new RangeError(`axisMax must be positive, got ${axisMax}`);
  return rows.map((r) => {
    let at = 0;
    const segments = r.segments.map((s) => {
      const width = Math.max(0, s.value) / axisMax;
      const placed = { ...s, from: at, width };
      at += width;
      return placed;
    });
    return { ...r, segments };
  });
}

/** Round tick values (1, 2 or 5 × 10^k apart) from 0 up to at most max, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => i * step);
}
