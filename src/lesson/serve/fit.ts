/**
 * Part A's numbers: the preset's parameters tensor by tensor, weight bytes, KV bytes per token, and
 * what fits on the chosen GPU. Every number comes from the core; this file only chooses inputs.
 */
import { cachePerToken } from '../../core/cacheSize';
import { cacheRoom, type FitSetup, type FitSplit, fitSplit, gpusForWeights, maxBatch, maxContext, usableBits } from '../../core/gpuFit';
import { type TensorCount, type TensorGroup, tensorCounts, totalParams, weightBits } from '../../core/paramCount';
import { applyPreset, layoutOf } from '../memory/derive';
import { MEMORY_DEFAULTS } from '../memory/model';
import { findPreset, type ModelPreset } from '../memory/presets';
import { presetWeights, type PresetWeights } from '../memory/weightsConfig';
import { DTYPE_BITS, SERVE_DEFAULTS, type ServeState, WEIGHT_BITS } from './model';
import { niceTicks, stackRows } from './stack';

/** Bytes in a GiB (2^30). */
export const GIB = 1024 ** 3;
/** Tensor groups in the order the table shows them. */
export const GROUPS: readonly TensorGroup[] = ['embedding', 'attention', 'mlp', 'experts', 'norms', 'head'];

/** Everything part A shows. Bits are exact (BigInt); bytes are doubles for display. */
export interface FitNumbers {
  preset: ModelPreset;
  weights: PresetWeights;
  tensors: TensorCount[];
  groups: { group: TensorGroup; params: number }[];
  params: number;
  /** The per-tensor sum equals the published count (rounded to whole billions when the published figure is). */
  matchesPublished: boolean;
  /** The published count in billions (for rounded figures such as DeepSeek-V3's 671). */
  publishedBillions: number;
  weightBits: bigint;
  kvBitsPerToken: bigint;
  setup: FitSetup;
  split: FitSplit;
  /** Longest context at the chosen batch, largest batch at the chosen context. */
  maxContext: number;
  maxBatch: number;
  /** GPUs of this size the weights alone need. */
  gpusForWeights: number;
}

/** Part A's numbers, or the core's error as a detail message. */
export type FitResult = { ok: true; n: FitNumbers } | { ok: false; detail: string };

/** The KV layout of a preset (memory chapter's), as bits per token of one sequence. */
function kvBits(presetId: string, bits: number): bigint {
  return cachePerToken(layoutOf(applyPreset(MEMORY_DEFAULTS, presetId)), bits).bits;
}

/** Computes part A for the state; an unknown preset or a core error becomes a detail message. */
export function deriveFit(s: ServeState): FitResult {
  try {
    const preset = findPreset(s.preset);
    const weights = presetWeights(s.preset);
    if (!preset || !weights) throw new Error(`unknown preset ${s.preset}`);
    const tensors = tensorCounts(weights.config);
    const params = totalParams(weights.config);
    const setup: FitSetup = {
      gpuBytes: Number(s.gpu) * GIB,
      usablePercent: s.usable,
      weightBits: weightBits(params, WEIGHT_BITS[s.wDtype]),
      kvBitsPerToken: kvBits(s.preset, DTYPE_BITS[s.kvDtype]),
    };
    const groups = GROUPS.map((group) => ({ group, params: tensors.filter((t) => t.group === group).reduce((a, t) => a + t.params, 0) })).filter((g) => g.params > 0);
    return {
      ok: true,
      n: {
        preset,
        weights,
        tensors,
        groups,
        params,
        matchesPublished: weights.rounded ? Math.round(params / 1e9) * 1e9 === weights.published : params === weights.published,
        publishedBillions: weights.published / 1e9,
        weightBits: setup.weightBits,
        kvBitsPerToken: setup.kvBitsPerToken,
        setup,
        split: fitSplit(setup, s.batch, s.context),
        maxContext: maxContext(setup, s.batch),
        maxBatch: maxBatch(setup, s.context),
        gpusForWeights: gpusForWeights(setup),
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** Bits → bytes as a double (exact below 2^53 bytes). */
export function bytesOf(bits: bigint): number {
  return Number(bits) / 8;
}

/**
 * The predict question: Llama-3-8B, bf16 weights and cache, 80 GiB at vLLM's 90 %, 8,192 tokens per
 * sequence: how many sequences fit? The answer and three computed mistakes (forgetting the weights;
 * a cache for all 32 heads as in MHA; the whole 80 GiB usable).
 */
export function fitQuestion(): { answer: number; options: { id: string; batch: number }[]; usableBytes: number; weightBytes: number; roomBytes: number } {
  const base: ServeState = { ...SERVE_DEFAULTS, preset: 'llama3-8b', wDtype: 'bf16', kvDtype: 'bf16', gpu: '80', usable: 90, batch: 1, context: 8192 };
  const r = deriveFit(base);
  if (!r.ok) throw new Error(r.detail);
  const { setup } = r.n;
  const noWeights = maxBatch({ ...setup, weightBits: 0n }, 8192);
  const mha = maxBatch({ ...setup, kvBitsPerToken: setup.kvBitsPerToken * 4n }, 8192); // 32 K/V heads instead of 8
  const whole = maxBatch({ ...setup, usablePercent: 100 }, 8192);
  return {
    usableBytes: bytesOf(usableBits(setup)),
    weightBytes: bytesOf(setup.weightBits),
    roomBytes: bytesOf(cacheRoom(setup)),
    answer: r.n.maxBatch,
    options: [
      { id: 'mha', batch: mha },
      { id: 'right', batch: r.n.maxBatch },
      { id: 'whole', batch: whole },
      { id: 'no-weights', batch: noWeights },
    ],
  };
}

/** The stacked bar of the card in GiB: weights | KV cache | free | held back (or weights | KV cache running past the usable line), with its axis and markers. */
export function fitBar(n: FitNumbers) {
  const gib = (bits: bigint) => Number(bits) / 8 / GIB;
  const s = n.split;
  const fits = s.fits;
  const segments = fits
    ? [
        { key: 'weights', value: gib(s.weights) },
        { key: 'kv', value: gib(s.kv) },
        { key: 'free', value: gib(s.free) },
        { key: 'heldBack', value: gib(s.heldBack) },
      ]
    : [
        { key: 'weights', value: gib(s.weights) },
        { key: 'kv', value: gib(s.kv) },
      ];
  const axisMax = Math.max(gib(s.gpu), gib(s.weights + s.kv));
  return {
    row: stackRows([{ key: 'card', segments }], axisMax)[0],
    axisMax,
    fits,
    /** GiB past the usable memory when it does not fit. */
    over: fits ? 0 : -gib(s.free),
    usable: { value: gib(s.usable), at: gib(s.usable) / axisMax },
    gpu: { value: gib(s.gpu), at: gib(s.gpu) / axisMax },
    ticks: niceTicks(axisMax).map((value) => ({ value, at: value / axisMax })),
  };
}
