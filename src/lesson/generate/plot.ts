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
  box: { left: number; top: number; right: number; bottom: number };
  cached: { x: number; y: number }[];
  uncached: { x: number; y: number }[];
  xTicks: PlotTick[];
  yTicks: PlotTick[];
}

/** Lays out samples in a width × height SVG: x = position 0..N (linear), y = ms per token (log10). */
export function plotGeometry(samples: readonly BenchSample[], N: number, width = 560, height = 300): PlotGeometry {
  const box = { left: 92, top: 16, right: width - 16, bottom: height - 44 };
  const times = samples.flatMap((s) => (s.uncachedMs === null ? [s.cachedMs] : [s.cachedMs, s.uncachedMs])).filter((x) => x > 0);
  const lo = Math.floor(Math.log10(Math.min(...times, 1e-3)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...times, 1e-2))));
  const x = (pos: number) => box.left + ((box.right - box.left) * pos) / N;
  const y = (ms: number) => box.bottom - ((box.bottom - box.top) * (Math.log10(Math.max(ms, 10 ** lo)) - lo)) / (hi - lo);
  const yTicks: PlotTick[] = [];
  for (let e = lo; e <= hi; e++) yTicks.push({ at: y(10 ** e), label: fmtTick(10 ** e) });
  const xTicks: PlotTick[] = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ at: x(Math.round(f * N)), label: fmtInt(Math.round(f * N)) }));
  return {
    width,
    height,
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
