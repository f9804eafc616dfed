/** The numbers one step of the RoPE chapter shows, asked of the lesson modules (and through them the core) once per change. */
import { type BugNumbers, deriveBug } from './bug';
import { type CacheNumbers, deriveCache } from './cache';
import type { RopeContext } from './context';
import type { RopeState } from './model';
import { deriveMove, type MoveNumbers } from './move';
import { derivePairs, deriveRelative, type PairsNumbers, type RelativeNumbers } from './pairs';

/** A step's numbers, tagged by what the step shows. */
export type RopeNumbers =
  | { kind: 'pairs'; n: PairsNumbers }
  | { kind: 'relative'; r: RelativeNumbers }
  | { kind: 'cache'; c: CacheNumbers }
  | { kind: 'bug'; b: BugNumbers }
  | { kind: 'move'; m: MoveNumbers };

/** Derives what step `stepId` shows for the sentence's context and the state. */
export function deriveStep(stepId: string, c: RopeContext, s: RopeState): RopeNumbers {
  switch (stepId) {
    case 'relative':
      return { kind: 'relative', r: deriveRelative(c, s) };
    case 'cache':
      return { kind: 'cache', c: deriveCache(c, s) };
    case 'wrong-position':
    case 'fix':
      return { kind: 'bug', b: deriveBug(c, s) };
    case 'rerotate':
      return { kind: 'move', m: deriveMove(c, s) };
    default:
      return { kind: 'pairs', n: derivePairs(c, s) };
  }
}
