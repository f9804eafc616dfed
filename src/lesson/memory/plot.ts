/**
 * Geometry of the cache-size plot (pure): where each point, tick, GPU line, vertical marker and label
 * goes in an SVG box. Labels are laid out so they never overlap each other or the curves: GPU labels sit
 * in the right margin (the curves end at the plot's right edge), stacked apart vertically; the labels of
 * vertical markers (your T, the context limit, the sliding window) sit in rows above the plot.
 */
import type { Curve } from './derive';
import { PLOT_TOKENS } from './derive';

const GIB = 1024 ** 3;
/** Font size of plot labels in viewBox units (the default; projector mode draws at 24, unscaled). */
export const LABEL_PX = 11;

export interface PlotBox {
  width: number;
  /** Height of the plot area itself (the marker-label rows are added above it). */
  plotHeight: number;
  left: number;
  /** Room for the GPU labels right of the plot area. */
  right: number;
  bottom: number;
}

/** A horizontal reference line: a GPU's memory in GiB and its label. */
export interface GpuInput {
  id: string;
  gib: number;
  label: string;
}

/** A vertical marker at a context length, with its label. */
export interface MarkerInput {
  id: 'T' | 'context' | 'window';
  tokens: number;
  label: string;
}

export interface PlotGeometry {
  /** Total viewBox size: the box's width, widened when a GPU label needs more room; height = marker rows + plot + axis. */
  width: number;
  height: number;
  /** The plot area: x from `left` to `right`, y from `top` to `bottom`. */
  area: { left: number; right: number; top: number; bottom: number };
  curves: { id: Curve['id']; kvHeads: number; points: { x: number; y: number; gib: number }[] }[];
  xTicks: { x: number; tokens: number }[];
  yTicks: { y: number; gib: number }[];
  /** GPU lines (only those inside the y range), with their label position (moved apart when lines are close). */
  gpus: { id: string; y: number; gib: number; label: string; labelX: number; labelY: number }[];
  /** Vertical markers; x clamped to the axis (clamped: which side it left); labels in non-overlapping rows. */
  markers: { id: MarkerInput['id']; x: number; tokens: number; clamped: 'left' | 'right' | null; label: string; labelX: number; labelY: number; width: number }[];
  /** The chosen T on the model's curve (its own cache size there), or null when T is off the axis. */
  dot: { x: number; y: number } | null;
}

/** Estimated width of a label in viewBox units: CJK characters are about 1 em wide, others at most about 0.66 em. */
export function labelWidth(text: string, px = LABEL_PX): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.66;
  return w;
}

/** x of a token count on the doubling axis 1K … 1M (log2), unclamped. */
function xRaw(tokens: number, left: number, right: number): number {
  const f = Math.log2(tokens / PLOT_TOKENS[0]) / Math.log2(PLOT_TOKENS[PLOT_TOKENS.length - 1] / PLOT_TOKENS[0]);
  return left + (right - left) * f;
}

/** Places labels [x − w/2, x + w/2] (kept inside [lo, hi]) into the first row where they overlap no other, -> row per label. */
export function stackRows(items: readonly { x: number; width: number }[], lo: number, hi: number, gap = 6): { row: number; start: number }[] {
  const rows: { start: number; end: number }[][] = [];
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.x - b.x);
  const out: { row: number; start: number }[] = new Array(items.length);
  for (const it of order) {
    const start = Math.min(Math.max(lo, it.x - it.width / 2), Math.max(lo, hi - it.width));
    const end = start + it.width;
    let row = rows.findIndex((r) => r.every((s) => end + gap <= s.start || start >= s.end + gap));
    if (row === -1) {
      rows.push([]);
      row = rows.length - 1;
    }
    rows[row].push({ start, end });
    out[it.i] = { row, start };
  }
  return out;
}

/** Moves label centres apart (sorted top to bottom) so neighbours are at least `gap` apart, staying near their lines. */
export function spreadY(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  const out: number[] = new Array(ys.length);
  order.forEach((o, k) => {
    out[o.i] = placed[k];
  });
  return out;
}

