/**
 * Geometry of the trade-off plot: x = context tokens recomputed (k of N, r = k/N, linear 0..N); two panels
 * stacked on that shared x axis — the output error KL(full ‖ CacheBlend) in nats and the mean relative K/V
 * deviation — each with a drawn zero line (both are ≥ 0) and one line per mask. Pure numbers for the SVG.
 */
import { fmtInt, fmtPercent, fmtTick } from '../format';
import type { BlendMask } from './model';
import type { CurvePoint } from './derive';

export interface Tick {
  at: number;
  label: string;
}

/** One panel: its box, y ticks and one polyline per mask. */
export interface CurvePanel {
  top: number;
  bottom: number;
  yMax: number;
  yTicks: Tick[];
  lines: Record<BlendMask, { x: number; y: number }[]>;
}

export interface CurveGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  xTicks: Tick[];
  /** Under each x tick: the multiply-adds of that k as a share of the full prefill's. */
  costTicks: Tick[];
  kl: CurvePanel;
  /** The deviation panel, or null when only the KL panel is drawn (projector mode). */
  dev: CurvePanel | null;
  /** x of every k (0..N). */
  xs: number[];
  /** Text size the margins were laid out for (px). */
  font: number;
}

/** A "nice" axis top ≥ v: 1, 2 or 5 × 10^e (at least `floor`). */
export function niceMax(v: number, floor: number): number {
  const m = Math.max(v, floor);
  const e = Math.floor(Math.log10(m));
  for (const f of [1, 2, 5, 10]) if (f * 10 ** e >= m) return f * 10 ** e;
  return 10 ** (e + 1);
}

/** A phone's frame: about the column's width (≈ 340 px at 390), so the plot is drawn at ≈ 1:1 and its 13-unit text reads ≈ 13 px (a 560-unit plot shrank it to 7 px). */
export const PHONE_CURVE = { width: 340, height: 290, font: 13 } as const;

/** Lays out the curve in a width × height SVG. */
export function curveGeometry(curve: readonly CurvePoint[], width = 560, height = 250, font = 12, klOnly = false): CurveGeometry {
  const left = 4 * font;
  const right = width - 2.6 * font;
  const N = curve.length - 1;
  const x = (k: number) => left + ((right - left) * k) / Math.max(1, N);
  const gap = 2.5 * font;
  const top = 1.7 * font;
  const bottomAxis = height - 3.2 * font;
  const half = klOnly ? bottomAxis - top : (bottomAxis - top - gap) / 2;
  const panel = (top: number, values: (p: CurvePoint, m: BlendMask) => number, floor: number): CurvePanel => {
    const bottom = top + half;
    const yMax = niceMax(Math.max(...curve.flatMap((p) => [values(p, 'bottom-right'), values(p, 'causal')])), floor);
    const y = (v: number) => bottom - ((bottom - top) * Math.min(v, yMax)) / yMax;
    const line = (m: BlendMask) => curve.map((p) => ({ x: x(p.k), y: y(values(p, m)) }));
    return { top, bottom, yMax, yTicks: [0, yMax / 2, yMax].map((v) => ({ at: y(v), label: fmtTick(v) })), lines: { 'bottom-right': line('bottom-right'), causal: line('causal') } };
  };
  const ks = [...new Set([0, Math.round(N / 4), Math.round(N / 2), Math.round((3 * N) / 4), N])];
  return {
    width,
    height,
    left,
    right,
    xTicks: ks.map((k) => ({ at: x(k), label: fmtInt(k) })),
    costTicks: ks.map((k) => ({ at: x(k), label: fmtPercent(curve[k].macsShare) })),
    kl: panel(top, (p, m) => p.kl[m], 0.01),
    dev: klOnly ? null : panel(top + half + gap, (p, m) => p.dev[m], 0.01),
    xs: curve.map((p) => x(p.k)),
    font,
  };
}
