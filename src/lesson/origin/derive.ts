import { dotTerms, project, scaleVec, transpose } from '../../core';
import { ARTICLE } from '../worked/model';
import { scaleXRow } from './edits';
import type { OriginState } from './model';

/** Which projection an explained entry belongs to. */
export type Proj = 'Q' | 'K' | 'V';

/** One entry of Q, K or V to explain: row = token, col = dimension of the head. */
export interface Pick {
  which: Proj;
  row: number;
  col: number;
}

/** One of article 000's vectors next to the one our projection gives. */
export interface ArticleCheck {
  /** 'k' | 'v' | 'q' and the token index. */
  kind: 'q' | 'k' | 'v';
  token: number;
  article: readonly number[];
  projected: number[] | null;
  equal: boolean;
}

/** Every number the origin chapter shows, computed by the core from the current inputs. */
export interface OriginNumbers {
  Q: number[][];
  K: number[][];
  V: number[][];
  /** The explained entry: X's row, W's column, their products and the sum (the entry). */
  pick: { x: number[]; w: number[]; terms: number[]; value: number };
  /** k_cat now and after doubling X's row "cat" (computed, not assumed). */
  doubled: { before: number[]; after: number[]; twice: number[] };
  /** Article 000's vectors against the projections of the current X and W. */
  article: ArticleCheck[];
}

export type OriginResult = { ok: true; n: OriginNumbers } | { ok: false; detail: string };

const CAT = 1;
const ON = 3;

/** Article 000's given vectors: k and v of The, cat, sat, q of on. */
const ARTICLE_VECTORS: { kind: 'q' | 'k' | 'v'; token: number; v: readonly number[] }[] = [
  ...ARTICLE.K.flatMap((k, i) => [
    { kind: 'k' as const, token: i, v: k },
    { kind: 'v' as const, token: i, v: ARTICLE.V[i] },
  ]),
  { kind: 'q', token: ON, v: ARTICLE.q },
];

/** Computes Q = X·W_Q, K = X·W_K, V = X·W_V and the explained entry; core errors become a detail message. */
export function deriveOrigin(s: OriginState, pick: Pick): OriginResult {
  try {
    const Q = project(s.X, s.WQ); // (T, d_model) x (d_model, d_k) -> (T, d_k)
    const K = project(s.X, s.WK); // (T, d_model) x (d_model, d_k) -> (T, d_k)
    const V = project(s.X, s.WV); // (T, d_model) x (d_model, d_k) -> (T, d_k)
    const byName = { Q, K, V };
    const W = { Q: s.WQ, K: s.WK, V: s.WV }[pick.which];
    const row = Math.min(pick.row, s.X.length - 1);
    const col = Math.min(pick.col, s.dK - 1);
    const x = [...s.X[row]];
    const w = transpose(W)[col]; // (d_model, d_k) -> (d_k, d_model), one column of W
    const after = project(scaleXRow(s, CAT, 2).X, s.WK)[CAT];
    const mats = { q: Q, k: K, v: V };
    return {
      ok: true,
      n: {
        Q,
        K,
        V,
        pick: { x, w, terms: dotTerms(x, w), value: byName[pick.which][row][col] },
        doubled: { before: K[CAT], after, twice: scaleVec(K[CAT], 2) },
        article: ARTICLE_VECTORS.map(({ kind, token, v }) => {
          const projected = s.dK === v.length ? mats[kind][token] : null;
          return { kind, token, article: v, projected, equal: projected?.every((p, j) => p === v[j]) === true };
        }),
      },
    };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The explained entry clamped to the current shape. */
export function clampPick(p: Pick, s: OriginState): Pick {
  return { which: p.which, row: Math.min(Math.max(0, p.row), s.X.length - 1), col: Math.min(Math.max(0, p.col), s.dK - 1) };
}
