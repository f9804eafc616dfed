import type { Mat, Vec } from '../types';

/**
 * RMSNorm (Zhang & Sennrich 2019, as in Llama): x / √(mean(x²) + ε) ⊙ weight, (d) -> (d).
 * Unlike LayerNorm it neither subtracts the mean nor adds a bias.
 */
export function rmsnorm(x: Vec, weight: Vec, eps: number): number[] {
  let ms = 0;
  for (const xi of x) ms += xi * xi;
  const inv = 1 / Math.sqrt(ms / x.length + eps); // 1 / root-mean-square
  return x.map((xi, i) => xi * inv * weight[i]); // (d)
}

/** rmsnorm on every row: (T, d) -> (T, d). */
export function rmsnormRows(X: Mat, weight: Vec, eps: number): number[][] {
  return X.map((x) => rmsnorm(x, weight, eps)); // (T, d)
}
