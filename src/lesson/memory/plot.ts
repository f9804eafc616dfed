/** Geometry of the cache-size plot (pure): where each point, tick and GPU line goes in an SVG box. */
import type { Curve } from './derive';
import { PLOT_TOKENS } from './derive';

const GIB = 1024 ** 3;

export interface PlotBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlotGeometry {
  curves: { id: Curve['id']; kvHeads: number; points: { x: number; y: number; gib: number }[] }[];
  xTicks: { x: number; tokens: number }[];
  yTicks: { y: number; gib: number }[];
  gpus: { y: number; bytes: number; gb: number; visible: boolean }[];
}

/** Maps sizes to SVG coordinates: x doubles per step; y is log10 or linear in GiB. */
export function plotGeometry(curves: readonly Curve[], gpuBytes: readonly number[], scale: 'log' | 'linear', box: PlotBox): PlotGeometry {
  const all = curves.flatMap((c) => c.bytes.map((b) => b / GIB));
  const gpus = gpuBytes.map((b) => b / GIB);
  const hi = Math.max(...all, ...gpus) * 1.15;
  const lo = Math.min(...all);
  const innerW = box.width - box.left - box.right;
  const innerH = box.height - box.top - box.bottom;
  const logLo = Math.floor(Math.log10(lo));
  const logHi = Math.ceil(Math.log10(hi));
  const yOf = (gib: number): number => {
    const f = scale === 'log' ? (Math.log10(gib) - logLo) / (logHi - logLo) : gib / hi;
    return box.top + innerH * (1 - f);
  };
  const xOf = (i: number) => box.left + (innerW * i) / (PLOT_TOKENS.length - 1);
  const yTicks =
    scale === 'log'
      ? Array.from({ length: logHi - logLo + 1 }, (_, k) => 10 ** (logLo + k))
      : Array.from({ length: 6 }, (_, k) => niceStep(hi / 5) * k).filter((g) => g <= hi);
  return {
    curves: curves.map((c) => ({ id: c.id, kvHeads: c.kvHeads, points: c.bytes.map((b, i) => ({ x: xOf(i), y: yOf(b / GIB), gib: b / GIB })) })),
    xTicks: PLOT_TOKENS.map((tokens, i) => ({ x: xOf(i), tokens })),
    yTicks: yTicks.map((gib) => ({ y: yOf(gib), gib })),
    gpus: gpuBytes.map((bytes) => {
      const y = yOf(bytes / GIB);
      return { y, bytes, gb: bytes / 1e9, visible: y >= box.top && y <= box.top + innerH };
    }),
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
