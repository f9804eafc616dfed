import { type CacheLayout, type CacheSize, cachePerToken, cachePerTokenPerLayer, cacheTotal, elementsPerTokenPerLayer } from '../../core/cacheSize';
import { DTYPE_BITS, type MemoryState } from './model';
import { findPreset, PRESETS } from './presets';

/** One curve of the plot: a cache layout and its size at every plotted context length. */
export interface Curve {
  id: 'current' | 'mha' | 'gqa' | 'mqa' | 'mla';
  kvHeads: number;
  perToken: number;
  /** Bytes at each of PLOT_TOKENS (batch and dtype as chosen). */
  bytes: number[];
}

/** Context lengths on the plot's x axis: 1K, 2K, … 1M tokens. */
export const PLOT_TOKENS: readonly number[] = Array.from({ length: 11 }, (_, i) => 1024 * 2 ** i);
/**
 * Reference GPUs: the label the vendor prints ("80 GB") and the memory nvidia-smi reports, in MiB.
 * The printed "GB" is close to GiB for these cards: an A100 80GB reports 81,920 MiB = 80 GiB (an
 * H100 80GB 81,559 MiB = 79.6 GiB), an H200 "141 GB" 143,771 MiB = 140.4 GiB, an RTX 4090 "24 GB"
 * 24,564 MiB = 24.0 GiB (nvidia-smi outputs quoted in public issue threads).
 */
export const GPUS: readonly { id: string; name: string; vendorGB: number; mib: number }[] = [
  { id: 'rtx4090', name: 'RTX 4090', vendorGB: 24, mib: 24_564 },
  { id: 'a100-80', name: 'A100', vendorGB: 80, mib: 81_920 },
  { id: 'h200', name: 'H200', vendorGB: 141, mib: 143_771 },
];

/** Every number the memory chapter shows. */
export interface MemoryNumbers {
  layout: CacheLayout;
  bits: number;
  elements: number;
  perLayer: CacheSize;
  perToken: CacheSize;
  total: CacheSize;
  /** The preset whose values the inputs match, if any. */
  presetId: string | null;
  curves: Curve[];
  /** The reference GPUs with their memory in bytes and GiB. */
  gpus: { id: string; name: string; vendorGB: number; mib: number; bytes: number; gib: number }[];
  /** Tokens whose K and V are kept: min(T, W) with a sliding window W, else T. */
  keptTokens: number;
  /** The chosen preset's context limit from its config.json, when the inputs match a preset. */
  context: number | null;
}

export type MemoryResult = { ok: true; n: MemoryNumbers } | { ok: false; detail: string };

/** The cache layout the inputs describe. */
export function layoutOf(s: MemoryState, kvHeads: number = s.kvHeads): CacheLayout {
  return s.layout === 'mla'
    ? { kind: 'mla', layers: s.layers, latentDim: s.latentDim, ropeDim: s.ropeDim }
    : { kind: 'kv', layers: s.layers, kvHeads, headDim: s.headDim };
}

/** The state a preset sets, its sliding window included (context, batch, dtype and scale are kept). */
export function applyPreset(s: MemoryState, id: string): MemoryState {
  const p = findPreset(id);
  if (!p) return s;
  const mla = p.mla ? { latentDim: p.mla.latentDim, ropeDim: p.mla.ropeDim } : {};
  return { ...s, preset: p.id, layout: p.mla ? 'mla' : 'kv', layers: p.layers, qHeads: p.qHeads, kvHeads: p.kvHeads, headDim: p.headDim, window: p.slidingWindow ?? 0, ...mla };
}

/** The id of the preset the inputs match, or null. */
export function matchingPreset(s: MemoryState): string | null {
  const matches = (p: { id: string }) => {
    const a = applyPreset(s, p.id);
    return (
      a.layout === s.layout &&
      a.layers === s.layers &&
      a.qHeads === s.qHeads &&
      a.kvHeads === s.kvHeads &&
      a.headDim === s.headDim &&
      a.window === s.window &&
      (s.layout === 'kv' || (a.latentDim === s.latentDim && a.ropeDim === s.ropeDim))
    );
  };
  // The chosen preset wins when several share the same sizes (Llama-3-8B and Mistral-7B do).
  const hit = PRESETS.find((p) => p.id === s.preset && matches(p)) ?? PRESETS.find(matches);
  return hit?.id ?? null;
}

/** Tokens whose K and V a cache keeps after T tokens: all of them, or the last W with a sliding window. */
export function keptTokens(T: number, window: number): number {
  return window > 0 ? Math.min(T, window) : T;
}

