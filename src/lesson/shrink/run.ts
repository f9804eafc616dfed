/**
 * What chapter `shrink` computes on the real model, memoised per model (each run is a few milliseconds to
 * a few tens; the sweeps repeat them for every budget or every bit width, so a result is never computed twice).
 * The text is the prompt followed by the model's own greedy continuation with the full cache; every policy
 * then reads that same text token by token (teacher forcing) and is compared with the full cache position by
 * position: KL(full ‖ shrunk) of the next-token distributions and whether both pick the same top word.
 */
import { type EvictedRun, type EvictionPolicy, generate, logitShift, type Model, type QuantizedRun, type QuantScheme, runQuantized, runWithEviction, type Shift } from '../../core/model';
import { readSentence, lexiconOf } from '../real-model/sentence';
import { BITS, CONTEXT, DEFAULT_PROMPT, type PolicyKind, type ShrinkState } from './model';

/** The text every measurement reads: prompt ids, then the generated ids. */
export interface ShrinkText {
  /** All ids, prompt then generated, (T). */
  ids: readonly number[];
  /** Tokens of the prompt (the rest were generated). */
  promptLength: number;
  /** True when the typed prompt drives the numbers (false: the last valid prompt does, the field shows a message). */
  current: boolean;
}

const memo = new WeakMap<Model, Map<string, unknown>>();
/** f's result for this model and key, computed once (at most 400 results kept per model). */
function remember<T>(model: Model, key: string, f: () => T): T {
  let m = memo.get(model);
  if (!m) {
    m = new Map();
    memo.set(model, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = f();
  if (m.size >= 400) m.delete(m.keys().next().value as string);
  m.set(key, v);
  return v;
}

/** The prompt in use (typed, or the last valid) and the model's greedy continuation of `gen` tokens (fewer if the context ends). */
export function shrinkText(model: Model, s: Pick<ShrinkState, 'text' | 'words' | 'gen'>): ShrinkText {
  const reading = readSentence(s, lexiconOf(model), CONTEXT - s.gen, DEFAULT_PROMPT);
  const prompt = reading.ids;
  const gen = Math.max(0, Math.min(s.gen, CONTEXT - prompt.length));
  const ids = remember(model, `text|${prompt.join(',')}|${gen}`, () => generate(model, prompt, gen).ids);
  return { ids, promptLength: prompt.length, current: reading.current };
}

/** The text read with an evicting cache (policy 'full': the reference). */
export function evictedRun(model: Model, ids: readonly number[], policy: EvictionPolicy): EvictedRun {
  const p = policy.kind === 'full' ? { kind: 'full' as const, budget: 1 } : policy;
  return remember(model, `evict|${ids.join(',')}|${JSON.stringify(p)}`, () => runWithEviction(model, ids, p));
}

/** The text read with a quantized cache. */
export function quantRun(model: Model, ids: readonly number[], scheme: QuantScheme): QuantizedRun {
  return remember(model, `quant|${ids.join(',')}|${JSON.stringify(scheme)}`, () => runQuantized(model, ids, scheme));
}

/** How far a run's next-token distributions moved from the full cache's, position by position, and on average. */
export interface Comparison {
  /** Per position t of the text: KL(full ‖ run) in nats, top-1 agreement, largest logit difference. */
  shifts: Shift[];
  /** Mean KL over the text's positions, nats. */
  meanKl: number;
  /** Positions where both pick the same most likely next token. */
  agree: number;
}

/** Compares logits (T, V) with the full cache's, position by position. */
export function compareLogits(full: readonly (readonly number[])[], other: readonly (readonly number[])[]): Comparison {
  const shifts = full.map((f, t) => logitShift(f, other[t]));
  const meanKl = shifts.reduce((a, s) => a + s.kl, 0) / Math.max(1, shifts.length);
  return { shifts, meanKl, agree: shifts.filter((s) => s.sameTop1).length };
}

/** The policy as the page runs it: window (text positions), sinks (the learner's count and position rule), H2O (half recent, half heavy; text positions). */
export function policyOf(kind: PolicyKind, budget: number, s: Pick<ShrinkState, 'sinks' | 'renumber'>): EvictionPolicy {
  if (kind === 'sinks') return { kind, budget, sinks: s.sinks, renumber: s.renumber };
  return { kind, budget };
}

/** Budgets the sweep measures for a text of T tokens: 1, 2, 3, 4, 6, 8, then every 4th up to T (which is the full cache). */
export function sweepBudgets(T: number): number[] {
  const out = [1, 2, 3, 4, 6, 8];
  for (let b = 12; b < T; b += 4) out.push(b);
  return [...new Set([...out.filter((b) => b < T), T])];
}

/** One point of a sweep: mean KL and top-1 agreement (share of positions) at one setting. */
export interface SweepPoint {
  x: number;
  meanKl: number;
  agreeShare: number;
}

/** Mean KL and top-1 agreement of each policy at every budget of sweepBudgets (3 policies × up to 19 runs). */
export function budgetSweep(model: Model, ids: readonly number[], s: Pick<ShrinkState, 'sinks' | 'renumber'>): Record<PolicyKind, SweepPoint[]> {
  const full = evictedRun(model, ids, { kind: 'full', budget: 1 }).logits;
  const budgets = sweepBudgets(ids.length);
  const line = (kind: PolicyKind) =>
    budgets.map((b) => {
      const c = compareLogits(full, evictedRun(model, ids, policyOf(kind, b, s)).logits);
      return { x: b, meanKl: c.meanKl, agreeShare: c.agree / ids.length };
    });
  return { window: line('window'), sinks: line('sinks'), h2o: line('h2o') };
}

/** The storage schemes the quantization comparison measures: KIVI's, both per token, both per channel. */
export const SCHEMES = [
  { id: 'kivi', k: 'channel', v: 'token' },
  { id: 'token', k: 'token', v: 'token' },
  { id: 'channel', k: 'channel', v: 'channel' },
] as const;

/** Mean KL and top-1 agreement of each scheme at 8, 4 and 2 bits (x = bits). */
export function bitsSweep(model: Model, ids: readonly number[], block: number): Record<(typeof SCHEMES)[number]['id'], SweepPoint[]> {
  const full = evictedRun(model, ids, { kind: 'full', budget: 1 }).logits;
  const line = (k: QuantScheme['k'], v: QuantScheme['v']) =>
    BITS.map((b) => {
      const c = compareLogits(full, quantRun(model, ids, { bits: Number(b), k, v, block }).logits);
      return { x: Number(b), meanKl: c.meanKl, agreeShare: c.agree / ids.length };
    });
  return { kivi: line('channel', 'token'), token: line('token', 'token'), channel: line('channel', 'channel') };
}
