/**
 * Parts B–D's runs of the chapter's request sequence, each from the core: contiguous memory under
 * every reservation policy and paged memory (B), paged memory with the shared prefix recomputed or
 * cached (C), static and continuous batching (D). Plus the frame the step counter points at.
 */
import { type BatchTrace, simulateBatching } from '../../core/batching';
import { ContiguousMemory } from '../../core/contiguousMemory';
import type { ReservePolicy } from '../../core/contiguousPool';
import { PagedMemory } from '../../core/pagedMemory';
import type { ServeRequest } from '../../core/serveRequests';
import { type ServeFrame, type ServeTrace, simulateServing } from '../../core/serveSim';
import { type ServeSummary, summarizeServing } from '../../core/serveSummary';
import { POLICIES, POOL_SLOTS, requestsOf, type ServeState } from './model';

/** A run with its summary. */
export interface Run {
  trace: ServeTrace;
  summary: ServeSummary;
}

const run = (reqs: readonly ServeRequest[], mem: ContiguousMemory | PagedMemory): Run => {
  const trace = simulateServing(reqs, mem);
  return { trace, summary: summarizeServing(trace) };
};

/** Part B: contiguous memory under each policy, and paged memory with the chosen block size, all with POOL_SLOTS slots. */
export interface MemoryRuns {
  reqs: ServeRequest[];
  contiguous: Record<ReservePolicy, Run>;
  paged: Run;
  block: number;
}

/** Part B's runs for the state. */
export function memoryRuns(s: Pick<ServeState, 'reqs' | 'maxLen' | 'block'>): MemoryRuns {
  const reqs = requestsOf(s);
  const block = Number(s.block);
  const contiguous = Object.fromEntries(POLICIES.map((p) => [p, run(reqs, new ContiguousMemory(POOL_SLOTS, p, s.maxLen))])) as Record<ReservePolicy, Run>;
  return { reqs, contiguous, paged: run(reqs, new PagedMemory(POOL_SLOTS / block, block)), block };
}

/** Part C: the shared system prompt recomputed per request, and cached and shared. */
export interface PrefixRuns {
  reqs: ServeRequest[];
  off: Run;
  on: Run;
  block: number;
  prefix: number;
}

/** Part C's runs for the state (paged, chosen block size). */
export function prefixRuns(s: Pick<ServeState, 'reqs' | 'block' | 'prefix'>): PrefixRuns {
  const reqs = requestsOf(s);
  const block = Number(s.block);
  return {
    reqs,
    off: run(reqs, new PagedMemory(POOL_SLOTS / block, block, s.prefix, false)),
    on: run(reqs, new PagedMemory(POOL_SLOTS / block, block, s.prefix, true)),
    block,
    prefix: s.prefix,
  };
}

/** Part D: both schedulers on the same requests and slots. */
export interface BatchRuns {
  reqs: ServeRequest[];
  static: BatchTrace;
  continuous: BatchTrace;
}

/** Part D's runs for the state. */
export function batchRuns(s: Pick<ServeState, 'reqs' | 'slots'>): BatchRuns {
  const reqs = requestsOf(s);
  return { reqs, static: simulateBatching(reqs, s.slots, 'static'), continuous: simulateBatching(reqs, s.slots, 'continuous') };
}

/** The frame the counter shows: step t, or the last frame when the run ended earlier (then `ended` is true). */
export function frameAt(trace: ServeTrace, t: number): { frame: ServeFrame; ended: boolean } {
  const last = trace.frames.length - 1;
  return { frame: trace.frames[Math.max(0, Math.min(t, last))], ended: t > last };
}

/** The last step worth showing across runs: the longest run's last frame. */
export function lastStep(...lengths: number[]): number {
  return Math.max(0, ...lengths.map((n) => n - 1));
}

/** Part C's figures for one run: share of requests that found the prefix cached, prompt tokens computed, blocks saved by sharing. */
export function prefixFigures(r: Run, requests: number): { hitRate: number; prefillTokens: number; saving: number; copies: number; makespan: number | null; meanRunning: number } {
  const s = r.summary;
  return {
    hitRate: requests === 0 ? 0 : s.prefixHits / requests,
    prefillTokens: s.prefillTokens,
    saving: s.sharingSaving,
    copies: s.copies,
    makespan: s.makespan,
    meanRunning: s.meanRunning,
  };
}
