import { mulberry32 } from '../random';
import { softmax } from '../softmax';
import type { Vec } from '../types';
import { decode, forward, prefill } from './forward';
import type { Model, ModelCache } from './types';

/** Next-token probabilities at temperature t: softmax(logits / t), (V) -> (V). t must be a positive finite number. */
export function probabilities(logits: Vec, temperature = 1): number[] {
  if (!Number.isFinite(temperature) || temperature <= 0) throw new RangeError(`probabilities: temperature must be a positive number, got ${temperature}`);
  return softmax(logits.map((z) => z / temperature)); // (V)
}

/** The k most likely tokens, most likely first (ties: lower id first): (V) -> (k) of {id, p}. */
export function topK(probs: Vec, k: number): { id: number; p: number }[] {
  return probs
    .map((p, id) => ({ id, p }))
    .sort((a, b) => b.p - a.p || a.id - b.id)
    .slice(0, Math.max(0, k));
}

/**
 * Picks the next token: temperature 0 = greedy (argmax, first on a tie); otherwise draws from
 * softmax(logits / temperature) with one uniform number u = rand() in [0, 1) (inverse CDF). -> token id.
 */
export function sampleToken(logits: Vec, temperature: number, rand: () => number): number {
  if (temperature === 0) {
    let best = 0;
    for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
    return best;
  }
  const p = probabilities(logits, temperature); // (V)
  const u = rand();
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    if (u < acc) return i;
  }
  return p.length - 1; // u within rounding of 1
}

/** One generated token: its id, the RoPE position it was fed at, and the logits (V) that chose it. */
export interface GeneratedStep {
  id: number;
  position: number;
  logits: number[];
}

/** Options of generate: temperature (0 = greedy, default), seed of the sampler (mulberry32), useCache (default true). */
export interface GenerateOptions {
  temperature?: number;
  seed?: number;
  useCache?: boolean;
}

/**
 * Generates `steps` tokens after `prompt` (T ids). With the cache: prefill, then one decode step per token.
 * Without: the whole sequence again every step (same maths, so the same tokens and logits up to rounding).
 * Same seed, same tokens. Throws if prompt + steps exceeds the model's maximum context.
 */
export function generate(model: Model, prompt: readonly number[], steps: number, opts: GenerateOptions = {}): { steps: GeneratedStep[]; ids: number[]; cache: ModelCache | null } {
  const temperature = opts.temperature ?? 0;
  if (!Number.isFinite(temperature) || temperature < 0) throw new RangeError(`generate: temperature must be 0 (greedy) or positive, got ${temperature}`);
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`generate: steps must be a non-negative integer, got ${steps}`);
  if (prompt.length + steps > model.config.maxSeqLen) {
    throw new RangeError(`generate: ${prompt.length} prompt + ${steps} new tokens exceed the model's maximum context ${model.config.maxSeqLen}`);
  }
  const rand = mulberry32(opts.seed ?? 0);
  const ids = [...prompt];
  const out: GeneratedStep[] = [];
  let run = prefill(model, prompt);
  for (let s = 0; s < steps; s++) {
    const logits = run.logits[run.logits.length - 1]; // the last token's next-token logits, (V)
    const id = sampleToken(logits, temperature, rand);
    const position = ids.length;
    out.push({ id, position, logits: [...logits] });
    ids.push(id);
    if (s === steps - 1) break;
    run = opts.useCache === false ? forward(model, ids) : decode(model, run.cache, id, position);
  }
  return { steps: out, ids, cache: opts.useCache === false ? null : run.cache };
}
