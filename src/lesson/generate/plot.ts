/** Geometry of the benchmark plot (time per token against position, log time axis), from the report's numbers. */
import { fmtInt, fmtTick } from '../format';
import type { BenchSample } from './bench';

export interface PlotTick {
  at: number;
  label: string;
}

/** Everything the SVG needs: plot box, both polylines, point marks and tick positions with labels. */
export interface PlotGeometry {
  width: number;
  height: number;
  /** Text size of ticks and axis labels (SVG units); the margins grow with it. */
  text: number;
  /** Where the y-axis label sits: rotated along the axis (normal view), or level above it (a slide's short plot). */
  yLabel: { x: number; y: number; rotate: boolean };
  box: { left: number; top: number; right: number; bottom: number };
  cached: { x: number; y: number }[];
  uncached: { x: number; y: number }[];
  xTicks: PlotTick[];
  yTicks: PlotTick[];
}

/**
 * Lays out samples in a width × height SVG: x = position 0..N (linear), y = ms per token (log10). `text` is the
 * size of its labels in SVG units (16; 24 on a slide): the left and bottom margins that hold them grow with it.
 */
export function plotGeometry(samples: readonly BenchSample[], N: number, width = 560, height = 300, text = 16): PlotGeometry {
  const k = text / 16;
  // A plot shorter than its rotated y label would be (≈ 12 characters) writes the label level, above the axis.
  const level = height - 60 * k < 12 * text * 0.6;
  const box = level
    ? { left: Math.round(64 * k), top: Math.round(40 * k), right: width - Math.round(24 * k), bottom: height - Math.round(44 * k) }
    : { left: Math.round(92 * k), top: Math.round(16 * k), right: width - Math.round(24 * k), bottom: height - Math.round(44 * k) };
  const times = samples.flatMap((s) => (s.uncachedMs === null ? [s.cachedMs] : [s.cachedMs, s.uncachedMs])).filter((x) => x > 0);
  const lo = Math.floor(Math.log10(Math.min(...times, 1e-3)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...times, 1e-2))));
  const x = (pos: number) => box.left + ((box.right - box.left) * pos) / N;
  const y = (ms: number) => box.bottom - ((box.bottom - box.top) * (Math.log10(Math.max(ms, 10 ** lo)) - lo)) / (hi - lo);
  const yTicks: PlotTick[] = [];
  // Every decade gets a grid line; a label only every other one when a decade is too short to hold one without crowding.
  const every = (box.bottom - box.top) / (hi - lo) < 1.5 * text ? 2 : 1;
  for (let e = lo; e <= hi; e++) yTicks.push({ at: y(10 ** e), label: (hi - e) % every === 0 ? fmtTick(10 ** e) : '' });
  const xTicks: PlotTick[] = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ at: x(Math.round(f * N)), label: fmtInt(Math.round(f * N)) }));
  return {
    width,
    height,
    text,
    yLabel: level ? { x: 4, y: Math.round(text * 1.1), rotate: false } : { x: Math.round(14 * k), y: (box.top + box.bottom) / 2, rotate: true },
    box,
    cached: samples.map((s) => ({ x: x(s.pos), y: y(s.cachedMs) })),
    uncached: samples.filter((s) => s.uncachedMs !== null).map((s) => ({ x: x(s.pos), y: y(s.uncachedMs as number) })),
    xTicks,
    yTicks,
  };
}

/** SVG polyline points "x,y x,y …". */
export function polyline(points: readonly { x: number; y: number }[]): string {
  return points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