/**
 * The MHA / GQA / MQA variants of the same model (same layers, head widths and sliding window), plus the
 * model itself. For an MLA model the variants use its 192-wide keys (qk_nope + qk_rope) and its value width.
 */
function curvesOf(s: MemoryState, bits: number): Curve[] {
  const curve = (id: Curve['id'], layout: CacheLayout, kvHeads: number): Curve => ({
    id,
    kvHeads,
    perToken: cachePerToken(layout, bits).bytes,
    bytes: PLOT_TOKENS.map((t) => cacheTotal(layout, bits, keptTokens(t, s.window), s.batch).bytes),
  });
  const out: Curve[] = [curve(s.layout === 'mla' ? 'mla' : 'current', layoutOf(s), s.kvHeads)];
  const h = s.qHeads;
  const variants: [Curve['id'], number][] = [['mha', h], ['gqa', h % 8 === 0 && h > 8 ? 8 : 0], ['mqa', 1]];
  for (const [id, kv] of variants) {
    if (kv === 0 || (s.layout === 'kv' && kv === s.kvHeads)) continue;
    const widths = s.layout === 'mla' ? { headDim: s.headDim + s.ropeDim, valueDim: s.headDim } : { headDim: s.headDim };
    out.push(curve(id, { kind: 'kv', layers: s.layers, kvHeads: kv, ...widths }, kv));
  }
  return out;
}

/** Computes every shown number from the inputs; core errors become a detail message. */
export function deriveMemory(s: MemoryState): MemoryResult {
  try {
    const bits = DTYPE_BITS[s.dtype];
    const layout = layoutOf(s);
    const presetId = matchingPreset(s);
    return {
      ok: true,
      n: {
        layout,
        bits,
        elements: elementsPerTokenPerLayer(layout),
        perLayer: cachePerTokenPerLayer(layout, bits),
        perToken: cachePerToken(layout, bits),
        total: cacheTotal(layout, bits, keptTokens(s.tokens, s.window), s.batch),
        presetId,
        curves: curvesOf(s, bits),
        gpus: GPUS.map((g) => ({ ...g, bytes: g.mib * 2 ** 20, gib: g.mib / 1024 })),
        keptTokens: keptTokens(s.tokens, s.window),
        context: presetId ? (findPreset(presetId)?.context ?? null) : null,
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The predict question's case beyond the preset: 8,192 tokens, fp16 (16 bits), batch 1. */
const QUESTION = { tokens: 8192, bits: 16, batch: 1 } as const;

/**
 * True when the calculator (the stage) is set to the question's case: Llama-3-8B's K/V layout, 8,192 tokens kept,
 * fp16, batch 1. Its total is then the question's answer, the same quantity (linked highlighting may join them).
 */
export function stageIsQuestion(s: MemoryState): boolean {
  const p = findPreset('llama3-8b');
  if (!p || s.layout !== 'kv') return false;
  const same = s.layers === p.layers && s.kvHeads === p.kvHeads && s.headDim === p.headDim;
  return same && s.tokens === QUESTION.tokens && keptTokens(s.tokens, s.window) === s.tokens && DTYPE_BITS[s.dtype] === QUESTION.bits && s.batch === QUESTION.batch;
}

/** The predict question's numbers: Llama-3-8B at 8,192 tokens, fp16, batch 1, and three computed wrong answers. */
export function llama3Question(): { answer: CacheSize; options: { id: string; bytes: number }[] } {
  const p = findPreset('llama3-8b');
  if (!p) throw new Error('llama3Question: the Llama-3-8B preset is missing');
  const gqa: CacheLayout = { kind: 'kv', layers: p.layers, kvHeads: p.kvHeads, headDim: p.headDim };
  const mha: CacheLayout = { ...gqa, kvHeads: p.qHeads };
  const answer = cacheTotal(gqa, QUESTION.bits, QUESTION.tokens, QUESTION.batch);
  return {
    answer,
    options: [
      { id: 'only-k', bytes: cacheTotal({ ...gqa, headDim: p.headDim / 2 }, 16, 8192, 1).bytes }, // forgetting V (half)
      { id: 'right', bytes: answer.bytes },
      { id: 'mha', bytes: cacheTotal(mha, 16, 8192, 1).bytes }, // as if every query head had its own K/V
      { id: 'mha-fp32', bytes: cacheTotal(mha, 32, 8192, 1).bytes },
    ],
  };
}
