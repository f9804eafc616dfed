/**
 * The live decode benchmark as a generator of small units of work: the caller (a Web Worker, or
 * the main thread with a pause between units) drives it and can stop between any two units.
 */
import {
  benchCachedStep,
  benchUncachedStep,
  cachedStepMacs,
  createBenchCache,
  createBenchModel,
  createBenchScratch,
  decodeMacsTotal,
  extrapolateByMacs,
  uncachedStepMacs,
} from '../../core';

/** Time per token (ms) at one position T, both paths. */
export interface BenchSample {
  pos: number;
  cachedMs: number;
  uncachedMs: number | null;
}

/** What a finished run reports. */
export interface BenchReport {
  N: number;
  d: number;
  samples: BenchSample[];
  /** Wall time of generating all N tokens with the cache (measured, every step). */
  cachedTotalMs: number;
  /** Without a cache: measured over every step when N ≤ fullLimit, otherwise extrapolated from the samples by MACs. */
  uncachedTotalMs: number;
  uncachedExtrapolated: boolean;
  speedup: number;
  /** uncached / cached time per token at the last position. */
  speedupLast: number;
}

/** Progress after a unit of work: fraction 0..1 of the planned multiply-adds, and the samples so far. */
export interface BenchProgress {
  fraction: number;
  phase: 'cached' | 'uncached' | 'full';
  samples: BenchSample[];
}

export interface BenchOptions {
  samples?: number;
  /** Repeat a timed step until at least this many ms have passed (timer resolution in browsers is ~0.1 ms). */
  minMs?: number;
  /** Up to this N the uncached path is also run over every step. */
  fullLimit?: number;
  seed?: number;
}

/** Steps slower than this (ms) are timed in one batch only. */
const SLOW_STEP_MS = 50;

/** Positions 1..N where both paths are timed: `count` evenly spaced, always including N. */
export function samplePositions(N: number, count: number): number[] {
  const out = new Set<number>();
  for (let k = 1; k <= count; k++) out.add(Math.max(1, Math.round((k * N) / count)));
  return [...out].sort((a, b) => a - b);
}

/** Runs the benchmark for N tokens of width d, yielding progress after each unit, returning the report. */
export function* runBench(N: number, d: number, now: () => number, opts: BenchOptions = {}): Generator<BenchProgress, BenchReport> {
  const { samples: count = 16, minMs = 4, fullLimit = 256, seed = 42 } = opts;
  const dims = { d_model: d, d_k: d, d_v: d };
  const m = createBenchModel(N, d, seed);
  const cache = createBenchCache(m);
  const scratch = createBenchScratch(m);
  const out = new Float64Array(d);
  const positions = samplePositions(N, count);
  const sampled = positions.reduce((a, p) => a + uncachedStepMacs(p, dims), 0);
  const full = N <= fullLimit ? decodeMacsTotal(1, N, dims, false) : 0;
  const planned = decodeMacsTotal(1, N, dims, true) + sampled + full;
  let done = 0;
  const samples: BenchSample[] = [];
  /** ms per step: repeat until minMs have passed; for quick steps take the fastest of 3 such batches (least disturbed). */
  const timeRepeated = (step: () => void): number => {
    let best = Infinity;
    for (let batch = 0; batch < 3; batch++) {
      let reps = 0;
      const t0 = now();
      let elapsed = 0;
      do {
        step();
        reps++;
        elapsed = now() - t0;
      } while (elapsed < minMs && reps < 100_000);
      best = Math.min(best, elapsed / reps);
      if (best > SLOW_STEP_MS) break; // a slow step is measured well enough once
    }
    return best;
  };

  // Warm-up on a small model, so the JIT has compiled both loops before anything is timed.
  const wm = createBenchModel(Math.min(N, 32), d, seed + 1);
  const wc = createBenchCache(wm);
  const ws = createBenchScratch(wm);
  for (let t = 1; t <= wm.N; t++) {
    benchCachedStep(wm, wc, out);
    benchUncachedStep(wm, t, ws, out);
  }

  // Phase 1: generate all N tokens with the cache, in chunks; time each sample position on its own too.
  let cachedTotalMs = 0;
  const chunk = Math.max(64, Math.ceil(N / 32)); // chunks long enough for a coarse timer
  while (cache.length < N) {
    const start = cache.length;
    const t0 = now();
    const end = Math.min(N, start + chunk);
    while (cache.length < end) {
      benchCachedStep(m, cache, out);
      done += cachedStepMacs(cache.length, dims);
    }
    cachedTotalMs += now() - t0;
    for (const p of positions) {
      if (p > start && p <= end) {
        const keep = cache.length;
        const cachedMs = timeRepeated(() => {
          cache.length = p - 1; // overwrite row p − 1 again: the same step at length p
          benchCachedStep(m, cache, out);
        });
        cache.length = keep;
        samples.push({ pos: p, cachedMs, uncachedMs: null });
      }
    }
    yield { fraction: Math.min(1, done / planned), phase: 'cached', samples: [...samples] };
  }

  // Phase 2: the uncached step at each sample position (one step at T = 4096 is about a second).
  for (const s of samples) {
    s.uncachedMs = timeRepeated(() => benchUncachedStep(m, s.pos, scratch, out));
    done += uncachedStepMacs(s.pos, dims);
    yield { fraction: Math.min(1, done / planned), phase: 'uncached', samples: samples.map((x) => ({ ...x })) };
  }

  // Phase 3: for small N, really generate every token without a cache; otherwise extrapolate.
  let uncachedTotalMs: number;
  if (full > 0) {
    uncachedTotalMs = 0;
    for (let T = 1; T <= N; T++) {
      const t0 = now();
      benchUncachedStep(m, T, scratch, out);
      uncachedTotalMs += now() - t0;
      done += uncachedStepMacs(T, dims);
      if (T % 16 === 0 || T === N) yield { fraction: Math.min(1, done / planned), phase: 'full', samples };
    }
  } else {
    const ms = samples.reduce((a, s) => a + (s.uncachedMs ?? 0), 0);
    uncachedTotalMs = extrapolateByMacs(ms, sampled, decodeMacsTotal(1, N, dims, false));
  }
  const last = samples[samples.length - 1];
  return {
    N,
    d,
    samples,
    cachedTotalMs,
    uncachedTotalMs,
    uncachedExtrapolated: full === 0,
    speedup: uncachedTotalMs / cachedTotalMs,
    speedupLast: (last.uncachedMs ?? 0) / last.cachedMs,
  };
}

/** Runs the generator to the end synchronously (Node bench, tests). */
export function runBenchSync(N: number, d: number, now: () => number, opts?: BenchOptions): BenchReport {
  const it = runBench(N, d, now, opts);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}
