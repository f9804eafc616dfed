/** Every number the real-model chapter shows, asked of the core from the loaded model and the chapter's state. */
import { cachePerToken, cacheTotal, type CacheLayout } from '../../core';
import { generationMacs, type Model, type ModelCache, ropeFrequencies, topK } from '../../core/model';
import type { RealModelState } from './model';
import { type Choice, type Generation, runGeneration, runWithoutCache } from './run';
import { readSentence, type SentenceReading, lexiconOf } from './sentence';
import { DEFAULT_SENTENCE } from './model';

/** Bits per cached number as PyTorch holds this model (float32, the weights file's precision). */
export const CACHE_BITS = 32;

/** The sentence read, the generation run, and the view's indices clamped to what exists. */
export interface RealModelRun {
  reading: SentenceReading;
  /** Tokens generated: the state's count, at most the context left after the sentence (may be 0). */
  n: number;
  /** Context left after the sentence, maxSeqLen − T0. */
  room: number;
  choice: Choice;
  gen: Generation;
  /** Generated tokens shown on the generate step, 0..n. */
  decoded: number;
  /** Row the RoPE step follows, 0..T0 + n − 1. */
  token: number;
}

/** The choice of next token the state asks for: temperature 0 when greedy. */
export function choiceOf(s: RealModelState): Choice {
  return { temperature: s.sampling === 'greedy' ? 0 : s.temperature, seed: s.seed };
}

/** Reads the sentence (at most the model's context), generates n tokens with the cache, clamps the view. */
export function runFor(model: Model, s: RealModelState): RealModelRun {
  const max = model.config.maxSeqLen;
  const reading = readSentence(s, lexiconOf(model), max, DEFAULT_SENTENCE);
  const room = max - reading.ids.length;
  const n = Math.max(0, Math.min(s.count, room));
  const choice = choiceOf(s);
  const gen = runGeneration(model, reading.ids, n, choice);
  const decoded = Math.min(Math.max(0, s.decoded), n);
  const token = Math.min(Math.max(0, s.token), gen.ids.length - 1);
  return { reading, n, room, choice, gen, decoded, token };
}

/** The k most likely next words after pass `s` (0 = after the sentence), with their probabilities (at the temperature when sampling). */
export function topNext(model: Model, run: RealModelRun, s: number, k = 5): { id: number; word: string; p: number }[] {
  const step = run.gen.steps[s];
  if (!step) return [];
  return topK(step.probs, k).map(({ id, p }) => ({ id, word: model.vocab[id], p }));
}

/** The parts of a word's probability at temperature t (1 when greedy): its logit z, the largest logit, Σ_j e^{(z_j − z_max)/t}, p. */
export function probabilityParts(run: RealModelRun, s: number, id: number): { z: number; zMax: number; t: number; sumExp: number; p: number } {
  const step = run.gen.steps[s];
  const t = run.choice.temperature === 0 ? 1 : run.choice.temperature;
  const zMax = Math.max(...step.logits);
  const sumExp = step.logits.reduce((acc, z) => acc + Math.exp((z - zMax) / t), 0);
  return { z: step.logits[id], zMax, t, sumExp, p: step.probs[id] };
}

/** The cache after the sentence and the first `decoded` generated tokens went through the model, (T0 + decoded) rows. */
export function cacheAt(run: RealModelRun, decoded: number): ModelCache {
  return run.gen.passes[decoded].cache;
}

/** Rows the pass `decoded` appended to every layer's cache: all of the sentence at prefill, then one per step. */
export function newRows(run: RealModelRun, decoded: number): number[] {
  const T0 = run.gen.prompt.length;
  return decoded === 0 ? Array.from({ length: T0 }, (_, i) => i) : [T0 + decoded - 1];
}

/** The newest token in the cache after `decoded` steps: its position (T − 1, from 0) and its vocabulary id. */
export function newestToken(run: RealModelRun, decoded: number): { position: number; id: number } {
  const position = cacheAt(run, decoded).ids.length - 1;
  return { position, id: run.gen.ids[position] };
}

/** Query heads that share one K/V head (H ÷ n_kv; grouped-query attention). */
export function queryHeadsPerKv(model: Model): number {
  return model.config.nHeads / model.config.nKvHeads;
}

/** This model's cache layout for the memory chapter's formula. */
export function layoutOf(model: Model): CacheLayout {
  return { kind: 'kv', layers: model.config.nLayers, kvHeads: model.config.nKvHeads, headDim: model.config.headDim };
}

/** Cache size for T tokens (bytes at float32, and per token), by the memory chapter's formula 2 · L · n_kv · d_head · T · b. */
export function cacheBytes(model: Model, T: number): { perToken: number; total: number; numbersPerToken: number } {
  const layout = layoutOf(model);
  const perToken = cachePerToken(layout, CACHE_BITS).bytes;
  return { perToken, total: T === 0 ? 0 : cacheTotal(layout, CACHE_BITS, T, 1).bytes, numbersPerToken: (perToken * 8) / CACHE_BITS };
}

