/**
 * Geometry of the chapter's line plots (pure): mean KL or top-1 agreement against the cache budget or the
 * bits per number. Every series of one plot shares one x axis and one y axis starting at 0; points are
 * returned as fractions of the plot area (x left → right, y bottom → top), ticks with their values.
 */
import { niceTicks } from '../serve/stack';
import type { SweepPoint } from './run';

/** A plotted series: its id and its points as fractions of the plot area, with the values they stand for. */
export interface PlotSeries {
  id: string;
  points: { fx: number; fy: number; x: number; y: number }[];
}

/** A plot of one measure against x. */
export interface LinePlot {
  series: PlotSeries[];
  xTicks: { f: number; x: number }[];
  yTicks: { f: number; y: number }[];
  /** Top of the y axis (a nice number ≥ every value; 1 for shares). */
  yMax: number;
  /** The x axis's range, [first, last]. */
  xRange: [number, number];
}

/** Where x falls on the plot's x axis, as a fraction clamped to 0 … 1. */
export function xFraction(plot: LinePlot, x: number): number {
  const [x0, x1] = plot.xRange;
  return x1 === x0 ? 0 : Math.min(1, Math.max(0, (x - x0) / (x1 - x0)));
}

/** Lays out series of sweep points for `measure` on shared axes: x from the smallest to the largest x of any point, y from 0. */
export function linePlot(lines: Record<string, readonly SweepPoint[]>, measure: 'meanKl' | 'agreeShare', xTickValues?: readonly number[]): LinePlot {
  const all = Object.values(lines).flat();
  const xs = all.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const span = x1 - x0 || 1;
  const top = measure === 'agreeShare' ? 1 : Math.max(0.1, ...all.map((p) => p.meanKl));
  const ticks = measure === 'agreeShare' ? [0, 0.5, 1] : niceTicks(top, 4);
  const yMax = measure === 'agreeShare' ? 1 : Math.max(top, ticks[ticks.length - 1]);
  const fx = (x: number) => (x - x0) / span;
  const series = Object.entries(lines).map(([id, pts]) => ({
    id,
    points: pts.map((p) => ({ fx: fx(p.x), fy: p[measure] / yMax, x: p.x, y: p[measure] })),
  }));
  const xv = xTickValues ?? [...new Set(xs)];
  return { series, xTicks: xv.map((x) => ({ f: fx(x), x })), yTicks: ticks.map((y) => ({ f: y / yMax, y })), yMax, xRange: [x0, x1] };
}

/**
 * The few ticks a projector slide has room for (text ≥ 24 px): y at 0, the top and, when there is an odd count
 * and `yMiddle`, the middle; x at the marked value (the current budget) and at both ends unless they sit within `gap` (a
 * fraction of the axis) of the mark. Without a mark, x keeps both ends and every tick at least `gap` from both.
 */
export function projectorTicks(plot: LinePlot, mark?: number, gap = 0.14, yMiddle = true): Pick<LinePlot, 'xTicks' | 'yTicks'> {
  const ys = plot.yTicks;
  const mid = yMiddle && ys.length >= 3 && ys.length % 2 === 1 ? [ys[(ys.length - 1) / 2]] : [];
  const yTicks = ys.length <= 2 ? ys : [ys[0], ...mid, ys[ys.length - 1]];
  const ends = plot.xTicks.length ? [plot.xTicks[0], plot.xTicks[plot.xTicks.length - 1]] : [];
  if (mark !== undefined) {
    const f = xFraction(plot, mark);
    const far = ends.filter((tk) => Math.abs(tk.f - f) >= gap);
    return { yTicks, xTicks: [...far, { f, x: mark }].sort((a, b) => a.f - b.f) };
  }
  const inner = plot.xTicks.slice(1, -1).filter((tk) => ends.every((e) => Math.abs(e.f - tk.f) >= gap));
  const xTicks = [...new Map([...ends, ...inner].map((tk) => [tk.x, tk])).values()].sort((a, b) => a.f - b.f);
  return { yTicks, xTicks };
}
