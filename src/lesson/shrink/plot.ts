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
