import type { StageDef } from '../stage/types';

/**
 * The attention-matrix stage: Q, K, V of the whole sentence (rows = tokens) → S = Q·Kᵀ (S × S) →
 * ÷√d_k → + M (the causal mask, −∞ above the diagonal) → softmax per query row → ·V. Source:
 * "Attention Is All You Need" (Vaswani et al., 2017) eq. 1 and §3.2.3 (masking out illegal
 * connections with −∞); seed articles 001 and 003 §3. The query block (the newest b rows of Q
 * against every key, bottom-right aligned) is drawn from the same inputs.
 */
export const maskStage: StageDef = {
  id: 'attention-matrix',
  titleKey: 'mask.stage.title',
  flow: [
    { id: 'scores', symbol: 'Q·Kᵀ', labelKey: 'mask.part.scores', role: 'op' },
    { id: 'scaled', symbol: '÷√d_k', labelKey: 'mask.part.scaled', role: 'op' },
    { id: 'masked', symbol: '+ M', labelKey: 'mask.part.masked', role: 'op' },
    { id: 'weights', symbol: 'softmax', labelKey: 'mask.part.weights', role: 'op' },
    { id: 'output', symbol: '·V', labelKey: 'mask.part.output', role: 'output' },
  ],
  store: [
    { id: 'qkv', symbol: 'Q, K, V', labelKey: 'mask.part.qkv', role: 'store' },
    { id: 'block', symbol: 'Q[−b:]', labelKey: 'mask.part.block', role: 'store' },
  ],
};
