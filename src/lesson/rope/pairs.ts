/**
 * The numbers of the first two steps: q of the last token and k of another, split into pairs and turned
 * by position × frequency; their score, and the same score with both moved by the same amount.
 */
import { type Pair, pairDots, pairLength, pairsOf, rope, rotation2d } from '../../core/model';
import { clamp, headOf, positionOf, type RopeContext } from './context';
import { MAX_POSITION, type RopeState } from './model';

/** One pair on its dial: frequency, the raw and turned q and k pairs, the angles turned, its share of q·k. */
export interface DialPair {
  i: number;
  /** θ_i, radians per position. */
  theta: number;
  qRaw: Pair;
  kRaw: Pair;
  /** After RoPE at m (q) and n (k). */
  q: Pair;
  k: Pair;
  /** m·θ_i and n·θ_i, radians. */
  qTurn: number;
  kTurn: number;
  /** The rotation that turns q's pair, R(m·θ_i) = [[cos, −sin], [sin, cos]]. */
  qRotation: [[number, number], [number, number]];
  /** This pair's share of q·k (after RoPE). */
  dot: number;
}

/** q (last token, at position m) and k (row kRow, at position n) of one head, pair by pair. */
export interface PairsNumbers {
  qRow: number;
  kRow: number;
  /** Own positions in the sentence, and the positions used. */
  qOwn: number;
  kOwn: number;
  m: number;
  n: number;
  /** Before / after RoPE, (hd). */
  qRaw: number[];
  kRaw: number[];
  q: number[];
  k: number[];
  pairs: DialPair[];
  /** (R(m)q)·(R(n)k), and scaled by 1/√hd as attention uses it. */
  score: number;
  scaled: number;
  /** Longest pair over q and k: the radius every dial draws at (one scale for all). */
  scale: number;
}

/** q and k at positions m and n of the head the state picks, pair by pair. */
export function pairsAt(c: RopeContext, s: RopeState, m: number, n: number): PairsNumbers {
  const { layer, head, group } = headOf(c, s);
  const base = c.model.config.ropeBase;
  const qRow = c.T - 1;
  const kRow = clamp(s.kRow, 0, c.T - 1);
  const L = c.run.layers[layer];
  const qRaw = L.qRaw[head][qRow]; // (hd)
  const kRaw = L.kRaw[group][kRow]; // (hd)
  const q = rope(qRaw, m, base); // (hd)
  const k = rope(kRaw, n, base); // (hd)
  const dots = pairDots(q, k); // (hd/2)
  const [qr, kr, qt, kt] = [pairsOf(qRaw), pairsOf(kRaw), pairsOf(q), pairsOf(k)];
  const pairs = c.theta.map((theta, i) => ({ i, theta, qRaw: qr[i], kRaw: kr[i], q: qt[i], k: kt[i], qTurn: m * theta, kTurn: n * theta, qRotation: rotation2d(m * theta), dot: dots[i] }));
  const score = dots.reduce((a, b) => a + b, 0);
  const scale = Math.max(...qr.map(pairLength), ...kr.map(pairLength));
  return { qRow, kRow, qOwn: qRow, kOwn: kRow, m, n, qRaw: [...qRaw], kRaw: [...kRaw], q, k, pairs, score, scaled: score / Math.sqrt(q.length), scale };
}

/** The pairs step: positions from the state (own positions by default). */
export function derivePairs(c: RopeContext, s: RopeState): PairsNumbers {
  const kRow = clamp(s.kRow, 0, c.T - 1);
  return pairsAt(c, s, positionOf(s.qPos, c.T - 1), positionOf(s.kPos, kRow));
}

/** How a score moved: same (within rounding), up or down. */
export type Move = 'same' | 'up' | 'down';

/** Compares two scores: 'same' when they differ by at most 10⁻⁹ relative to their size. */
export function moveOf(before: number, after: number): Move {
  if (Math.abs(after - before) <= 1e-9 * Math.max(1, Math.abs(before))) return 'same';
  return after > before ? 'up' : 'down';
}

/** The relative-position step: the score at (m, n), at (m + s, n + s), and at (m + 1, n) where the distance changes. */
export interface RelativeNumbers {
  at: PairsNumbers;
  /** The shift used (the state's, kept so both positions stay in 0..63), and its allowed range. */
  shift: number;
  /** The angle both q and k of pair i turn by when moved by the shift, s·θᵢ (radians), (hd/2). */
  turns: number[];
  range: [number, number];
  shifted: PairsNumbers;
  /** |score(m + s, n + s) − score(m, n)|. */
  diff: number;
  /** The prediction's answer: what the shift did to the score. */
  move: Move;
  /** One more step between them: (m + 1, n), or (m − 1, n) at the last position. */
  apart: PairsNumbers;
}

/** Shifts both positions by the state's shift (kept within 0..63) and measures the score again. */
export function deriveRelative(c: RopeContext, s: RopeState): RelativeNumbers {
  const at = derivePairs(c, s);
  const range: [number, number] = [-Math.min(at.m, at.n) || 0, MAX_POSITION - Math.max(at.m, at.n)]; // || 0: never −0
  const shift = clamp(s.shift, range[0], range[1]);
  const shifted = pairsAt(c, s, at.m + shift, at.n + shift);
  const apart = pairsAt(c, s, at.m < MAX_POSITION ? at.m + 1 : at.m - 1, at.n);
  return { at, shift, turns: c.theta.map((th) => shift * th), range, shifted, diff: Math.abs(shifted.score - at.score), move: moveOf(at.score, shifted.score), apart };
}
