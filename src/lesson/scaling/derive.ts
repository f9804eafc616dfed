import { argmax, attend, dotBound, dotPrefixes, dotsAt, entropy, extent, histogram, meanStd, mulberry32, randomNormalMat, scaleVec } from '../../core';
import { ARTICLE_DKS, MAX_DK, ROW_KEYS, SAMPLES, type ScalingState } from './model';

/** Spread of a set of dot products. */
export interface Spread {
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** Every number of the spread step: SAMPLES random dot products with and without ÷√d_k, and their histograms. */
export interface SpreadNumbers {
  dk: number;
  sqrtDk: number;
  unscaled: Spread;
  scaled: Spread;
  /** Shared bin edges (BINS + 1) over [−range, range] and the counts of each set. */
  edges: number[];
  countsUnscaled: number[];
  countsScaled: number[];
  outsideUnscaled: number;
  range: number;
}

/** One row of the article's table, computed: bounds for entries in [−1, 1] and the measured typical spread. */
export interface RangeRow {
  dk: number;
  bound: number;
  boundScaled: number;
  sqrtDk: number;
  measured: Spread;
  measuredScaled: Spread;
}

/** One softmax row over ROW_KEYS random keys, with and without scaling. */
export interface RowNumbers {
  scoresRaw: number[];
  scoresScaled: number[];
  weightsRaw: number[];
  weightsScaled: number[];
  maxRaw: number;
  maxScaled: number;
  /** Which key has the largest weight without and with scaling (its stage cell is the same number). */
  maxRawAt: number;
  maxScaledAt: number;
  entropyRaw: number;
  entropyScaled: number;
  /** ln ROW_KEYS: the entropy of an even split. */
  entropyMax: number;
}

export type Result<T> = { ok: true; n: T } | { ok: false; detail: string };

/** Histogram bins across the shared axis. */
export const BINS = 48;
/** Half-width of the shared, fixed axis: 4·√(largest d_k), so every setting fits. */
export const HIST_RANGE = 4 * Math.sqrt(MAX_DK);

let pool: { seed: number; prefixes: Float64Array[] } | null = null;

/** The seed's SAMPLES random pairs at every length up to MAX_DK (drawn once per seed, so moving d_k is instant). */
function prefixesFor(seed: number): Float64Array[] {
  if (pool?.seed !== seed) pool = { seed, prefixes: dotPrefixes(seed, SAMPLES, MAX_DK) };
  return pool.prefixes;
}

function spreadOf(x: number[]): Spread {
  return { ...meanStd(x), ...extent(x) };
}

function guard<T>(f: () => T): Result<T> {
  try {
    return { ok: true, n: f() };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** SAMPLES dot products of random unit-variance q, k cut to length d_k; scaled = unscaled / √d_k. */
export function deriveSpread(s: ScalingState): Result<SpreadNumbers> {
  return guard(() => {
    const sqrtDk = Math.sqrt(s.dk);
    const dots = dotsAt(prefixesFor(s.seed), s.dk); // (SAMPLES): the same pairs, cut to length d_k
    const scaled = scaleVec(dots, 1 / sqrtDk); // (SAMPLES)
    const range = HIST_RANGE; // fixed, so a larger d_k visibly widens the unscaled set
    const hu = histogram(dots, -range, range, BINS);
    const hs = histogram(scaled, -range, range, BINS);
    return {
      dk: s.dk,
      sqrtDk,
      unscaled: spreadOf(dots),
      scaled: spreadOf(scaled),
      edges: hu.edges,
      countsUnscaled: hu.counts,
      countsScaled: hs.counts,
      outsideUnscaled: hu.outside,
      range,
    };
  });
}

/** The article's table rows (d_k = 64, 128, 256, plus the current d_k if different), computed from the seed. */
export function deriveRanges(seed: number, currentDk: number): Result<RangeRow[]> {
  return guard(() => {
    const dks: number[] = [...ARTICLE_DKS];
    if (!dks.includes(currentDk)) dks.push(currentDk);
    return dks.map((dk) => {
      const sqrtDk = Math.sqrt(dk);
      const dots = dotsAt(prefixesFor(seed), dk);
      return {
        dk,
        bound: dotBound(dk),
        boundScaled: dotBound(dk) / sqrtDk,
        sqrtDk,
        measured: spreadOf(dots),
        measuredScaled: spreadOf(scaleVec(dots, 1 / sqrtDk)),
      };
    });
  });
}

/** One query against ROW_KEYS random keys of length d_k: weights with and without ÷√d_k, largest weight, entropy. */
export function deriveRow(s: ScalingState): Result<RowNumbers> {
  return guard(() => {
    const q = randomNormalMat(mulberry32(s.seed + 1), 1, s.dk); // (1, d_k)
    const K = randomNormalMat(mulberry32(s.seed + 2), ROW_KEYS, s.dk); // (ROW_KEYS, d_k)
    const raw = attend(q, K, K, { scale: false }); // weights (1, ROW_KEYS)
    const scaled = attend(q, K, K); // weights (1, ROW_KEYS)
    const wr = raw.weights[0];
    const ws = scaled.weights[0];
    const [maxRawAt, maxScaledAt] = [argmax(wr), argmax(ws)];
    return {
      scoresRaw: raw.scaled[0],
      scoresScaled: scaled.scaled[0],
      weightsRaw: wr,
      weightsScaled: ws,
      maxRaw: wr[maxRawAt],
      maxScaled: ws[maxScaledAt],
      maxRawAt,
      maxScaledAt,
      entropyRaw: entropy(wr),
      entropyScaled: entropy(ws),
      entropyMax: entropy(new Array<number>(ROW_KEYS).fill(1 / ROW_KEYS)),
    };
  });
}

/** Bucket edges for the predict question "how large is the largest weight?". */
export const WEIGHT_BUCKETS = [0.25, 0.5, 0.9] as const;

/** Index of the bucket a weight falls in: 0 (< 0.25), 1 (< 0.5), 2 (< 0.9), 3 (≥ 0.9). */
export function weightBucket(w: number): number {
  const i = WEIGHT_BUCKETS.findIndex((edge) => w < edge);
  return i === -1 ? WEIGHT_BUCKETS.length : i;
}
