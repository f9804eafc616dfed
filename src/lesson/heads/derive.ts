import { attentionCost } from '../../core/cost';
import { cachePerToken, cachePerTokenPerLayer, elementsPerTokenPerLayer } from '../../core/cacheSize';
import { matmul } from '../../core/matmul';
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
  /** For each column of W_Q and of Concat (and each row of W_O), the query head it belongs to (0-based). */
  concatHead: number[];
  /** Per query head, 1-based: head i owns columns (i − 1)·d + 1 … i·d of W_Q (and of Concat). */
  owners: { i: number; from: number; to: number }[];
  /** For each column of W_K and W_V, the K/V head it belongs to, or null when that column is not used. */
  kvCol: (number | null)[];
  /** Per K/V head, 1-based: K/V head i owns columns (i − 1)·d + 1 … i·d of W_K and W_V (the rest are unused). */
  kvOwners: { i: number; from: number; to: number }[];
  /** Columns of W_K and W_V that exist with kvHeads K/V heads: kvHeads · d. */
  kvColumns: number;
  /** Per query head: its share of the layer output, head_i (T, d) · W_O rows of head i (d, d_model) -> (T, d_model); they sum to output. */
  parts: number[][][];
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
    const concatHead = Array.from({ length: D_MODEL }, (_, j) => Math.floor(j / d));
    // Row block of W_O that multiplies head i's columns of Concat: (d, d_model).
    const parts = trace.heads.map((hd, i) => matmul(hd.trace.output, s.WO.slice(i * d, (i + 1) * d))); // (T, d) x (d, d_model) -> (T, d_model)
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
        concatHead,
        owners: blocks.map((_, i) => ({ i: i + 1, from: i * d + 1, to: (i + 1) * d })),
        kvCol: concatHead.map((g) => (g < s.kvHeads ? g : null)),
        kvOwners: Array.from({ length: s.kvHeads }, (_, g) => ({ i: g + 1, from: g * d + 1, to: (g + 1) * d })),
        kvColumns: s.kvHeads * d,
        parts,
        shape: { B: 1, S: TOKENS.length },
        toyElements: toy(s.kvHeads),
        toyElementsMha: toy(s.h),
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The ids of the answers offered by the grouping question. */
export type GqaOption = 'cache-and-compute' | 'cache-only' | 'compute-only' | 'neither';

/**
 * The predict question: 8 query heads share 2 K/V heads (head width 128, fp16, 4,096 cached tokens).
 * What shrinks against MHA: the cache per token and layer, and the multiply-adds of one decode step's attention?
 */
export function gqaQuestion() {
  const [h, g, headDim, T] = [8, 2, 128, 4096];
  const cache = (kvHeads: number) => cachePerTokenPerLayer({ kind: 'kv', layers: 1, kvHeads, headDim }, 16).bytes;
  // One new token: every QUERY head scores all T keys and mixes T values, whatever K/V head it reads.
  const macs = attentionCost({ S: T, d: headDim, B: 1, N: h, L: 1, bytes: 2 }).decodeMacs;
  const mha = { cache: cache(h), macs };
  const gqa = { cache: cache(g), macs };
  const cacheRatio = mha.cache / gqa.cache;
  const macsRatio = mha.macs / gqa.macs;
  const answer: GqaOption = cacheRatio > 1 ? (macsRatio > 1 ? 'cache-and-compute' : 'cache-only') : macsRatio > 1 ? 'compute-only' : 'neither';
  const options: GqaOption[] = ['cache-and-compute', 'cache-only', 'compute-only', 'neither'];
  return { h, g, headDim, T, mha, gqa, cacheRatio, macsRatio, answer, options, factor: h / g };
}

/**
 * DeepSeek-V3's MLA cache against MHA with the same 128 heads (per token, per layer and over all layers, bf16).
 * Its MHA heads would cache keys of qk_nope_head_dim + qk_rope_head_dim = 128 + 64 = 192 numbers and
 * values of v_head_dim = 128 numbers (config.json of deepseek-ai/DeepSeek-V3).
 */
export function mlaComparison() {
  const p = findPreset('deepseek-v3');
  if (!p?.mla) throw new Error('mlaComparison: the DeepSeek-V3 preset is missing');
  const keyDim = p.mla.nopeDim + p.mla.ropeDim;
  const mla = { kind: 'mla', layers: p.layers, latentDim: p.mla.latentDim, ropeDim: p.mla.ropeDim } as const;
  const full = { kind: 'kv', layers: p.layers, kvHeads: p.qHeads, headDim: keyDim, valueDim: p.headDim } as const;
  const mlaElems = elementsPerTokenPerLayer(mla);
  const mhaElems = elementsPerTokenPerLayer(full);
  return {
    preset: p,
    keyDim,
    mlaElems,
    mhaElems,
    ratio: mhaElems / mlaElems,
    mlaBytes: cachePerToken(mla, 16).bytes,
    mhaBytes: cachePerToken(full, 16).bytes,
    mlaBits: cachePerToken(mla, 16).bits,
    mhaBits: cachePerToken(full, 16).bits,
  };
}
