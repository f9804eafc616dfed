/** Timing the real model's generation with and without the cache, in the page (a measurement, not a test). */
import { generate, type Model } from '../../core/model';
import type { Choice } from './run';

/** Median of a non-empty list. */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** What a measurement found: the median milliseconds per generation each way, the runs each, and the time spent in all. */
export interface GenerationTiming {
  cachedMs: number;
  uncachedMs: number;
  runs: number;
  totalMs: number;
}

/**
 * Times the core's generate(model, prompt, n) with the cache and without, alternating the two so both see
 * the same machine state, until budgetMs has passed (at least minRuns runs each, at most maxRuns).
 * `now` is the clock in ms (performance.now in the page).
 */
export function measureGeneration(model: Model, prompt: readonly number[], n: number, choice: Choice, now: () => number, budgetMs = 300, minRuns = 3, maxRuns = 200): GenerationTiming {
  const cached: number[] = [];
  const uncached: number[] = [];
  const opts = { temperature: choice.temperature, seed: choice.seed };
  const start = now();
  while (cached.length < maxRuns && (cached.length < minRuns || now() - start < budgetMs)) {
    let t0 = now();
    generate(model, prompt, n, { ...opts, useCache: true });
    cached.push(now() - t0);
    t0 = now();
    generate(model, prompt, n, { ...opts, useCache: false });
    uncached.push(now() - t0);
  }
  return { cachedMs: median(cached), uncachedMs: median(uncached), runs: cached.length, totalMs: now() - start };
}
