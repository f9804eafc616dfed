/**
 * Generation as the chapter shows it: the same loop as the core's generate (src/core/model/sample.ts: same
 * sampler, same seed, same tokens), keeping every forward pass so each step's new cache rows and
 * attention can be shown. The last chosen token is fed too, so the final cache holds every token.
 */
import { mulberry32 } from '../../core';
import { decode, type ForwardResult, forward, type Model, prefill, probabilities, sampleToken } from '../../core/model';

/** How the next token is chosen: temperature 0 = greedy; otherwise sampled with the seeded generator. */
export interface Choice {
  temperature: number;
  seed: number;
}

/** One generated token: its id, the position it takes, the logits (V) that chose it and their probabilities at the temperature (1 when greedy). */
export interface GenStep {
  id: number;
  position: number;
  logits: readonly number[];
  probs: readonly number[];
}

/** A generation with every pass kept. */
export interface Generation {
  /** Prompt ids (T0). */
  prompt: readonly number[];
  /** Prompt followed by the generated ids, (T0 + n). */
  ids: readonly number[];
  steps: readonly GenStep[];
  /**
   * passes[0] = prefill of the prompt; passes[s] (s ≥ 1) = decode of generated token s − 1 over the cache.
   * passes[s].cache has T0 + s rows; the last pass's cache holds every token, (n + 1) passes.
   */
  passes: readonly ForwardResult[];
}

/** The last row of a pass's logits: what comes after its last token, (V). */
export function lastLogits(pass: ForwardResult): readonly number[] {
  return pass.logits[pass.logits.length - 1];
}

/**
 * Generates n tokens after `prompt` with the KV cache, keeping every pass. Throws (from the core) on bad
 * ids or when T0 + n exceeds the model's context.
 */
export function runGeneration(model: Model, prompt: readonly number[], n: number, choice: Choice): Generation {
  const rand = mulberry32(choice.seed);
  const t = choice.temperature;
  const passes: ForwardResult[] = [prefill(model, prompt)];
  const steps: GenStep[] = [];
  const ids = [...prompt];
  for (let s = 0; s < n; s++) {
    const logits = lastLogits(passes[s]); // (V)
    const id = sampleToken(logits, t, rand);
    steps.push({ id, position: ids.length, logits, probs: probabilities(logits, t === 0 ? 1 : t) });
    ids.push(id);
    passes.push(decode(model, passes[s].cache, id)); // its k, v join every layer's cache
  }
  return { prompt: [...prompt], ids, steps, passes };
}

/** The same generation without a cache: every step runs the whole sequence again. -> ids (T0 + n) and each step's logits (n, V). */
export function runWithoutCache(model: Model, prompt: readonly number[], n: number, choice: Choice): { ids: number[]; logits: number[][] } {
  const rand = mulberry32(choice.seed);
  const ids = [...prompt];
  const logits: number[][] = [];
  for (let s = 0; s < n; s++) {
    const full = forward(model, ids); // (T0 + s) tokens from scratch
    const last = [...lastLogits(full)]; // (V)
    logits.push(last);
    ids.push(sampleToken(last, choice.temperature, rand));
  }
  return { ids, logits };
}
