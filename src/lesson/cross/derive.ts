import { type AttentionTrace, attend, causalMask, createKVCache, decodeStep, type KVCache, kvAppend } from '../../core';
import type { CrossState } from './model';

/** One decoding step: the decoder token's self-attention (cache grows) and cross-attention (cache reused). */
export interface DecodeStepNumbers {
  /** Self-attention cache after this step: one more row than before. */
  selfCache: KVCache;
  /** Cross-attention cache used at this step (the encoder's K, V). */
  crossCache: KVCache;
  /** Rows held by each cache at this step. */
  selfRows: number;
  crossRows: number;
  /** Rows each cache gained at this step (measured: rows now − rows one step earlier). */
  crossAdded: number;
  selfAdded: number;
  /** q attends over the self cache: weights (1, t). */
  selfTrace: AttentionTrace;
  /** q attends over the encoder's keys: weights (1, T_enc). */
  crossTrace: AttentionTrace;
}

/** Every number of the chapter, from the core. */
export interface CrossNumbers {
  /** The cross cache, filled once from the encoder output before decoding starts. */
  crossCache: KVCache;
  /** One entry per decoded token (3). */
  steps: DecodeStepNumbers[];
  /** (3, 3) masked flags of the decoder's self-attention (true = masked). */
  selfMasked: boolean[][];
  /** Candidate answers for the predict moment: decoded tokens, encoder tokens, both, product. */
  options: { decoded: number; encoder: number; both: number; product: number };
}

export type CrossResult = { ok: true; n: CrossNumbers } | { ok: false; detail: string };

/** Computes every number of the chapter; errors from the core become a detail message. */
export function deriveCross(s: CrossState): CrossResult {
  try {
    // The encoder ran once over the whole source sentence: its K, V fill the cross cache before decoding.
    const crossCache = s.Kenc.reduce((c, k, i) => kvAppend(c, k, s.Venc[i]), createKVCache()); // (T_enc, d)
    let selfCache = createKVCache();
    let prevCross = crossCache.keys.length; // before the first step the cross cache is already full
    const steps = s.Q.map((q, i) => {
      const prevSelf = selfCache.keys.length;
      const step = decodeStep(selfCache, q, s.Kdec[i], s.Vdec[i]); // self cache (i, d) -> (i + 1, d)
      selfCache = step.cache;
      // No mask: every decoder token may look at the whole source sentence.
      const crossTrace = attend([q], crossCache.keys, crossCache.values, { causal: false }); // (1, d) x (d, T_enc) -> (1, T_enc)
      const crossAdded = crossCache.keys.length - prevCross;
      prevCross = crossCache.keys.length;
      return {
        selfCache,
        crossCache,
        selfRows: selfCache.keys.length,
        crossRows: crossCache.keys.length,
        crossAdded,
        selfAdded: selfCache.keys.length - prevSelf,
        selfTrace: step.trace,
        crossTrace,
      };
    });
    const T_dec = s.Q.length;
    const T_enc = crossCache.keys.length;
    return {
      ok: true,
      n: {
        crossCache,
        steps,
        selfMasked: causalMask(T_dec, T_dec).map((r) => r.map((ok) => !ok)),
        options: { decoded: T_dec, encoder: T_enc, both: T_enc + T_dec, product: T_enc * T_dec },
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
