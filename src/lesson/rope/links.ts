/**
 * Quantity ids of the rope chapter's pairs step and how they feed each other (linked highlighting,
 * src/lesson/links.ts): the query's position m and each pair's rate θᵢ → the query's turn m·θᵢ; the
 * key's position n and θᵢ → the key's turn n·θᵢ; both turns → the pair's share of q·k; every share →
 * the score. Dependencies follow src/lesson/rope/pairs.ts (RoFormer, Su et al. 2021).
 */
import { type LinkGraph, linkGraph } from '../links';

/** Quantity ids of the pairs step (pair index i from 0). */
export const rq = {
  m: 'rope.m',
  n: 'rope.n',
  theta: (i: number): string => `rope.theta.${i}`,
  qTurn: (i: number): string => `rope.qturn.${i}`,
  kTurn: (i: number): string => `rope.kturn.${i}`,
  share: (i: number): string => `rope.share.${i}`,
  score: 'rope.score',
} as const;

/** The pairs step's link graph for `pairs` rotation pairs (head dimension / 2). */
export function pairsLinks(pairs: number): LinkGraph {
  return linkGraph(
    Array.from({ length: pairs }, (_, i) => [
      [rq.m, rq.qTurn(i)] as const,
      [rq.theta(i), rq.qTurn(i)] as const,
      [rq.n, rq.kTurn(i)] as const,
      [rq.theta(i), rq.kTurn(i)] as const,
      [rq.qTurn(i), rq.share(i)] as const,
      [rq.kTurn(i), rq.share(i)] as const,
      [rq.share(i), rq.score] as const,
    ]).flat(),
  );
}
