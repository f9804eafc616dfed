/** Colours for numbers: one perceptually uniform sequential scale (viridis) for scores and weights. */
import { interpolateViridis } from 'd3-scale-chromatic';

/** Relative luminance of a #rrggbb or rgb(r, g, b) colour (WCAG 2 definition). */
function luminance(colour: string): number {
  const m = colour.startsWith('#')
    ? [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16))
    : (colour.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = m.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Background for value within [min, max] on viridis, and the text colour (black or white) with the higher contrast. */
export function heatColour(value: number, min: number, max: number): { bg: string; fg: string } {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5;
  const bg = interpolateViridis(t);
  const L = luminance(bg);
  const onBlack = (L + 0.05) / 0.05;
  const onWhite = 1.05 / (L + 0.05);
  return { bg, fg: onBlack >= onWhite ? '#000000' : '#ffffff' };
}

/** The finite range of a matrix (ignoring ±Infinity), or [0, 1] when nothing is finite. */
export function finiteRange(M: readonly (readonly number[])[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of M) for (const x of row) if (Number.isFinite(x)) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** n evenly spaced colours of the scale from low to high (for a legend's colour ramp). */
export function heatRamp(n = 9): string[] {
  return Array.from({ length: n }, (_, i) => heatColour(i, 0, n - 1).bg);
}
