/** A log–log plot of counts against S, as SVG geometry computed from core counts (panels only draw it). */
import { type AttentionCost, attentionCost } from '../../core';
import { BYTES, type CostState } from './model';

export const PLOT_W = 560;
export const PLOT_H = 220;
/**
 * A phone's plot width: the 680-unit frame was drawn at ≈ 0.46–0.5 of its size there (its 16-unit text at 7–8 px);
 * 300 units plus margins (372) are drawn at ≈ 0.84–0.9, so the same text reads ≥ 13 px.
 */
export const PHONE_PLOT_W = 300;
/** Powers of two on the S axis: 2^4 … 2^20. */
const LOG2_MIN = 4;
const LOG2_MAX = 20;

export interface PlotSeries {
  name: string;
  /** SVG polyline points "x,y x,y …". */
  points: string;
  /** The series value at the current S and its position. */
  current: { value: number; x: number; y: number };
  /** Where the line ends (for its letter label). */
  end: { x: number; y: number };
  /** (S, value) at every plotted S, for the data table. */
  table: { S: number; value: number }[];
}

export interface Plot {
  /** The plot area's width (its height is PLOT_H) and the SVG's viewBox around it (room for the tick labels and line letters). */
  width: number;
  viewBox: string;
  /** The x axis title's centre. */
  titleX: number;
  series: PlotSeries[];
  xTicks: { S: number; x: number }[];
  /** Powers of ten on the y axis: 10^exp at height y. */
  yTicks: { exp: number; y: number }[];
  /** x of the current S (clamped to the axis). */
  currentX: number;
}

type Pick = (c: AttentionCost) => number;

/** Plots the chosen counts for S = 2^4 … 2^20 with the other sizes from the state; y is log10; narrower on a phone. */
export function costPlot(s: CostState, picks: { name: string; pick: Pick }[], phone = false): Plot {
  const W = phone ? PHONE_PLOT_W : PLOT_W;
  const left = phone ? 46 : 58;
  const sizes = { S: s.S, d: s.d, B: s.B, N: s.N, L: s.L, bytes: BYTES[s.precision] };
  const Ss = Array.from({ length: LOG2_MAX - LOG2_MIN + 1 }, (_, i) => 2 ** (LOG2_MIN + i));
  const costs = Ss.map((S) => attentionCost({ ...sizes, S }));
  const now = attentionCost(sizes);
  const all = picks.flatMap((p) => [...costs.map(p.pick), p.pick(now)]);
  const lo = Math.floor(Math.log10(Math.min(...all)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...all))));
  const x = (S: number) => ((Math.min(LOG2_MAX, Math.max(LOG2_MIN, Math.log2(S))) - LOG2_MIN) / (LOG2_MAX - LOG2_MIN)) * W;
  const y = (v: number) => PLOT_H - ((Math.log10(v) - lo) / (hi - lo)) * PLOT_H;
  const step = Math.max(1, Math.ceil((hi - lo) / 6));
  const yTicks: { exp: number; y: number }[] = [];
  for (let e = lo; e <= hi; e += step) yTicks.push({ exp: e, y: y(10 ** e) });
  return {
    width: W,
    titleX: W / 2,
    viewBox: `${-left} -22 ${W + left + (phone ? 26 : 62)} ${PLOT_H + 66}`,
    series: picks.map((p) => ({
      name: p.name,
      points: costs.map((c, i) => `${x(Ss[i])},${y(p.pick(c))}`).join(' '),
      current: { value: p.pick(now), x: x(s.S), y: y(p.pick(now)) },
      end: { x: W, y: y(p.pick(costs[costs.length - 1])) },
      table: costs.map((c, i) => ({ S: Ss[i], value: p.pick(c) })),
    })),
    xTicks: Ss.filter((_, i) => i % 4 === 0).map((S) => ({ S, x: x(S) })),
    yTicks,
    currentX: x(s.S),
  };
}

