import { decode, prefill } from './forward';
import type { Model } from './types';

/**
 * Decode loops whose position bookkeeping is a parameter, to show the classic wrong-offset bug and its fix.
 * The prompt (T tokens) is always prefilled at positions 0..T−1; `positionAt(s, T)` is the RoPE position the
 * loop gives the s-th token it feeds back (s = 0 is the first generated token). Right: T + s (the cache
 * length); the bugs: 0 (offset forgotten), T − 1 + s (off by one), s (counting restarts at the prompt's end).
 */
export type PositionRule = (s: number, T: number) => number;

/** The correct rule: the s-th fed-back token goes to position T + s, one past the last cached row. */
export const rightPosition: PositionRule = (s, T) => T + s;

/** What a decode loop produced: N generated ids, the position each one was fed back at, and the logits that chose it. */
export interface DecodeRun {
  /** Generated token ids, (N). */
  ids: number[];
  /** Position each generated token was fed back at, (N − 1): the last one is never fed. */
  positions: number[];
  /** Next-token logits that chose each generated token, (N, V). */
  logits: number[][];
}

function checkRun(model: Model, prompt: readonly number[], steps: number): void {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`decode loop: steps must be a positive integer, got ${steps}`);
  if (prompt.length + steps > model.config.maxSeqLen) {
    throw new RangeError(`decode loop: ${prompt.length} prompt + ${steps} new tokens exceed the model's maximum context ${model.config.maxSeqLen}`);
  }
}

const argmax = (l: readonly number[]) => l.reduce((b, x, i) => (x > l[b] ? i : b), 0);

/**
 * Greedy generation of `steps` tokens after `prompt` through the cache, each fed back at positionAt(s, T).
 * With rightPosition it equals generate(model, prompt, steps) (same tokens, same logits).
 */
export function greedyRun(model: Model, prompt: readonly number[], steps: number, positionAt: PositionRule): DecodeRun {
  checkRun(model, prompt, steps);
  const T = prompt.length;
  let run = prefill(model, prompt);
  const out: DecodeRun = { ids: [], positions: [], logits: [] };
  for (let s = 0; s < steps; s++) {
    const logits = run.logits[run.logits.length - 1]; // (V)
    const id = argmax(logits);
    out.ids.push(id);
    out.logits.push([...logits]);
    if (s === steps - 1) break;
    const p = positionAt(s, T);
    out.positions.push(p);
    run = decode(model, run.cache, id, p); // the cache grows by one row, rotated at p
  }
  return out;
}

/**
 * Teacher-forced: feeds the given `tokens` (N) back one by one at positionAt(s, T), so two position rules can
 * be compared on the same words. -> next-token logits (N, V): row 0 after the prompt, row s after tokens[s−1].
 */
export function forcedRun(model: Model, prompt: readonly number[], tokens: readonly number[], positionAt: PositionRule): number[][] {
  checkRun(model, prompt, tokens.length);
  const T = prompt.length;
  let run = prefill(model, prompt);
  const logits = [[...run.logits[T - 1]]]; // (1, V)
  for (let s = 0; s < tokens.length - 1; s++) {
    run = decode(model, run.cache, tokens[s], positionAt(s, T));
    logits.push([...run.logits[0]]);
  }
  return logits; // (N, V)
}
