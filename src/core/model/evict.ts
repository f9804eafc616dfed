/**
 * Which cached tokens a fixed cache budget keeps (pure index arithmetic, no model).
 * Convention for every policy: the budget B counts every row the new token reads, its own row included, so
 * before a step at most B − 1 past rows may stay (StreamingLLM's evict_for_space and Mistral's rolling
 * buffer of W rows work this way). Rows are numbered 0 … past − 1 in cache order; results are ascending.
 * Sources: sliding window — Mistral 7B (Jiang et al. 2023, §2, rolling buffer cache); attention sinks —
 * StreamingLLM (Xiao et al., ICLR 2024, §3.2, mit-han-lab/streaming-llm kv_cache.py); heavy hitters —
 * H2O (Zhang et al., NeurIPS 2023, Alg. 1 and FMInference/H2O's H2OKVCache_LayerWise).
 */
import type { Vec } from '../types';

const whole = (n: number, what: string, min: number) => {
  if (!Number.isInteger(n) || n < min) throw new RangeError(`evict: ${what} must be a whole number ≥ ${min}, got ${n}`);
};

/** Past rows a step may keep under budget B: min(past, B − 1). */
export function pastRoom(past: number, budget: number): number {
  whole(past, 'past', 0);
  whole(budget, 'budget', 1);
  return Math.min(past, budget - 1);
}

/** Sliding window (Mistral): the newest B − 1 past rows. (past) -> kept rows. */
export function windowKeep(past: number, budget: number): number[] {
  const n = pastRoom(past, budget);
  return Array.from({ length: n }, (_, i) => past - n + i);
}

/**
 * Attention sinks + window (StreamingLLM): the first `sinks` rows and the newest rows after them, B − 1 in all.
 * With B − 1 ≤ sinks only sinks fit (the first B − 1 rows). sinks = 0 is the sliding window.
 */
export function sinksKeep(past: number, budget: number, sinks: number): number[] {
  whole(sinks, 'sinks', 0);
  const n = pastRoom(past, budget);
  if (n === past) return Array.from({ length: past }, (_, i) => i);
  const s = Math.min(sinks, n);
  const recent = n - s;
  return [...Array.from({ length: s }, (_, i) => i), ...Array.from({ length: recent }, (_, i) => past - recent + i)];
}

/**
 * Heavy hitters + recent (H2O) for one head: the newest `recent` − 1 past rows (the new token is the recent
 * window's last member) and, among the older rows, the B − recent with the largest accumulated attention
 * `scores` (past); ties go to the earlier row. recent is clamped to 1 … B.
 */
export function h2oKeep(scores: Vec, budget: number, recent: number): number[] {
  const past = scores.length;
  const n = pastRoom(past, budget);
  if (n === past) return Array.from({ length: past }, (_, i) => i);
  whole(recent, 'recent', 0);
  const r = Math.min(n, Math.max(0, Math.min(recent, budget) - 1)); // recent past rows
  const heavy = n - r;
  const older = Array.from({ length: past - r }, (_, i) => i);
  const top = [...older].sort((a, b) => scores[b] - scores[a] || a - b).slice(0, heavy);
  return [...top.sort((a, b) => a - b), ...Array.from({ length: r }, (_, i) => past - r + i)];
}

/** H2O's default split of a budget B (its hh_size = recent_size): recent rows ⌈B/2⌉, the new token's included. */
export function h2oRecent(budget: number): number {
  whole(budget, 'budget', 1);
  return Math.ceil(budget / 2);
}
