import { causalMask } from '../../core/mask';
import type { StageDef } from '../stage/types';

/**
 * The cost stage: the sizes S, d, B, N, L → a full causal pass (Q·Kᵀ over every visible pair,
 * S(S+1)/2 of them) against one cached decode step (q·Kᵀ over S keys) → the memory each needs (the
 * S × S scores of a standard kernel against the KV cache) → arithmetic intensity (FLOPs per byte
 * read) → how many weights fall below ε. Source: seed article 003 §4–§5; the fused kernel after
 * FlashAttention (Dao et al., 2022).
 */
export const costStage: StageDef = {
  id: 'cost',
  titleKey: 'cost.stage.title',
  flow: [
    { id: 'sizes', symbol: 'S,d', labelKey: 'cost.stage.sizes', role: 'input' },
    { id: 'full', symbol: 'Q·Kᵀ', labelKey: 'cost.stage.full', role: 'op' },
    { id: 'decode', symbol: 'q·Kᵀ', labelKey: 'cost.stage.decode', role: 'op' },
    { id: 'memory', symbol: 'S²|KV', labelKey: 'cost.stage.memory', role: 'output' },
    { id: 'intensity', symbol: 'FLOP/B', labelKey: 'cost.stage.intensity', role: 'output' },
    { id: 'weights', symbol: 'w<ε', labelKey: 'cost.stage.weights', role: 'output' },
  ],
};

/** The sketch's sequence length: the stage draws the pairs of a full pass and of one step for S = 8. */
export const SKETCH_S = 8;
/** Which (query, key) pairs a causal pass computes in the sketch, [query][key] (true = computed). */
export const SKETCH_MASK: readonly (readonly boolean[])[] = causalMask(SKETCH_S, SKETCH_S);
