/**
 * Measured figures of a serving run: how memory was spent (shares of all slots, averaged over the
 * steps in which a request waited for memory, as the vLLM paper's Fig. 2 measures a loaded server;
 * over all steps with a running request if none ever waited), how many requests ran at once, and
 * when the last one finished.
 */
import type { MemoryPicture, ServeTrace } from './serveSim';

/** Shares of all slots (each in [0, 1], summing to 1). */
export interface MemoryShares {
  used: number;
  reserved: number;
  wasted: number;
  free: number;
}

/** The run's figures. */
export interface ServeSummary {
  /** Steps until every request finished (last finish step + 1), or null when the run stalled. */
  makespan: number | null;
  peakRunning: number;
  /** Mean requests running per step, over steps with at least one running. */
  meanRunning: number;
  shares: MemoryShares;
  /** Steps the shares average over, and which steps those are. */
  averagedSteps: number;
  basis: 'waiting' | 'running';
  /** Most slots held (used + reserved + wasted) at any step, and the mean over steps with a running request. */
  peakHeld: number;
  meanHeld: number;
  preemptions: number;
  copies: number;
  prefillTokens: number;
  prefixHits: number;
  /** Blocks saved by sharing ÷ blocks the same requests would hold without sharing, over all steps (the vLLM paper's §6.3 measure). */
  sharingSaving: number;
}

/** Blocks holding at least one reference at one step. */
export function heldBlocks(m: MemoryPicture): number {
  return m.refs.filter((r) => r > 0).length;
}

/**
 * Blocks sharing saves at one step: every request mapping a cached prefix block would otherwise hold
 * its own copy, and the cache's copy costs one: Σ over the cached blocks of (references − 2).
 */
export function savedBlocks(m: MemoryPicture): number {
  return m.cachedTable.reduce((s, b) => s + m.refs[b] - 2, 0);
}

/** Shares of one frame's slots. */
export function frameShares(counts: { used: number; reserved: number; wasted: number; free: number }, slots: number): MemoryShares {
  return { used: counts.used / slots, reserved: counts.reserved / slots, wasted: counts.wasted / slots, free: counts.free / slots };
}

/** The summary of a trace (all zeros for an empty one). */
export function summarizeServing(trace: ServeTrace): ServeSummary {
  const { frames, slots } = trace;
  const active = frames.filter((f) => f.running.length > 0);
  const pressed = active.filter((f) => f.waiting.length > 0);
  const basis = pressed.length > 0 ? 'waiting' : 'running';
  const over = basis === 'waiting' ? pressed : active;
  const shares: MemoryShares = { used: 0, reserved: 0, wasted: 0, free: 0 };
  for (const f of over) {
    const s = frameShares(f.counts, slots);
    shares.used += s.used / over.length;
    shares.reserved += s.reserved / over.length;
    shares.wasted += s.wasted / over.length;
    shares.free += s.free / over.length;
  }
  const held = (f: (typeof frames)[number]) => f.counts.used + f.counts.reserved + f.counts.wasted;
  const last = frames[frames.length - 1];
  const saved = active.reduce((s, f) => s + savedBlocks(f.memory), 0);
  const without = active.reduce((s, f) => s + heldBlocks(f.memory) + savedBlocks(f.memory), 0);
  return {
    makespan: trace.stalled ? null : Math.max(0, ...trace.finishedAt) + (trace.finishedAt.length > 0 ? 1 : 0),
    peakRunning: Math.max(0, ...frames.map((f) => f.running.length)),
    meanRunning: active.length === 0 ? 0 : active.reduce((s, f) => s + f.running.length, 0) / active.length,
    shares,
    averagedSteps: over.length,
    basis,
    peakHeld: Math.max(0, ...frames.map(held)),
    meanHeld: active.length === 0 ? 0 : active.reduce((s, f) => s + held(f), 0) / active.length,
    preemptions: last?.preemptions ?? 0,
    copies: last?.memory.copies ?? 0,
    prefillTokens: last?.memory.prefillTokens ?? 0,
    prefixHits: last?.memory.prefixHits ?? 0,
    sharingSaving: without === 0 ? 0 : saved / without,
  };
}
