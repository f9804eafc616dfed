import { cachePerToken, cachePerTokenPerLayer, elementsPerTokenPerLayer } from '../../core/cacheSize';
import { type HeadWeights, kvGroupOf, type MhaTrace, mha, splitColumns } from '../../core/multiHead';
import { findPreset } from '../memory/presets';
import { D_MODEL, type HeadsState, TOKENS } from './model';

/** Every number the multi-head chapter shows, computed by the core from the current inputs. */
export interface HeadsNumbers {
  h: number;
  kvHeads: number;
  /** d_k = d_v = d_model / h. */
  d: number;
  trace: MhaTrace;
  /** Per query head: its W_Q, W_K, W_V blocks (d_model, d). */
  blocks: HeadWeights[];
  /** Query head i → K/V head groups[i]. */
  groups: number[];
  /** Per query head: the other query heads that read the same K/V head. */
  sharers: number[][];
  /** For each column of Concat, the query head it came from. */
  concatHead: number[];
  /** Columns of W_K and W_V that exist with kvHeads K/V heads: kvHeads · d. */
  kvColumns: number;
  /** Shapes [B, N, S, d] of Q (N = h) and of K/V (N = kvHeads); B = 1, S = tokens. */
  shape: { B: number; S: number };
  /** Cache elements per token per layer in this toy: 2 · kvHeads · d, and for MHA. */
  toyElements: number;
  toyElementsMha: number;
}

export type HeadsResult = { ok: true; n: HeadsNumbers } | { ok: false; detail: string };

/** Runs multi-head attention with grouped K/V on the chapter's inputs. */
export function deriveHeads(s: HeadsState): HeadsResult {
  try {
    const d = D_MODEL / s.h;
    const [q, k, v] = [s.WQ, s.WK, s.WV].map((W) => splitColumns(W, s.h)); // (4, 4) -> h × (4, d)
    const blocks = q.map((W_Q, i) => ({ W_Q, W_K: k[i], W_V: v[i] }));
    const trace = mha(s.X, blocks, s.WO, { kvHeads: s.kvHeads, causal: true });
    const groups = kvGroupOf(s.h, s.kvHeads);
    const toy = (kvHeads: number) => elementsPerTokenPerLayer({ kind: 'kv', layers: 1, kvHeads, headDim: d });
    return {
      ok: true,
      n: {
        h: s.h,
        kvHeads: s.kvHeads,
        d,
        trace,
        blocks,
        groups,
        sharers: groups.map((g, i) => groups.flatMap((o, j) => (o === g && j !== i ? [j] : []))),
        kvColumns: s.kvHeads * d,
        concatHead: Array.from({ length: D_MODEL }, (_, j) => Math.floor(j / d)),
        shape: { B: 1, S: TOKENS.length },
        toyElements: toy(s.kvHeads),
        toyElementsMha: toy(s.h),
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The predict question: 8 query heads, 2 K/V heads, head_dim 128, fp16: bytes per token per layer and the ratio. */
export function ratioQuestion(): { h: number; g: number; headDim: number; mha: number; gqa: number; ratio: number; options: number[] } {
  const [h, g, headDim] = [8, 2, 128];
  const mhaBytes = cachePerTokenPerLayer({ kind: 'kv', layers: 1, kvHeads: h, headDim }, 16).bytes;
  const gqaBytes = cachePerTokenPerLayer({ kind: 'kv', layers: 1, kvHeads: g, headDim }, 16).bytes;
  const ratio = mhaBytes / gqaBytes;
  // Plausible wrong answers: g itself, h itself (confusing heads with the ratio), and h·g.
  const options = [...new Set([g, ratio, h, h * g])].sort((a, b) => a - b);
  return { h, g, headDim, mha: mhaBytes, gqa: gqaBytes, ratio, options };
}

/** DeepSeek-V3's MLA cache against MHA with the same 128 heads of 128 dims (per token, per layer and over all layers, bf16). */
export function mlaComparison() {
  const p = findPreset('deepseek-v3');
  if (!p?.mla) throw new Error('mlaComparison: the DeepSeek-V3 preset is missing');
  const mla = { kind: 'mla', layers: p.layers, latentDim: p.mla.latentDim, ropeDim: p.mla.ropeDim } as const;
  const full = { kind: 'kv', layers: p.layers, kvHeads: p.qHeads, headDim: p.headDim } as const;
  const mlaElems = elementsPerTokenPerLayer(mla);
  const mhaElems = elementsPerTokenPerLayer(full);
  return {
    preset: p,
    mlaElems,
    mhaElems,
    ratio: mhaElems / mlaElems,
    mlaBytes: cachePerToken(mla, 16).bytes,
    mhaBytes: cachePerToken(full, 16).bytes,
    mlaBits: cachePerToken(mla, 16).bits,
    mhaBits: cachePerToken(full, 16).bits,
  };
}
