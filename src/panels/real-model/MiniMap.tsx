import { useEffect, useRef } from 'react';
import { heatColour } from '../../lesson/colourScale';

/** Side of the drawn map in CSS px. */
const SIZE = 84;

/**
 * A small picture of a weights matrix (T, T) on the 0–1 viridis scale, masked cells left blank (hatched by
 * CSS); drawn on a canvas so 12 maps of 64 × 64 stay cheap. A picture only: the numbers are in the large
 * heatmap's table.
 */
export function MiniMap({ weights, masked }: { weights: readonly (readonly number[])[]; masked: readonly (readonly boolean[])[] }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas?.getContext('2d') ?? null;
    } catch {
      ctx = null; // no canvas (tests): the picture is decoration, the numbers are elsewhere
    }
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(SIZE * ratio);
    canvas.height = Math.round(SIZE * ratio);
    const T = weights.length;
    const cell = canvas.width / Math.max(1, T);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    weights.forEach((row, i) => {
      row.forEach((w, j) => {
        if (masked[i]?.[j]) return;
        ctx.fillStyle = heatColour(w, 0, 1).bg;
        ctx.fillRect(Math.floor(j * cell), Math.floor(i * cell), Math.ceil(cell), Math.ceil(cell));
      });
    });
  }, [weights, masked]);
  return <canvas ref={ref} className="rm-minimap" width={SIZE} height={SIZE} aria-hidden="true" />;
}
