/** Seeded pseudo-random numbers: mulberry32 for uniforms, Box–Muller for standard normals. */

/** A generator of uniform numbers in [0, 1) from a 32-bit seed; each call advances the state. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n independent standard normal numbers (mean 0, variance 1) from the uniform generator rand, by Box–Muller: (n). */
export function normals(rand: () => number, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const u1 = 1 - rand(); // in (0, 1]: log(u1) stays finite
    const u2 = rand();
    const r = Math.sqrt(-2 * Math.log(u1));
    out.push(r * Math.cos(2 * Math.PI * u2));
    if (out.length < n) out.push(r * Math.sin(2 * Math.PI * u2));
  }
  return out;
}

/** A (rows, cols) matrix of standard normal numbers drawn row by row from rand. */
export function randomNormalMat(rand: () => number, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => normals(rand, cols));
}
