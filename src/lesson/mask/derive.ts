import { type AttentionTrace, additiveMask, attend, causalMask, maskedScores, sum } from '../../core';
import type { MaskState } from './model';

/** Every number the attention-matrix chapter shows, computed by the core from the current inputs. */
export interface MaskNumbers {
  d: number;
  sqrtD: number;
  /** Q·Kᵀ, (4, 4), unmasked. */
  scores: number[][];
  /** scores / √d, (4, 4), unmasked. */
  scaled: number[][];
  /** The causal mask, (4, 4), true = may attend (always the causal one, for the Predict). */
  causalMask: boolean[][];
  /** Its additive form, 0 or −∞, (4, 4). */
  additive: number[][];
  /** The mask in force: the causal one, or all true when bidirectional, (4, 4). */
  mask: boolean[][];
  /** scaled + mask, −∞ where masked, (4, 4). */
  masked: number[][];
  /** The attention in force (causal or not): weights (4, 4) and output (4, d). */
  trace: AttentionTrace;
  /** Σ_j weights[i][j] per row, (4). */
  rowSums: number[];
  /** The Predict on row "cat" (1): its weights under the causal mask and without any mask (4 each), and the causal row's sum. */
  catRow: { causal: number[]; open: number[]; sum: number };
  /** Earlier tokens' outputs before "on" arrived (3, d) and after (3, d), in the current mode. */
  before: number[][];
  after: number[][];
  /** Whether every earlier output stayed exactly the same when "on" was added. */
  earlierUnchanged: boolean;
  /** The block view: the newest `block` queries against all 4 keys. */
  blockView: {
    first: number;
    /** causalMask(block, 4), bottom-right aligned, and its additive form. */
    mask: boolean[][];
    additive: number[][];
    /** The first `block` rows of a square mask: what top-left alignment would wrongly give. */
    topLeft: boolean[][];
    topLeftAdditive: number[][];
    trace: AttentionTrace;
    /** True when the block's weights equal the matching rows of the full causal matrix. */
    matchesFull: boolean;
  };
}

export type MaskResult = { ok: true; n: MaskNumbers } | { ok: false; detail: string };

const T = 4;
const sameMat = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]) =>
  a.length === b.length && a.every((r, i) => r.every((x, j) => x === b[i][j]));

/** Computes the full attention matrices, the mask, the encoder/decoder comparison and the block view. */
export function deriveMask(s: MaskState): MaskResult {
  try {
    const full = attend(s.Q, s.K, s.V); // (4, d) x (d, 4) -> (4, 4), no mask
    const cm = causalMask(T, T); // (4, 4)
    const mask = s.causal ? cm : cm.map((r) => r.map(() => true));
    const masked = maskedScores(full.scaled, mask); // (4, 4) -> (4, 4), −∞ where masked
    const trace = attend(s.Q, s.K, s.V, { causal: s.causal }); // weights (4, 4), output (4, d)
    const three = (m: number[][]) => m.slice(0, 3);
    const early = attend(three(s.Q), three(s.K), three(s.V), { causal: s.causal }); // "The cat sat" alone, (3, d)
    const after = three(trace.output);
    const b = Math.min(T, Math.max(1, s.block));
    const first = T - b;
    const bMask = causalMask(b, T); // (b, 4), bottom-right aligned
    const bTrace = attend(s.Q.slice(first), s.K, s.V, { causal: true }); // (b, d) x (d, 4) -> (b, 4)
    const fullCausal = s.causal ? trace : attend(s.Q, s.K, s.V, { causal: true });
    const open = s.causal ? attend(s.Q, s.K, s.V, { causal: false }) : trace; // (4, 4) weights without a mask
    return {
      ok: true,
      n: {
        d: s.d,
        sqrtD: Math.sqrt(s.d),
        scores: full.scores,
        scaled: full.scaled,
        causalMask: cm,
        additive: additiveMask(cm),
        mask,
        masked,
        trace,
        rowSums: trace.weights.map((r) => sum(r)),
        catRow: { causal: fullCausal.weights[1], open: open.weights[1], sum: sum(fullCausal.weights[1]) },
        before: early.output,
        after,
        earlierUnchanged: sameMat(early.output, after),
        blockView: {
          first,
          mask: bMask,
          additive: additiveMask(bMask),
          topLeft: cm.slice(0, b),
          topLeftAdditive: additiveMask(cm.slice(0, b)),
          trace: bTrace,
          matchesFull: sameMat(bTrace.weights, fullCausal.weights.slice(first)),
        },
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** Key indices hidden from query row i by the causal mask. */
export function hiddenKeys(n: MaskNumbers, i: number): number[] {
  return n.causalMask[i].flatMap((ok, j) => (ok ? [] : [j]));
}

/**
 * The Predict's answer, from the numbers: "share" when every masked weight of row "cat" is exactly 0
 * and the visible ones add up to 1 (what softmax over −∞ does); "keep" if they kept their unmasked values.
 */
export function catRowAnswer(n: MaskNumbers): 'share' | 'keep' | 'small' | 'negative' {
  const { causal, open } = n.catRow;
  const hidden = hiddenKeys(n, 1);
  if (hidden.some((j) => causal[j] < 0)) return 'negative';
  if (hidden.some((j) => causal[j] > 0)) return 'small';
  const visible = causal.flatMap((w, j) => (hidden.includes(j) ? [] : [w]));
  return visible.every((w, j) => w === open[j]) ? 'keep' : 'share';
}
