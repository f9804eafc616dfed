/**
 * What our tiny model shows, in the terms the CacheBlend paper reports (Yao et al., EuroSys 2025): how
 * concentrated the KV deviation is (paper Fig. 7), how many tokens bring back the full prefill's answer
 * (Fig. 16) and what that costs (§4.2), next to naive reuse.
 */
import { type CurvePoint, recoveredAt } from './derive';
import type { BlendMask } from './model';

/** The smallest share of rows whose scores add up to `mass` of the total (0 when every score is 0): (N) -> 0..1. */
export function concentration(score: readonly number[], mass = 0.8): number {
  const total = score.reduce((a, b) => a + b, 0);
  if (total === 0 || score.length === 0) return 0;
  const sorted = [...score].sort((a, b) => b - a);
  let acc = 0;
  for (let i = 0; i < sorted.length; i++) {
    acc += sorted[i];
    if (acc >= mass * total - 1e-12) return (i + 1) / score.length;
  }
  return 1;
}

/** Our model's figures for the comparison table. */
export interface Findings {
  /** Share of context tokens carrying 80 % of the check layer's deviation score. */
  concentrated: number;
  /** Fewest recomputed tokens (from which on every larger k also holds) keeping the full prefill's top word with KL < 0.05. */
  recovered: { k: number; share: number; macsShare: number; kl: number };
  /** KL of naive reuse (r = 0). */
  naiveKl: number;
}

/** The figures for one prompt, with the mask in use. */
export function findings(curve: readonly CurvePoint[], score: readonly number[], mask: BlendMask): Findings {
  const k = recoveredAt(curve, mask);
  const N = curve.length - 1;
  return {
    concentrated: concentration(score),
    recovered: { k, share: N === 0 ? 0 : k / N, macsShare: curve[k].macsShare, kl: curve[k].kl[mask] },
    naiveKl: curve[0].kl[mask],
  };
}
