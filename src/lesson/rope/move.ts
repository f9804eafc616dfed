/**
 * Re-rotating a cached key: the key of row j, written at position p, turned by R(p' − p) equals the key
 * computed at p' (its raw key turned by R(p')). This is how a reused chunk's cache is moved to a new offset
 * (CacheBlend, Yao et al. 2025; the next chapter). In deeper layers the raw key itself depends on the
 * tokens before it; moving the whole sentence leaves it unchanged (only distances count), which is checked too.
 */
import { maxAbsDiff } from '../../core';
import { type Pair, pairLength, pairsOf, prefill, rerotate, rope } from '../../core/model';
import { clamp, headOf, positionOf, type RopeContext } from './context';
import type { RopeState } from './model';

/** The moved key's numbers. */
export interface MoveNumbers {
  row: number;
  word: string;
  layer: number;
  group: number;
  /** Where the key was written (p) and where it goes (p'), and Δ = p' − p. */
  from: number;
  to: number;
  delta: number;
  /** The cached key (at p), re-rotated R(Δ)·k, and computed at p' (R(p')·k_raw), (hd) each. */
  cached: number[];
  moved: number[];
  computed: number[];
  /** |moved − computed| per entry, (hd), and the largest. */
  diffs: number[];
  maxDiff: number;
  /** The same three as pairs, for the dials, with each pair's rate θᵢ and turn Δ·θᵢ (radians), and one radius for all. */
  pairs: { cached: Pair; moved: Pair; computed: Pair; theta: number; turn: number }[];
  scale: number;
  /**
   * The whole sentence moved by Δ (positions Δ..Δ+T−1): max |Δ| of this layer's raw key of row j against the
   * original one; null when Δ < 0 would put the first token before position 0.
   */
  wholeShift: number | null;
}

/** Moves the cached key of the state's row to the state's position and compares it with computing it there. */
export function deriveMove(c: RopeContext, s: RopeState): MoveNumbers {
  const { layer, group } = headOf(c, s);
  const base = c.model.config.ropeBase;
  const row = clamp(s.moveRow, 0, c.T - 1);
  const from = c.run.cache.positions[row];
  const to = positionOf(s.moveTo, from);
  const cached = c.run.cache.layers[layer].k[group][row]; // (hd), turned at `from`
  const raw = c.run.layers[layer].kRaw[group][row]; // (hd), before RoPE
  const moved = rerotate(cached, from, to, base); // R(to − from)·k
  const computed = rope(raw, to, base); // R(to)·k_raw
  const diffs = moved.map((x, j) => Math.abs(x - computed[j]));
  const [pc, pm, pk] = [pairsOf(cached), pairsOf(moved), pairsOf(computed)];
  const delta = to - from;
  let wholeShift: number | null = null;
  if (delta >= 0) {
    const shifted = prefill(c.model, c.ids, c.ids.map((_, i) => i + delta));
    wholeShift = maxAbsDiff(shifted.layers[layer].kRaw[group][row], raw);
  }
  return {
    row,
    word: c.model.vocab[c.ids[row]],
    layer,
    group,
    from,
    to,
    delta,
    cached: [...cached],
    moved,
    computed,
    diffs,
    maxDiff: Math.max(...diffs),
    pairs: c.theta.map((theta, i) => ({ cached: pc[i], moved: pm[i], computed: pk[i], theta, turn: delta * theta })),
    scale: Math.max(...pc.map(pairLength)),
    wholeShift,
  };
}
