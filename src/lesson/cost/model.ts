import type { ChapterModel } from '../../state/chapterModel';

/** Number formats a KV cache may be stored in, and their bytes per number. */
export const PRECISIONS = ['fp16', 'fp32', 'int8'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const BYTES: Record<Precision, number> = { fp16: 2, fp32: 4, int8: 1 };

/** How attention is computed: a standard kernel writes the S × S scores to memory; a fused one (FlashAttention) never does. */
export const KERNELS = ['standard', 'fused'] as const;
export type Kernel = (typeof KERNELS)[number];

/** Input bounds (inclusive) for the size fields. */
export const LIMITS = {
  S: [1, 1048576],
  d: [1, 1024],
  B: [1, 1024],
  N: [1, 256],
  L: [1, 512],
  T: [2, 64],
} as const;
/** Sequence lengths up to which the weight grid is drawn cell by cell (cells shrink to fit the width). */
export const GRID_MAX_T = 32;
/** Head dimension of the random sparsity example. */
export const SPARSITY_D = 16;
/** Largest "peakiness" factor of the random scores. */
export const MAX_PEAK = 8;
/** The thresholds of article 003 §5.2 (plus 0.1), offered as one-click choices. */
export const EPS_PRESETS = [0.1, 0.01, 0.001, 0.0001] as const;
export const MAX_SEED = 99999;

/** The cost chapter's inputs: model sizes for the counts, and the random attention matrix for sparsity. */
export type CostState = {
  S: number;
  d: number;
  B: number;
  N: number;
  L: number;
  precision: Precision;
  /** The attention kernel whose memory the memory step plots. */
  kernel: Kernel;
  T: number;
  peak: number;
  eps: number;
  seed: number;
};

/** Llama-2-7B-like sizes (32 layers, 32 heads of 128) at 4096 tokens; a 12-token random example. */
export const COST_DEFAULTS: CostState = { S: 4096, d: 128, B: 1, N: 32, L: 32, precision: 'fp16', kernel: 'standard', T: 12, peak: 2, eps: 0.01, seed: 1 };

export const costModel: ChapterModel<CostState> = {
  defaults: COST_DEFAULTS,
  fields: {
    S: { kind: 'int', min: LIMITS.S[0], max: LIMITS.S[1] },
    d: { kind: 'int', min: LIMITS.d[0], max: LIMITS.d[1] },
    B: { kind: 'int', min: LIMITS.B[0], max: LIMITS.B[1] },
    N: { kind: 'int', min: LIMITS.N[0], max: LIMITS.N[1] },
    L: { kind: 'int', min: LIMITS.L[0], max: LIMITS.L[1] },
    precision: { kind: 'enum', values: PRECISIONS },
    kernel: { kind: 'enum', values: KERNELS },
    T: { kind: 'int', min: LIMITS.T[0], max: LIMITS.T[1] },
    peak: { kind: 'num', min: 0, max: MAX_PEAK },
    eps: { kind: 'num', min: 1e-9, max: 0.999 },
    seed: { kind: 'int', min: 0, max: MAX_SEED },
  },
  check: () => null,
};

/** A new seed, different from the current one. */
export function nextSeed(seed: number): number {
  return (seed * 7919 + 104729) % (MAX_SEED + 1);
}

/** True when ε is usable as a threshold (0 < ε < 1). */
export function validEps(eps: number): boolean {
  return Number.isFinite(eps) && eps > 0 && eps < 1;
}
