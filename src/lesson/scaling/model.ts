import type { ChapterModel } from '../../state/chapterModel';

/** Bounds of the key/query length d_k offered by the chapter. */
export const MIN_DK = 1;
export const MAX_DK = 512;
/** Largest seed a re-roll produces (and a link may carry). */
export const MAX_SEED = 99999;
/** How many random dot products the histogram shows. */
export const SAMPLES = 2000;
/** Keys in the one softmax row of the saturation step. */
export const ROW_KEYS = 8;
/** The d_k values of the article's table. */
export const ARTICLE_DKS = [64, 128, 256] as const;

/** The scaling chapter's inputs: the length d_k and the seed of the random q and k. */
export type ScalingState = {
  dk: number;
  seed: number;
};

export const SCALING_DEFAULTS: ScalingState = { dk: 64, seed: 1 };

export const scalingModel: ChapterModel<ScalingState> = {
  defaults: SCALING_DEFAULTS,
  fields: {
    dk: { kind: 'int', min: MIN_DK, max: MAX_DK },
    seed: { kind: 'int', min: 0, max: MAX_SEED },
  },
  check: () => null,
};

/** A new seed, different from the current one (the only randomness outside the seeded core). */
export function nextSeed(seed: number): number {
  return (seed * 7919 + 104729) % (MAX_SEED + 1);
}
