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
/** Reference GPU memory sizes, in decimal GB (10^9 bytes) as vendors label them. */
export const GPU_GB: readonly number[] = [24, 80, 141];

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
  gpuBytes: number[];
}

export type MemoryResult = { ok: true; n: MemoryNumbers } | { ok: false; detail: string };

/** The cache layout the inputs describe. */
export function layoutOf(s: MemoryState, kvHeads: number = s.kvHeads): CacheLayout {
  return s.layout === 'mla'
    ? { kind: 'mla', layers: s.layers, latentDim: s.latentDim, ropeDim: s.ropeDim }
    : { kind: 'kv', layers: s.layers, kvHeads, headDim: s.headDim };
}

/** The state a preset sets (context, batch, dtype and scale are kept). */
export function applyPreset(s: MemoryState, id: string): MemoryState {
  const p = findPreset(id);
  if (!p) return s;
  return { ...s, preset: p.id, layout: p.mla ? 'mla' : 'kv', layers: p.layers, qHeads: p.qHeads, kvHeads: p.kvHeads, headDim: p.headDim, ...(p.mla ? { latentDim: p.mla.latentDim, ropeDim: p.mla.ropeDim } : {}) };
}

/** The id of the preset the inputs match, or null. */
export function matchingPreset(s: MemoryState): string | null {
  const matches = (p: { id: string }) => {
    const a = applyPreset(s, p.id);
    return a.layout === s.layout && a.layers === s.layers && a.qHeads === s.qHeads && a.kvHeads === s.kvHeads && a.headDim === s.headDim && (s.layout === 'kv' || (a.latentDim === s.latentDim && a.ropeDim === s.ropeDim));
  };
  // The chosen preset wins when several share the same sizes (Llama-3-8B and Mistral-7B do).
  const hit = PRESETS.find((p) => p.id === s.preset && matches(p)) ?? PRESETS.find(matches);
  return hit?.id ?? null;
}

/** The MHA / GQA / MQA variants of the same model (same layers and head dim), plus the model itself. */
function curvesOf(s: MemoryState, bits: number): Curve[] {
  const curve = (id: Curve['id'], layout: CacheLayout, kvHeads: number): Curve => ({
    id,
    kvHeads,
    perToken: cachePerToken(layout, bits).bytes,
    bytes: PLOT_TOKENS.map((t) => cacheTotal(layout, bits, t, s.batch).bytes),
  });
  const out: Curve[] = [curve(s.layout === 'mla' ? 'mla' : 'current', layoutOf(s), s.kvHeads)];
  const h = s.qHeads;
  const variants: [Curve['id'], number][] = [['mha', h], ['gqa', h % 8 === 0 && h > 8 ? 8 : 0], ['mqa', 1]];
  for (const [id, kv] of variants) {
    if (kv === 0 || (s.layout === 'kv' && kv === s.kvHeads)) continue;
    out.push(curve(id, { kind: 'kv', layers: s.layers, kvHeads: kv, headDim: s.headDim }, kv));
  }
  return out;
}

/** Computes every shown number from the inputs; core errors become a detail message. */
export function deriveMemory(s: MemoryState): MemoryResult {
  try {
    const bits = DTYPE_BITS[s.dtype];
    const layout = layoutOf(s);
    return {
      ok: true,
      n: {
        layout,
        bits,
        elements: elementsPerTokenPerLayer(layout),
        perLayer: cachePerTokenPerLayer(layout, bits),
        perToken: cachePerToken(layout, bits),
        total: cacheTotal(layout, bits, s.tokens, s.batch),
        presetId: matchingPreset(s),
        curves: curvesOf(s, bits),
        gpuBytes: GPU_GB.map((gb) => gb * 1e9),
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The predict question's numbers: Llama-3-8B at 8,192 tokens, fp16, batch 1, and three computed wrong answers. */
export function llama3Question(): { answer: CacheSize; options: { id: string; bytes: number }[] } {
  const p = findPreset('llama3-8b');
  if (!p) throw new Error('llama3Question: the Llama-3-8B preset is missing');
  const gqa: CacheLayout = { kind: 'kv', layers: p.layers, kvHeads: p.kvHeads, headDim: p.headDim };
  const mha: CacheLayout = { ...gqa, kvHeads: p.qHeads };
  const answer = cacheTotal(gqa, 16, 8192, 1);
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