/** Maps sizes to SVG coordinates: x doubles per step; y is log10 or linear in GiB; lays out every label (font size labelPx, rows 1.3 × that apart). */
export function plotGeometry(
  curves: readonly Curve[],
  gpus: readonly GpuInput[],
  markers: readonly MarkerInput[],
  scale: 'log' | 'linear',
  box: PlotBox,
  dotBytes: number | null = null,
  labelPx: number = LABEL_PX,
): PlotGeometry {
  const LINE = Math.round(labelPx * 1.3);
  const left = box.left;
  const right = box.width - box.right;
  // Marker labels first: their rows decide how much room the plot needs above it.
  const xs = markers.map((m) => Math.min(right, Math.max(left, xRaw(m.tokens, left, right))));
  const widths = markers.map((m) => labelWidth(m.label, labelPx));
  const rows = stackRows(xs.map((x, i) => ({ x, width: widths[i] })), 0, box.width);
  const rowCount = rows.reduce((n, r) => Math.max(n, r.row + 1), 0);
  const top = Math.round(labelPx / 2) + LINE * rowCount + (rowCount > 0 ? Math.max(4, labelPx / 2 - 2) : 0);
  const bottom = top + box.plotHeight;

  const all = curves.flatMap((c) => c.bytes.map((b) => b / GIB));
  const hi = Math.max(...all, ...gpus.map((g) => g.gib)) * 1.15;
  const lo = Math.min(...all);
  const logLo = Math.floor(Math.log10(lo));
  const logHi = Math.ceil(Math.log10(hi));
  const yOf = (gib: number): number => {
    const f = scale === 'log' ? (Math.log10(gib) - logLo) / (logHi - logLo) : gib / hi;
    return top + box.plotHeight * (1 - f);
  };
  const xOf = (i: number) => left + ((right - left) * i) / (PLOT_TOKENS.length - 1);
  const yTicks =
    scale === 'log'
      ? Array.from({ length: logHi - logLo + 1 }, (_, k) => 10 ** (logLo + k))
      : Array.from({ length: 6 }, (_, k) => niceStep(hi / 5) * k).filter((g) => g <= hi);
  const shown = gpus.map((g) => ({ ...g, y: yOf(g.gib) })).filter((g) => g.y >= top && g.y <= bottom);
  const labelYs = spreadY(
    shown.map((g) => g.y + labelPx / 3),
    LINE,
  );
  const firstT = PLOT_TOKENS[0];
  const lastT = PLOT_TOKENS[PLOT_TOKENS.length - 1];
  const tMarker = markers.find((m) => m.id === 'T');
  const widest = Math.max(0, ...shown.map((g) => labelWidth(g.label, labelPx)));
  // GPU labels start clear of the curves' end markers (drawn as glyphs of the label size).
  const pad = Math.max(6, Math.round(labelPx * 0.6));
  return {
    width: Math.max(box.width, right + pad + widest + 4),
    height: bottom + box.bottom,
    area: { left, right, top, bottom },
    curves: curves.map((c) => ({ id: c.id, kvHeads: c.kvHeads, points: c.bytes.map((b, i) => ({ x: xOf(i), y: yOf(b / GIB), gib: b / GIB })) })),
    xTicks: PLOT_TOKENS.map((tokens, i) => ({ x: xOf(i), tokens })),
    yTicks: yTicks.map((gib) => ({ y: yOf(gib), gib })),
    gpus: shown.map((g, i) => ({ id: g.id, y: g.y, gib: g.gib, label: g.label, labelX: right + pad, labelY: labelYs[i] })),
    markers: markers.map((m, i) => ({
      id: m.id,
      x: xs[i],
      tokens: m.tokens,
      clamped: m.tokens < firstT ? 'left' : m.tokens > lastT ? 'right' : null,
      label: m.label,
      labelX: rows[i].start,
      labelY: Math.round(labelPx / 2) + LINE * (rows[i].row + 1) - 3,
      width: widths[i],
    })),
    dot:
      tMarker && dotBytes !== null && dotBytes > 0 && tMarker.tokens >= firstT && tMarker.tokens <= lastT
        ? { x: xRaw(tMarker.tokens, left, right), y: yOf(dotBytes / GIB) }
        : null,
  };
}

/** A round tick step (1, 2 or 5 × 10^k) not smaller than raw. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

/** "1K", "64K", "1M" for a token count that is a power-of-two multiple of 1024. */
export function tokensLabel(tokens: number): string {
  return tokens >= 1024 * 1024 ? `${tokens / (1024 * 1024)}M` : `${tokens / 1024}K`;
}