/**
 * Attention weights of query head h in layer l over the whole generation, (T, T) with T = T0 + n: rows of the
 * sentence from the prefill, then one row per decode step, exactly as computed while generating.
 * masked[i][j] = j > i (the causal mask); masked weights are 0.
 */
export function attentionGrid(run: RealModelRun, l: number, h: number): { weights: number[][]; masked: boolean[][] } {
  const T = run.gen.ids.length;
  const rows: number[][] = [];
  for (const pass of run.gen.passes) {
    for (const row of pass.layers[l].heads[h].weights) rows.push([...row, ...new Array<number>(T - row.length).fill(0)]); // (T_k) -> (T)
  }
  return { weights: rows, masked: rows.map((_, i) => Array.from({ length: T }, (_, j) => j > i)) };
}

/** Cache on vs off for the same generation: the tokens of each, the largest logit difference over every step and word, and multiply-adds. */
export interface CacheComparison {
  idsCached: readonly number[];
  idsUncached: readonly number[];
  same: boolean;
  /** max over steps and vocabulary of |logit with cache − logit without|. */
  maxLogitDiff: number;
  macsCached: number;
  macsUncached: number;
}

/** Runs the generation again without the cache and compares (n ≥ 1; with n = 0 there is nothing to compare). */
export function compareCache(model: Model, run: RealModelRun): CacheComparison | null {
  if (run.n === 0) return null;
  const off = runWithoutCache(model, run.gen.prompt, run.n, run.choice);
  let maxLogitDiff = 0;
  off.logits.forEach((row, s) => {
    const on = run.gen.steps[s].logits;
    for (let i = 0; i < row.length; i++) maxLogitDiff = Math.max(maxLogitDiff, Math.abs(row[i] - on[i]));
  });
  const T0 = run.gen.prompt.length;
  return {
    idsCached: run.gen.ids,
    idsUncached: off.ids,
    same: off.ids.length === run.gen.ids.length && off.ids.every((id, i) => id === run.gen.ids[i]),
    maxLogitDiff,
    macsCached: generationMacs(model.config, T0, run.n, true),
    macsUncached: generationMacs(model.config, T0, run.n, false),
  };
}

/**
 * Options of the "how many numbers does one token add to the cache?" question, smallest first: the right
 * count 2·L·n_kv·d_head, and the usual mistakes (one layer only; K without V; a K and V per query head).
 */
export function perTokenOptions(model: Model): { id: 'one-layer' | 'k-only' | 'right' | 'per-query-head'; n: number }[] {
  const { nLayers: L, nKvHeads: KV, nHeads: H, headDim: hd } = model.config;
  const list = [
    { id: 'one-layer' as const, n: 2 * KV * hd },
    { id: 'k-only' as const, n: L * KV * hd },
    { id: 'right' as const, n: 2 * L * KV * hd },
    { id: 'per-query-head' as const, n: 2 * L * H * hd },
  ];
  return list.sort((a, b) => a.n - b.n);
}

/** What the RoPE step shows for one cached token's key in layer l, K/V head g. */
export interface RopeView {
  word: string;
  position: number;
  /** Pass that wrote the row: 0 = prefill, s = decode step s. */
  written: number;
  /** k before RoPE and after (as written into the cache), (hd). */
  before: readonly number[];
  after: readonly number[];
  /** θ_i, (hd/2), and the angles position · θ_i. */
  theta: readonly number[];
  angles: readonly number[];
  /** max |row in the final cache − row as written|: 0 when nothing ever touched it. */
  drift: number;
  /** Tokens in the final cache, and the extra pair rotations one more step would need if keys were cached before RoPE (T · hd/2 · L · n_kv). */
  T: number;
  extraRotations: number;
}

/** The RoPE step's numbers for row `token` of layer l, K/V head g. */
export function ropeView(model: Model, run: RealModelRun, token: number, l: number, g: number): RopeView {
  const T0 = run.gen.prompt.length;
  const written = token < T0 ? 0 : token - T0 + 1;
  const row = token < T0 ? token : 0;
  const pass = run.gen.passes[written].layers[l];
  const before = pass.kRaw[g][row];
  const after = pass.k[g][row];
  const final = run.gen.passes[run.gen.passes.length - 1].cache;
  const kept = final.layers[l].k[g][token];
  const position = final.positions[token];
  const theta = ropeFrequencies(model.config.headDim, model.config.ropeBase);
  const T = final.ids.length;
  return {
    word: model.vocab[final.ids[token]],
    position,
    written,
    before,
    after,
    theta,
    angles: theta.map((th) => position * th),
    drift: after.reduce((m, x, i) => Math.max(m, Math.abs(x - kept[i])), 0),
    T,
    extraRotations: T * (model.config.headDim / 2) * model.config.nLayers * model.config.nKvHeads,
  };
}
