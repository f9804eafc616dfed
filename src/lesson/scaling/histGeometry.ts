/** SVG geometry for the histograms, from the numbers derive computed (panels only place what this returns). */

/** The drawing area in viewBox units. */
export const HIST_W = 600;
export const HIST_H = 120;

export interface HistBar {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Bars for counts over shared edges. Histograms that are compared share one count axis: heights
 * are relative to the largest count of every set in `compared` (which includes `counts`).
 */
export function histBars(edges: readonly number[], counts: readonly number[], compared: readonly (readonly number[])[] = [counts]): HistBar[] {
  const lo = edges[0];
  const span = edges[edges.length - 1] - lo;
  const top = Math.max(1, ...compared.flat());
  return counts.map((c, i) => {
    const x = ((edges[i] - lo) / span) * HIST_W;
    const w = ((edges[i + 1] - edges[i]) / span) * HIST_W;
    const h = (c / top) * HIST_H;
    return { x, y: HIST_H - h, w, h };
  });
}

/** The x position of value v on the shared axis over [edges[0], edges[last]], clamped to the drawing area. */
export function xOf(edges: readonly number[], v: number): number {
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  return Math.min(HIST_W, Math.max(0, ((v - lo) / (hi - lo)) * HIST_W));
}

/** Axis ticks every 20 units inside [−range, range], with their x positions. */
export function histTicks(range: number): { value: number; x: number }[] {
  const top = Math.floor(range / 20) * 20;
  const ticks: { value: number; x: number }[] = [];
  for (let v = -top; v <= top; v += 20) ticks.push({ value: v, x: ((v + range) / (2 * range)) * HIST_W });
  return ticks;
}

/** The frame of one histogram: tick label size (viewBox units, or null: the stylesheet's), their baseline, and the viewBox. */
export interface HistFrame {
  font: number | null;
  tickY: number;
  viewBox: string;
}

/**
 * The histogram's frame. A phone draws the 620-unit viewBox at ≈ 0.57 of its size, so its tick labels are
 * 28 units there (≈ 16 px on screen; "−80" is ≈ 45 units wide, the ticks 75 apart) with room under the axis.
 */
export function histFrame(phone: boolean): HistFrame {
  const font = phone ? 28 : 16;
  return { font: phone ? font : null, tickY: HIST_H + font, viewBox: `-10 -4 ${HIST_W + 20} ${HIST_H + font + 10}` };
}
